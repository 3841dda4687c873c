/**
 * Queries the pages use, per edition: published articles, one article, topics, tags, translations.
 * Drafts only in `next dev`. Indexed once per content load.
 */
import type { Article, ArticleSummary } from '../content/article';
import { getContent, includeDrafts, type Content } from '../content/loader';
import { relatedBySlug } from './related';
import type { Topic } from '../content/schema';
import { LOCALES, type Locale } from '../site/config';
import { languageVersions, versionKey, type Translation } from './language-versions';

export type { Translation };

/** Drops the HTML body, so listing pages never carry whole articles. */
export function toSummary(article: Article): ArticleSummary {
  const { html: _html, sections: _sections, ...summary } = article;
  return summary;
}

interface EditionIndex {
  readonly articles: readonly ArticleSummary[];
  readonly bySlug: ReadonlyMap<string, Article>;
  readonly byTopic: ReadonlyMap<string, readonly ArticleSummary[]>;
  /** Tag → its published articles, newest first; tags in alphabetical order. */
  readonly byTag: ReadonlyMap<string, readonly ArticleSummary[]>;
  /** Computed on first use: only article pages need it. */
  related?: ReadonlyMap<string, readonly ArticleSummary[]>;
}

interface Index {
  readonly editions: ReadonlyMap<Locale, EditionIndex>;
  readonly topics: readonly Topic[];
  /** `locale:slug` → every published language version of that article (itself included), in locale order. */
  readonly versions: ReadonlyMap<string, readonly Translation[]>;
}

const indexes = new WeakMap<Content, Index>();

function indexEdition(visible: readonly Article[], topics: readonly Topic[]): EditionIndex {
  const articles = visible.map(toSummary);
  const byTopic = new Map<string, ArticleSummary[]>(topics.map((t) => [t.id, []]));
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
  return { articles, bySlug: new Map(visible.map((a) => [a.slug, a])), byTopic, byTag: sortedTags };
}

/** Builds the lookups once per content load, so a build of N pages does O(N) work, not O(N²). */
async function getIndex(): Promise<Index> {
  const content = await getContent();
  const existing = indexes.get(content);
  if (existing) return existing;
  const visible = includeDrafts() ? content.articles : content.articles.filter((a) => !a.draft);
  const editions = new Map(LOCALES.map((locale) => [locale, indexEdition(visible.filter((a) => a.locale === locale), content.topics)]));
  const index: Index = { editions, topics: content.topics, versions: languageVersions(visible) };
  indexes.set(content, index);
  return index;
}

async function getEdition(locale: Locale): Promise<EditionIndex> {
  const found = (await getIndex()).editions.get(locale);
  if (!found) throw new Error(`no edition ${locale}`);
  return found;
}

/** Every published article of an edition, newest first. */
export async function getArticles(locale: Locale): Promise<readonly ArticleSummary[]> {
  return (await getEdition(locale)).articles;
}

/** One published article of an edition by slug, or `undefined`. */
export async function getArticle(slug: string, locale: Locale): Promise<Article | undefined> {
  return (await getEdition(locale)).bySlug.get(slug);
}

/** Every published language version of an article (itself included) when it has a published translation; else `[]`. */
export async function getVersions(article: Pick<Article, 'locale' | 'slug'>): Promise<readonly Translation[]> {
  return (await getIndex()).versions.get(versionKey(article)) ?? [];
}

/** Every topic cluster, in the order of topics.yml (the same in every edition). */
export async function getTopics(): Promise<readonly Topic[]> {
  return (await getIndex()).topics;
}

/** One topic cluster by id, or `undefined`. */
export async function getTopic(id: string): Promise<Topic | undefined> {
  return (await getTopics()).find((t) => t.id === id);
}

/** The published articles of one topic cluster in an edition, newest first. */
export async function getArticlesByTopic(id: string, locale: Locale): Promise<readonly ArticleSummary[]> {
  return (await getEdition(locale)).byTopic.get(id) ?? [];
}

/** Up to 3 briefs of the same edition related to `slug` by shared tags and topic, never itself. */
export async function getRelated(slug: string, locale: Locale): Promise<readonly ArticleSummary[]> {
  const index = await getEdition(locale);
  index.related ??= relatedBySlug(index.articles);
  return index.related.get(slug) ?? [];
}

/** The newest briefs of a topic cluster in an edition other than `slug`, up to `limit`. */
export async function getMoreInTopic(topicId: string, slug: string, locale: Locale, limit = 3): Promise<readonly ArticleSummary[]> {
  // Only the first limit + 1 are looked at, so this stays O(1) per page however big the topic.
  return (await getArticlesByTopic(topicId, locale)).slice(0, limit + 1).filter((a) => a.slug !== slug).slice(0, limit);
}

/** Every topic cluster with its newest `limit` briefs in an edition (the home page's sections). */
export async function getTopicClusters(locale: Locale, limit = 3): Promise<{ topic: Topic; latest: readonly ArticleSummary[] }[]> {
  const index = await getEdition(locale);
  const topics = await getTopics();
  return topics.map((topic) => ({ topic, latest: (index.byTopic.get(topic.id) ?? []).slice(0, limit) }));
}

/** The editions with at least one published brief (in topic `topicId`, when given), in locale order. */
export async function getEditionsWithBriefs(topicId?: string): Promise<Locale[]> {
  const index = await getIndex();
  return LOCALES.filter((locale) => {
    const edition = index.editions.get(locale);
    return topicId === undefined ? (edition?.articles.length ?? 0) > 0 : (edition?.byTopic.get(topicId)?.length ?? 0) > 0;
  });
}

/** Every tag in use in an edition with its published articles, newest first. */
export async function getTags(locale: Locale): Promise<ReadonlyMap<string, readonly ArticleSummary[]>> {
  return (await getEdition(locale)).byTag;
}
