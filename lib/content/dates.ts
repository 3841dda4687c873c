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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why a value shaped like an ISO date names no real day or time (`February 2026 has 28 days`), or
 * `undefined` when it is real or not shaped like a date at all (then the expected form is the message).
 */
export function impossibleDate(value: string): string | undefined {
  const m = DATE_RE.exec(value);
  if (!m || isIsoDate(value)) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const name = MONTHS[month - 1];
  if (name === undefined) return `there is no month ${m[2]}: months go from 01 to 12`;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day < 1 || day > days) return `${name} ${year} has ${days} days`;
  if (Number(m[4]) > 23) return `there is no hour ${m[4]}: hours go from 00 to 23`;
  return Number(m[5]) > 59 ? `there is no minute ${m[5]}: minutes go from 00 to 59` : `there is no second ${m[6]}: seconds go from 00 to 59`;
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
