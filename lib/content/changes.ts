/**
 * A brief's changes after publication (`updates`, each typed): which are told at its top, and the one
 * honest modified date every page, feed, sitemap and JSON-LD shows. Pure.
 */
import { toTime } from './dates';
import type { Change, UpdateType } from './schema';

/** What the dates are read from: a brief's publication date, its `updated:` and its typed entries. */
export interface Dated {
  readonly date: string;
  readonly updated?: string | undefined;
  readonly updates: readonly Change[];
}

/** Told to readers at the top of the brief and on the corrections page. */
const NOTICE: ReadonlySet<UpdateType> = new Set(['correction', 'clarification']);

/** A change of substance: it moves the modified date (a typo fix never does). */
const SUBSTANTIVE: ReadonlySet<UpdateType> = new Set(['correction', 'clarification', 'update']);

/** A correction or a clarification: shown under the dek, on the corrections page, in feeds and JSON-LD. */
export const isNotice = (change: Pick<Change, 'type'>): boolean => NOTICE.has(change.type);

/** A correction, clarification or update: it moves the modified date. */
export const isSubstantive = (change: Pick<Change, 'type'>): boolean => SUBSTANTIVE.has(change.type);

/** The latest of `values` by time (not by string); on a tie the first given. */
function latest(values: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const value of values) if (found === undefined || toTime(value) > toTime(found)) found = value;
  return found;
}

/** The brief's corrections and clarifications, newest first. */
export const noticesOf = (brief: Pick<Dated, 'updates'>): Change[] => brief.updates.filter(isNotice);

/**
 * Whether the brief changed in substance since it was published: it has `updated:` or a correction,
 * clarification or update entry. Then pages show "Updated <lastModified>".
 */
export const wasModified = (brief: Dated): boolean => brief.updated !== undefined || brief.updates.some(isSubstantive);

/**
 * The brief's modified date, the one value behind the visible "Updated" date, `dateModified`,
 * `article:modified_time`, feeds' `updated` and the sitemap's `lastmod`: the latest of `date`,
 * `updated:` and the dates of its correction, clarification and update entries. A typo entry never moves it.
 */
export function lastModified(brief: Dated): string {
  return latest([brief.date, ...(brief.updated === undefined ? [] : [brief.updated]), ...brief.updates.filter(isSubstantive).map((c) => c.date)]) ?? brief.date;
}

/**
 * The original's newest change a translation lacks: of its corrections, clarifications and updates
 * dated after the translation's `lastModified`, the newest (on the same date a correction or
 * clarification first); `undefined` when the translation is not behind.
 */
export function aheadOf(original: Pick<Dated, 'updates'>, translation: Dated): Change | undefined {
  const since = toTime(lastModified(translation));
  const ahead = original.updates.filter((c) => isSubstantive(c) && toTime(c.date) > since);
  let newest: Change | undefined;
  for (const change of ahead) {
    const later = newest === undefined || toTime(change.date) > toTime(newest.date);
    const sameButNotice = newest !== undefined && toTime(change.date) === toTime(newest.date) && isNotice(change) && !isNotice(newest);
    if (later || sameButNotice) newest = change;
  }
  return newest;
}
