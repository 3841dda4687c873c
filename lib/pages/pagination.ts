/** Splitting long lists into pages of a fixed size, so no page grows with the archive. */
import { site } from '../site/config';

export interface Page<T> {
  readonly items: readonly T[];
  /** 1-based page number. */
  readonly page: number;
  readonly pageCount: number;
}

/** The number of pages `total` items fill (at least 1, so an empty list still has a page). */
export const pageCount = (total: number, size = site.pageSize): number => Math.max(1, Math.ceil(total / size));

/** Page `page` (1-based) of `items`, or `undefined` when there is no such page. */
export function paginate<T>(items: readonly T[], page: number, size = site.pageSize): Page<T> | undefined {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, pageCount: count };
}

/**
 * Params of an optional catch-all `[[...page]]` route: `[]` for page 1 at the list's own URL,
 * `['page', 'n']` for `…/page/n/`. (A plain `[n]` route cannot be empty under `output: 'export'`.)
 */
export const pageParams = (total: number, size = site.pageSize): { page: string[] }[] =>
  Array.from({ length: pageCount(total, size) }, (_, i) => ({ page: i === 0 ? [] : ['page', String(i + 1)] }));

/** The page number a `[[...page]]` param names, or `undefined` for anything but `[]` and `['page', 'n']` (n ≥ 2). */
export function pageNumber(segments: readonly string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  const [word, n] = segments;
  if (segments.length !== 2 || word !== 'page' || !n || !/^[1-9]\d*$/.test(n) || n === '1') return undefined;
  return Number(n);
}
