/**
 * After `next build`: writes the feeds (site RSS, Atom, JSON Feed; one RSS per topic), the sitemaps
 * and robots.txt into the export, from the same published articles the pages were built from.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from '../lib/article';
import { atomFeed, feedPaths, jsonFeed, rssFeed, type FeedSite } from '../lib/feeds';
import type { Topic } from '../lib/schema';
import { newsSitemapXml, robotsTxt, sitemapXml, sitePages } from '../lib/sitemaps';

export interface SyndicationInput {
  /** Published articles, newest first. */
  readonly articles: readonly ArticleSummary[];
  readonly topics: readonly Topic[];
  readonly site: FeedSite;
  readonly pageSize: number;
  /** The build's "now" (ms), for the news sitemap's two-day window. */
  readonly now: number;
}

/** Writes every syndication file below `outDir`; returns the root-relative paths written. */
export async function writeSyndication(outDir: string, input: SyndicationInput): Promise<string[]> {
  const { articles, topics, site } = input;
  const files = new Map<string, string>([
    [feedPaths.rss, rssFeed(articles, site)],
    [feedPaths.atom, atomFeed(articles, site)],
    [feedPaths.json, jsonFeed(articles, site)],
    ...topics.map((topic): [string, string] => [feedPaths.topicRss(topic.id), rssFeed(articles.filter((a) => a.topic.id === topic.id), site, topic)]),
    ['/sitemap.xml', sitemapXml(sitePages(articles, topics, input.pageSize), site.origin)],
    ['/news-sitemap.xml', newsSitemapXml(articles, site.origin, site.name, input.now)],
    ['/robots.txt', robotsTxt(site.origin)],
  ]);
  await Promise.all(
    [...files].map(async ([file, text]) => {
      const target = path.join(outDir, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }),
  );
  return [...files.keys()];
}
