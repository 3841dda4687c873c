/** Splitting long lists into pages of a fixed size, so no page grows with the archive. */

/** The number of pages `total` items fill (at least 1, so an empty list still has a page). */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** Every page of a list: its 1-based number and its slice of `items` (an empty list still has its first page). */
export function pagesOf<T>(items: readonly T[], size: number): { page: number; items: readonly T[] }[] {
  return Array.from({ length: pageCount(items.length, size) }, (_, i) => ({ page: i + 1, items: items.slice(i * size, (i + 1) * size) }));
}
