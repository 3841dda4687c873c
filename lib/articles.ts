/** Queries the pages use: published articles, one article, topics. Drafts only in `next dev`. Indexed once per content load. */
import type { Article, ArticleSummary } from './article';
import { getContent, includeDrafts, type Content } from './content';
import { relatedBySlug } from './related';
import type { Topic } from './schema';

/** Drops the HTML body, so listing pages never carry whole articles. */
export function toSummary(article: Article): ArticleSummary {
  const { html: _html, sections: _sections, ...summary } = article;
  return summary;
}

interface Index {
  readonly articles: readonly ArticleSummary[];
  readonly bySlug: ReadonlyMap<string, Article>;
  readonly byTopic: ReadonlyMap<string, readonly ArticleSummary[]>;
  readonly topics: readonly Topic[];
  /** Tag → its published articles, newest first; tags in alphabetical order. */
  readonly byTag: ReadonlyMap<string, readonly ArticleSummary[]>;
  /** Computed on first use: only article pages need it. */
  related?: ReadonlyMap<string, readonly ArticleSummary[]>;
}

const indexes = new WeakMap<Content, Index>();

/** Builds the lookups once per content load, so a build of N pages does O(N) work, not O(N²). */
async function getIndex(): Promise<Index> {
  const content = await getContent();
  const existing = indexes.get(content);
  if (existing) return existing;
  const visible = includeDrafts() ? content.articles : content.articles.filter((a) => !a.draft);
  const articles = visible.map(toSummary);
  const byTopic = new Map<string, ArticleSummary[]>(content.topics.map((t) => [t.id, []]));
  const byTag = new Map<string, ArticleSummary[]>();
  for (const article of articles) {
    byTopic.get(article.topic.id)?.push(article);
    for (const tag of new Set(article.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(article);
      else byTag.set(tag, [article]);
    }
  }
  const sortedTags = new Map([...byTag].sort(([a], [b]) => a.localeCompare(b)));
  const index: Index = { articles, bySlug: new Map(visible.map((a) => [a.slug, a])), byTopic, byTag: sortedTags, topics: content.topics };
  indexes.set(content, index);
  return index;
}

/** Every published article, newest first. */
export async function getArticles(): Promise<readonly ArticleSummary[]> {
  return (await getIndex()).articles;
}

/** One published article by slug, or `undefined`. */
export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await getIndex()).bySlug.get(slug);
}

/** Every topic cluster, in the order of topics.yml. */
export async function getTopics(): Promise<readonly Topic[]> {
  return (await getIndex()).topics;
}

/** One topic cluster by id, or `undefined`. */
export async function getTopic(id: string): Promise<Topic | undefined> {
  return (await getTopics()).find((t) => t.id === id);
}

/** The published articles of one topic cluster, newest first. */
export async function getArticlesByTopic(id: string): Promise<readonly ArticleSummary[]> {
  return (await getIndex()).byTopic.get(id) ?? [];
}

/** Up to 3 briefs related to `slug` by shared tags and topic, never itself. */
export async function getRelated(slug: string): Promise<readonly ArticleSummary[]> {
  const index = await getIndex();
  index.related ??= relatedBySlug(index.articles);
  return index.related.get(slug) ?? [];
}

/** The newest briefs of a topic cluster other than `slug`, up to `limit`. */
export async function getMoreInTopic(topicId: string, slug: string, limit = 3): Promise<readonly ArticleSummary[]> {
  // Only the first limit + 1 are looked at, so this stays O(1) per page however big the topic.
  return (await getArticlesByTopic(topicId)).slice(0, limit + 1).filter((a) => a.slug !== slug).slice(0, limit);
}

/** Every topic cluster with its newest `limit` briefs (the home page's sections). */
export async function getTopicClusters(limit = 3): Promise<{ topic: Topic; latest: readonly ArticleSummary[] }[]> {
  const index = await getIndex();
  return index.topics.map((topic) => ({ topic, latest: (index.byTopic.get(topic.id) ?? []).slice(0, limit) }));
}

/** Every tag in use with its published articles, newest first. */
export async function getTags(): Promise<ReadonlyMap<string, readonly ArticleSummary[]>> {
  return (await getIndex()).byTag;
}
