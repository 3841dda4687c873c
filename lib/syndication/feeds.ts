/**
 * Syndication feeds as strings: RSS 2.0, Atom and JSON Feed 1.1 of the newest published briefs.
 * Pure: takes articles (newest first, drafts already left out) and the site's public identity.
 * The build (lib/engine/syndication.ts) writes them into the export after `next build`.
 */
import { Feed, type Item } from 'feed';
import type { ArticleSummary } from '../content/article';
import { toTime } from '../content/dates';
import { lastModified, noticesOf } from '../content/changes';
import { edition } from '../edition/i18n';
import { articlePath, localePrefix } from '../site/paths';
import type { Author, Topic } from '../content/schema';
import type { Locale } from '../site/config';
import { escapeMarkup } from './escape';
import type { FeedSite } from './identity';

/** Feeds carry the newest briefs only, so they stay small however large the archive grows. */
export const FEED_LIMIT = 50;

/** Where an edition's feeds live, as root-relative paths (BASE_PATH not included): `/feed.xml`, `/tr/feed.xml`, … */
export function feedPaths(locale: Locale) {
  const p = localePrefix(locale);
  return {
    rss: `${p}/feed.xml`,
    atom: `${p}/atom.xml`,
    json: `${p}/feed.json`,
    topicRss: (id: string) => `${p}/topics/${id}/feed.xml`,
    authorRss: (id: string) => `${p}/authors/${id}/feed.xml`,
  } as const;
}

/** A front-matter date (`YYYY-MM-DD` or ISO date-time) as a Date; a bare day is midnight UTC. */
export const toDate = (value: string): Date => new Date(toTime(value));

/** The brief's corrections and clarifications (first, as on its page: "Correction, 3 December 2026: …"), dek and 3-point summary as an HTML fragment, every text escaped. */
export function itemContent(article: ArticleSummary): string {
  const { t, formatDate } = edition(article.locale);
  const notices = noticesOf(article).map((c) => `<p><strong>${escapeMarkup(`${t.changeType[c.type]}, ${formatDate(c.date)}:`)}</strong> ${escapeMarkup(c.note)}</p>`).join('');
  const points = article.summary.map((point) => `<li>${escapeMarkup(point)}</li>`).join('');
  return `${notices}<p>${escapeMarkup(article.description)}</p><ul>${points}</ul>`;
}

const newest = (articles: readonly ArticleSummary[]) => articles.slice(0, FEED_LIMIT);
/** An item's `updated`: the brief's honest modified date (a typo fix never moves it). */
const modified = (a: ArticleSummary) => toDate(lastModified(a));

/** The newest modification among `articles`, so a rebuild with the same content writes the same feed. */
function lastUpdated(articles: readonly ArticleSummary[]): Date {
  const times = articles.map((a) => modified(a).getTime());
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

interface FeedScope {
  readonly title: string;
  readonly description: string;
  /** The HTML page the feed follows (root-relative). */
  readonly page: string;
  /** The feed's own URL (root-relative). */
  readonly self: string;
}

function build(articles: readonly ArticleSummary[], site: FeedSite, scope: FeedScope, format: 'rss' | 'atom'): Feed {
  const url = (p: string) => `${site.origin}${p}`;
  const e = edition(site.locale);
  const items = newest(articles);
  const feed = new Feed({
    id: url(scope.page),
    title: scope.title,
    description: scope.description,
    link: url(scope.page),
    language: site.lang,
    updated: lastUpdated(items),
    generator: false,
    copyright: `© ${site.name}`,
    feed: url(scope.self),
  });
  for (const article of items) {
    const link = url(articlePath(article));
    const item: Item = {
      // Titles are HTML in Atom (type="html") and in most RSS readers: escaped, so markup in a title stays text.
      title: escapeMarkup(article.title),
      link,
      date: modified(article),
      published: toDate(article.date),
      description: escapeMarkup(article.description),
      content: itemContent(article),
      category: [{ name: e.topicName(article.topic), term: article.topic.id, domain: url(e.paths.topic(article.topic.id)) }],
    };
    if (format === 'atom') {
      item.id = link;
      item.author = article.authors.map(({ name }) => ({ name }));
    } else {
      // RSS <author> must be an e-mail address; names go in Dublin Core's dc:creator (namespace declared with content).
      item.extensions = [{ name: 'dc:creator', objects: { _text: article.authors.map((a) => a.name).join(', ') } }];
    }
    feed.addItem(item);
  }
  return feed;
}

const siteScope = (site: FeedSite, self: string): FeedScope => ({
  title: site.name,
  description: site.description,
  page: edition(site.locale).paths.home(),
  self,
});

/** RSS 2.0 of an edition, or of one topic cluster in it when `topic` is given. guid = the article's absolute URL. */
export function rssFeed(articles: readonly ArticleSummary[], site: FeedSite, topic?: Topic): string {
  const e = edition(site.locale);
  const feeds = feedPaths(site.locale);
  const scope = topic
    ? { title: `${e.topicName(topic)} — ${site.name}`, description: e.topicDescription(topic), page: e.paths.topic(topic.id), self: feeds.topicRss(topic.id) }
    : siteScope(site, feeds.rss);
  return build(articles, site, scope, 'rss').rss2();
}

/** RSS 2.0 of one author's briefs in an edition (`articles`: theirs, newest first). */
export function authorRssFeed(articles: readonly ArticleSummary[], site: FeedSite, author: Author): string {
  const e = edition(site.locale);
  const name = e.authorName(author);
  const scope = { title: `${name} — ${site.name}`, description: `${e.authorRole(author)}. ${e.t.briefsBy(name)}.`, page: e.paths.author(author.id), self: feedPaths(site.locale).authorRss(author.id) };
  return build(articles, site, scope, 'rss').rss2();
}

/** Atom 1.0 of an edition, its language on the root element (`feed` writes none). */
export function atomFeed(articles: readonly ArticleSummary[], site: FeedSite): string {
  const atom = build(articles, site, siteScope(site, feedPaths(site.locale).atom), 'atom').atom1();
  return atom.replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeMarkup(site.lang)}">`);
}

/**
 * JSON Feed 1.1 of the whole site. Written here rather than by `feed`, whose `json1()` says
 * version 1 and keeps a single author; 1.1 has `authors`, `language` and plain-text titles.
 */
export function jsonFeed(articles: readonly ArticleSummary[], site: FeedSite): string {
  const url = (p: string) => `${site.origin}${p}`;
  const e = edition(site.locale);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.name,
    home_page_url: url(e.paths.home()),
    feed_url: url(feedPaths(site.locale).json),
    description: site.description,
    language: site.lang,
    items: newest(articles).map((article) => ({
      id: url(articlePath(article)),
      url: url(articlePath(article)),
      title: article.title,
      summary: article.description,
      content_html: itemContent(article),
      date_published: toDate(article.date).toISOString(),
      date_modified: modified(article).toISOString(),
      authors: article.authors.map(({ name }) => ({ name })),
      tags: [e.topicName(article.topic), ...article.tags],
      language: article.lang,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
