/**
 * The search index of an edition is split into bundles ("shards") of consecutive briefs, oldest
 * first, so a build re-indexes only the bundles whose briefs changed: publishing a new brief touches
 * the newest bundle alone. The search page merges its edition's bundles (Pagefind's mergeIndex).
 * Shard sizes double as the archive doubles, so an edition never has more than 16 bundles.
 */

/** Briefs per bundle for an edition of `count` briefs: 500 up to 8,000 briefs, then doubling. */
export function shardSize(count: number): number {
  let size = 500;
  while (count > size * 16) size *= 2;
  return size;
}

/** How many bundles an edition of `count` briefs has (none when it has no brief). */
export const shardCount = (count: number): number => Math.ceil(count / shardSize(count));

/** Splits an edition's briefs (oldest first) into its bundles. */
export function shardsOf<T>(oldestFirst: readonly T[]): T[][] {
  const size = shardSize(oldestFirst.length);
  return Array.from({ length: shardCount(oldestFirst.length) }, (_, i) => oldestFirst.slice(i * size, (i + 1) * size));
}
