/** "Related briefs": articles sharing a topic or tags, found in linear time (no all-pairs scan). */

interface Relatable {
  readonly slug: string;
  readonly topic: { readonly id: string };
  readonly tags: readonly string[];
}

/**
 * For every article of `articles` (newest first), up to `limit` related ones, never itself.
 * Candidates are the `window` nearest-in-time neighbours in each shared topic and tag list, so the
 * cost is O(N × tags × window), not O(N²). Score: 2 per shared tag, 1 for the same topic; ties go
 * to the nearer in time.
 */
export function relatedBySlug<T extends Relatable>(articles: readonly T[], limit = 3, window = 10): Map<string, T[]> {
  const buckets = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const list = buckets.get(key);
    if (list) list.push(index);
    else buckets.set(key, [index]);
  };
  articles.forEach((article, index) => {
    add(`topic:${article.topic.id}`, index);
    for (const tag of new Set(article.tags)) add(`tag:${tag}`, index);
  });
  const positions = new Map<string, Map<number, number>>();
  for (const [key, list] of buckets) positions.set(key, new Map(list.map((index, position) => [index, position])));

  const related = new Map<string, T[]>();
  articles.forEach((article, index) => {
    const scores = new Map<number, number>();
    const keys = [`topic:${article.topic.id}`, ...[...new Set(article.tags)].map((tag) => `tag:${tag}`)];
    for (const key of keys) {
      const list = buckets.get(key) ?? [];
      const at = positions.get(key)?.get(index) ?? 0;
      const weight = key.startsWith('topic:') ? 1 : 2;
      for (let p = Math.max(0, at - window); p <= Math.min(list.length - 1, at + window); p++) {
        const other = list[p];
        if (other !== undefined && other !== index) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const ranked = [...scores].sort(([a, sa], [b, sb]) => sb - sa || Math.abs(a - index) - Math.abs(b - index) || a - b);
    related.set(
      article.slug,
      ranked.slice(0, limit).flatMap(([other]) => {
        const found = articles[other];
        return found ? [found] : [];
      }),
    );
  });
  return related;
}
