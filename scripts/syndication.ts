/**
 * After `next build`: writes each edition's feeds (RSS, Atom, JSON Feed; one RSS per topic: `/feed.xml`,
 * `/tr/feed.xml`, …), the sitemaps (every edition, with hreflang alternates) and robots.txt into the
 * export, from the same published articles the pages were built from.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from '../lib/content/article';
import { atomFeed, feedPaths, jsonFeed, rssFeed, type FeedSite } from '../lib/syndication/feeds';
import type { Locale } from '../lib/site/config';
import type { Topic } from '../lib/content/schema';
import { newsSitemapXml, robotsTxt, sitemapXml, sitePages } from '../lib/syndication/sitemaps';

export interface SyndicationInput {
  /** Published articles of every edition, newest first. */
  readonly articles: readonly ArticleSummary[];
  readonly topics: readonly Topic[];
  /** Each edition as its feeds describe it; the first is the default edition. */
  readonly editions: readonly FeedSite[];
  readonly pageSize: number;
  /** The build's "now" (ms), for the news sitemap's two-day window. */
  readonly now: number;
}

/** Writes every syndication file below `outDir`; returns the root-relative paths written. */
export async function writeSyndication(outDir: string, input: SyndicationInput): Promise<string[]> {
  const { articles, topics, editions } = input;
  const site = editions[0];
  if (!site) throw new Error('writeSyndication needs at least one edition');
  const ofEdition = (locale: Locale) => articles.filter((a) => a.locale === locale);
  const files = new Map<string, string>([
    ...editions.flatMap((edition): [string, string][] => {
      const own = ofEdition(edition.locale);
      const feeds = feedPaths(edition.locale);
      return [
        [feeds.rss, rssFeed(own, edition)],
        [feeds.atom, atomFeed(own, edition)],
        [feeds.json, jsonFeed(own, edition)],
        ...topics.map((topic): [string, string] => [feeds.topicRss(topic.id), rssFeed(own.filter((a) => a.topic.id === topic.id), edition, topic)]),
      ];
    }),
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
