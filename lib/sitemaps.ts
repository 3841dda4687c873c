/**
 * Search-engine files as strings: `sitemap.xml` (every indexable page), the Google News sitemap and
 * `robots.txt`. Pure: takes the published articles (newest first) and topics; `scripts/build.ts` writes them.
 */
import type { ArticleSummary } from './article';
import { toDate } from './feeds';
import { pageCount } from './pagination';
import { paths } from './paths';
import type { Topic } from './schema';
import { escapeMarkup } from './escape';

/** Google News reads articles of the last two days, at most 1,000 of them. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_LIMIT = 1000;

/** One page of the site: its root-relative path and when its content last changed (ISO 8601). */
export interface SitemapPage {
  readonly path: string;
  readonly lastmod?: string;
}

const modified = (a: ArticleSummary): number => toDate(a.updated ?? a.date).getTime();

/** The newest change among `articles`, or none for an empty list. */
function lastmodOf(articles: readonly ArticleSummary[]): string | undefined {
  if (articles.length === 0) return undefined;
  return new Date(Math.max(...articles.map(modified))).toISOString();
}

/** A paginated listing's pages, each dated by the newest brief it shows. */
function listing(articles: readonly ArticleSummary[], href: (page: number) => string, pageSize: number): SitemapPage[] {
  return Array.from({ length: pageCount(articles.length, pageSize) }, (_, i) => ({
    path: href(i + 1),
    lastmod: lastmodOf(articles.slice(i * pageSize, (i + 1) * pageSize)),
  }));
}

/**
 * Every page the export has and search engines should index: home pages, articles, topic and tag
 * listings. Left out: the 404 page and the search page (it is `noindex`).
 */
export function sitePages(articles: readonly ArticleSummary[], topics: readonly Topic[], pageSize: number): SitemapPage[] {
  const byTag = new Map<string, ArticleSummary[]>();
  for (const article of articles) {
    for (const tag of new Set(article.tags)) byTag.set(tag, [...(byTag.get(tag) ?? []), article]);
  }
  const all = lastmodOf(articles);
  return [
    ...listing(articles, paths.home, pageSize),
    ...articles.map((a) => ({ path: paths.article(a.slug), lastmod: new Date(modified(a)).toISOString() })),
    { path: paths.topics(), lastmod: all },
    ...topics.flatMap((topic) => listing(articles.filter((a) => a.topic.id === topic.id), (n) => paths.topic(topic.id, n), pageSize)),
    { path: paths.tags(), lastmod: all },
    ...[...byTag.keys()].sort().flatMap((tag) => listing(byTag.get(tag) ?? [], (n) => paths.tag(tag, n), pageSize)),
  ];
}

/** `sitemap.xml` for `pages`, each URL made absolute with `origin` (SITE_URL + BASE_PATH). */
export function sitemapXml(pages: readonly SitemapPage[], origin: string): string {
  const urls = pages.map(
    (p) => `  <url><loc>${escapeMarkup(`${origin}${p.path}`)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The Google News sitemap: briefs published within two days before `now` (ms), newest first, at most 1,000. */
export function newsSitemapXml(articles: readonly ArticleSummary[], origin: string, publication: string, now: number): string {
  const recent = articles
    .filter((a) => {
      const published = toDate(a.date).getTime();
      return published <= now && now - published <= NEWS_WINDOW_MS;
    })
    .slice(0, NEWS_LIMIT);
  const urls = recent.map(
    (a) =>
      `  <url><loc>${escapeMarkup(`${origin}${paths.article(a.slug)}`)}</loc><news:news>` +
      `<news:publication><news:name>${escapeMarkup(publication)}</news:name><news:language>${escapeMarkup(a.lang)}</news:language></news:publication>` +
      `<news:publication_date>${toDate(a.date).toISOString()}</news:publication_date>` +
      `<news:title>${escapeMarkup(a.title)}</news:title></news:news></url>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    `${urls.join('\n')}${urls.length > 0 ? '\n' : ''}</urlset>\n`
  );
}

/** `robots.txt`: everything may be crawled; both sitemaps are named. (Crawlers read it only at a host's root.) */
export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\nSitemap: ${origin}/news-sitemap.xml\n`;
}
