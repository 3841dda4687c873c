/**
 * Each edition's feeds (RSS, Atom, JSON Feed; one RSS per topic and per author: `/feed.xml`, `/tr/feed.xml`, …), the
 * sitemaps (every edition, with hreflang alternates) and robots.txt, from the same published articles
 * the pages were built from. Every date in them comes from the content, never from the clock, so the
 * same content always gives the same bytes.
 */
import type { ArticleSummary } from '../content/article';
import { toTime } from '../content/dates';
import type { Author, Topic } from '../content/schema';
import { site as siteConfig, type Locale } from '../site/config';
import { atomFeed, authorRssFeed, feedPaths, jsonFeed, rssFeed } from '../syndication/feeds';
import type { FeedSite } from '../syndication/identity';
import { newsSitemapXml, robotsTxt, sitemapXml, sitemapPages, standardsSitemapPages } from '../syndication/sitemaps';
import type { StandardsPage } from '../content/pages';

export interface SyndicationInput {
  /** Published articles of every edition, newest first. */
  readonly articles: readonly ArticleSummary[];
  readonly topics: readonly Topic[];
  /** The authors of authors.yml (none without one): each gets an RSS feed in the editions where they have briefs. */
  readonly authors: readonly Author[];
  /** Each edition as its feeds describe it; the first is the default edition. */
  readonly editions: readonly FeedSite[];
  readonly pageSize: number;
  /** The standards pages of every edition (none without a pages/ folder): in the sitemap. */
  readonly pages?: readonly StandardsPage[];
}

/**
 * The news sitemap lists the briefs of the two days up to the newest publication: a date from the
 * content, so a rebuild of the same content writes the same file (and a site that published nothing
 * lately still names its latest briefs).
 */
export const newestPublication = (articles: readonly ArticleSummary[]): number => articles.reduce((max, a) => Math.max(max, toTime(a.date)), 0);

/** Every syndication file, by its path in the export (root-relative). */
export function syndicationFiles(input: SyndicationInput): Map<string, string> {
  const { articles, topics, authors, editions } = input;
  const site = editions[0];
  if (!site) throw new Error('syndicationFiles needs at least one edition');
  const ofEdition = (locale: Locale) => articles.filter((a) => a.locale === locale);
  return new Map<string, string>([
    ...editions.flatMap((edition): [string, string][] => {
      const own = ofEdition(edition.locale);
      const feeds = feedPaths(edition.locale);
      return [
        [feeds.rss, rssFeed(own, edition)],
        [feeds.atom, atomFeed(own, edition)],
        [feeds.json, jsonFeed(own, edition)],
        ...topics.map((topic): [string, string] => [feeds.topicRss(topic.id), rssFeed(own.filter((a) => a.topic.id === topic.id), edition, topic)]),
        ...authors.flatMap((author): [string, string][] => {
          const theirs = own.filter((a) => a.authors.some((b) => b.id === author.id));
          return theirs.length > 0 ? [[feeds.authorRss(author.id), authorRssFeed(theirs, edition, author)]] : [];
        }),
      ];
    }),
    ['/sitemap.xml', sitemapXml([...sitemapPages(articles, topics, input.pageSize, authors), ...standardsSitemapPages(input.pages ?? [])], site.origin)],
    ['/news-sitemap.xml', newsSitemapXml(articles, site.origin, site.name, newestPublication(articles))],
    ['/robots.txt', robotsTxt(site.origin, siteConfig.basePath)],
  ]);
}
