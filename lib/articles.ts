/** Queries the pages use: published articles, one article, topics. Drafts only in `next dev`. */
import type { Article, ArticleSummary } from './article';
import { getContent, includeDrafts } from './content';
import type { Topic } from './schema';

/** Drops the HTML body, so listing pages never carry whole articles. */
export function toSummary(article: Article): ArticleSummary {
  const { html: _html, sections: _sections, ...summary } = article;
  return summary;
}

async function visibleArticles(): Promise<readonly Article[]> {
  const { articles } = await getContent();
  return includeDrafts() ? articles : articles.filter((a) => !a.draft);
}

/** Every published article, newest first. */
export async function getArticles(): Promise<ArticleSummary[]> {
  return (await visibleArticles()).map(toSummary);
}

/** One published article by slug, or `undefined`. */
export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await visibleArticles()).find((a) => a.slug === slug);
}

/** Every topic cluster, in the order of topics.yml. */
export async function getTopics(): Promise<readonly Topic[]> {
  return (await getContent()).topics;
}

/** One topic cluster by id, or `undefined`. */
export async function getTopic(id: string): Promise<Topic | undefined> {
  return (await getTopics()).find((t) => t.id === id);
}

/** The published articles of one topic cluster, newest first. */
export async function getArticlesByTopic(id: string): Promise<ArticleSummary[]> {
  return (await getArticles()).filter((a) => a.topic.id === id);
}
