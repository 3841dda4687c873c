/** Date handling for front matter: strict ISO input, deterministic output. */

const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** True when `value` is `YYYY-MM-DD` or an ISO 8601 date-time naming a real calendar day and time. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const realDay =
    probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  if (!realDay) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    return false;
  }
  return true;
}

/** Milliseconds since the epoch; a date-time without a zone is read as UTC. */
export function toTime(value: string): number {
  const hasZone = /(?:Z|[+-]\d{2}:\d{2})$/.test(value);
  const iso = value.length === 10 ? `${value}T00:00:00Z` : hasZone ? value : `${value}Z`;
  return Date.parse(iso);
}

/** YAML 1.1 engines turn `2026-11-27` into a Date; normalise it back to the string the editor wrote. */
export function dateToIso(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
