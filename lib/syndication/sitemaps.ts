/**
 * Search-engine files as strings: `sitemap.xml` (every indexable page), the Google News sitemap and
 * `robots.txt`. Pure: takes the published articles (newest first) and topics; the build (lib/engine/syndication.ts) writes them.
 */
import type { ArticleSummary } from '../content/article';
import { lastModified, noticesOf } from '../content/changes';
import { toDate } from './feeds';
import { allEditions, type Edition } from '../edition/i18n';
import { pageCount } from '../pages/pagination';
import { articlePath, type Paths } from '../site/paths';
import type { Author, Topic } from '../content/schema';
import { escapeMarkup } from './escape';
import { locales } from '../site/config';
import { languageVersions, versionKey } from '../pages/language-versions';
import type { StandardsPage } from '../content/pages';

/** Google News reads articles of the last two days, at most 1,000 of them. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_LIMIT = 1000;

/** One page of the site: its root-relative path, when its content last changed (ISO 8601) and its language versions. */
export interface SitemapPage {
  readonly path: string;
  readonly lastmod?: string;
  /** The same page in every language (itself included), as `hreflang` → path; absent when it has one language. */
  readonly alternates?: readonly { readonly hreflang: string; readonly path: string }[];
}

const modified = (a: ArticleSummary): number => toDate(lastModified(a)).getTime();

/** The newest change among `articles`, or none for an empty list. */
function lastmodOf(articles: readonly ArticleSummary[]): string | undefined {
  if (articles.length === 0) return undefined;
  return new Date(Math.max(...articles.map(modified))).toISOString();
}

/** A paginated listing's pages, each dated by the newest brief it shows; none for an empty list (nothing to index). */
function listing(articles: readonly ArticleSummary[], href: (page: number) => string, pageSize: number): SitemapPage[] {
  if (articles.length === 0) return [];
  return Array.from({ length: pageCount(articles.length, pageSize) }, (_, i) => ({
    path: href(i + 1),
    lastmod: lastmodOf(articles.slice(i * pageSize, (i + 1) * pageSize)),
  }));
}

/**
 * The language versions of a page every edition has (first pages of the home, topics, each topic,
 * tags), among the editions where it lists briefs (`has`); none when only one does.
 */
function everyEdition(editions: readonly Edition[], has: (e: Edition) => boolean, path: (p: Paths) => string): SitemapPage['alternates'] {
  return withDefault(editions.filter(has).map((e) => ({ hreflang: e.lang, path: path(e.paths) })));
}

/** Language versions (default language first) plus `x-default` (the first); none for a single version. */
function withDefault(versions: readonly { hreflang: string; path: string }[]): SitemapPage['alternates'] {
  const [first] = versions;
  return first && versions.length > 1 ? [...versions, { hreflang: 'x-default', path: first.path }] : undefined;
}

/** Adds `alternates` to the first page of a listing. */
const withAlternates = (pages: SitemapPage[], alternates: SitemapPage['alternates']): SitemapPage[] =>
  alternates ? pages.map((p, i) => (i === 0 ? { ...p, alternates } : p)) : pages;

/**
 * Every page the export has and search engines should index, in every edition: home pages, articles,
 * topic, tag and author listings, each with its language versions. Left out: the 404 pages, the search
 * pages (they are `noindex`) and lists with no brief in them.
 */
export function sitemapPages(articles: readonly ArticleSummary[], topics: readonly Topic[], pageSize: number, authors: readonly Author[] = []): SitemapPage[] {
  const editions = allEditions();
  const versions = languageVersions(articles);
  const inEdition = new Map(editions.map((e) => [e.locale, articles.filter((a) => a.locale === e.locale)]));
  const hasBriefs = (e: Edition) => (inEdition.get(e.locale)?.length ?? 0) > 0;
  const hasTopic = (id: string) => (e: Edition) => inEdition.get(e.locale)?.some((a) => a.topic.id === id) ?? false;
  const byAuthor = (list: readonly ArticleSummary[], id: string) => list.filter((a) => a.authors.some((b) => b.id === id));
  const hasAuthor = (id: string) => (e: Edition) => byAuthor(inEdition.get(e.locale) ?? [], id).length > 0;
  const hasAuthors = (e: Edition) => authors.some((a) => hasAuthor(a.id)(e));
  /** The authors' index and each author's pages, in an edition that has authors with briefs. */
  const authorPages = (paths: Paths, own: readonly ArticleSummary[]): SitemapPage[] => {
    const listed = authors.map((author) => ({ author, list: byAuthor(own, author.id) })).filter(({ list }) => list.length > 0);
    if (listed.length === 0) return [];
    return [
      { path: paths.authors(), lastmod: lastmodOf(listed.flatMap(({ list }) => list)), alternates: everyEdition(editions, hasAuthors, (p) => p.authors()) },
      ...listed.flatMap(({ author, list }) => withAlternates(listing(list, (n) => paths.author(author.id, n), pageSize), everyEdition(editions, hasAuthor(author.id), (p) => p.author(author.id)))),
    ];
  };
  return editions.flatMap(({ locale, paths }) => {
    const own = inEdition.get(locale) ?? [];
    if (own.length === 0) return [];
    const byTag = new Map<string, ArticleSummary[]>();
    for (const article of own) {
      for (const tag of new Set(article.tags)) byTag.set(tag, [...(byTag.get(tag) ?? []), article]);
    }
    const all = lastmodOf(own);
    return [
      ...withAlternates(listing(own, paths.home, pageSize), everyEdition(editions, hasBriefs, (p) => p.home())),
      ...own.map((a) => {
        const alternates = withDefault((versions.get(versionKey(a)) ?? []).map((v) => ({ hreflang: locales[v.locale].lang, path: articlePath(v) })));
        return { path: articlePath(a), lastmod: new Date(modified(a)).toISOString(), alternates };
      }),
      { path: paths.topics(), lastmod: all, alternates: everyEdition(editions, hasBriefs, (p) => p.topics()) },
      ...topics.flatMap((topic) =>
        withAlternates(
          listing(own.filter((a) => a.topic.id === topic.id), (n) => paths.topic(topic.id, n), pageSize),
          everyEdition(editions, hasTopic(topic.id), (p) => p.topic(topic.id)),
        ),
      ),
      { path: paths.tags(), lastmod: all, alternates: everyEdition(editions, hasBriefs, (p) => p.tags()) },
      ...[...byTag.keys()].sort().flatMap((tag) => listing(byTag.get(tag) ?? [], (n) => paths.tag(tag, n), pageSize)),
      ...authorPages(paths, own),
      { path: paths.corrections(), lastmod: correctionsLastmod(own) ?? all, alternates: everyEdition(editions, hasBriefs, (p) => p.corrections()) },
    ];
  });
}

/** The corrections page's last change: its newest correction or clarification; `undefined` when there is none (the edition's newest brief dates it then). */
function correctionsLastmod(articles: readonly ArticleSummary[]): string | undefined {
  const times = articles.flatMap((a) => noticesOf(a).map((c) => toDate(c.date).getTime()));
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : undefined;
}

/** `sitemap.xml` for `pages`, each URL made absolute with `origin` (SITE_URL + BASE_PATH). */
export function sitemapXml(pages: readonly SitemapPage[], origin: string): string {
  const url = (path: string) => escapeMarkup(`${origin}${path}`);
  const urls = pages.map(
    (p) =>
      `  <url><loc>${url(p.path)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}` +
      (p.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeMarkup(a.hreflang)}" href="${url(a.path)}"/>`).join('') +
      '</url>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`
  );
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
      `  <url><loc>${escapeMarkup(`${origin}${articlePath(a)}`)}</loc><news:news>` +
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

/**
 * `robots.txt`: everything may be crawled but the CMS (`/admin/`, which also says `noindex`); both sitemaps
 * are named. (Crawlers read it only at a host's root.)
 */
export function robotsTxt(origin: string, basePath = ''): string {
  return `User-agent: *\nAllow: /\nDisallow: ${basePath}/admin/\n\nSitemap: ${origin}/sitemap.xml\nSitemap: ${origin}/news-sitemap.xml\n`;
}

/**
 * The standards pages of every edition (`/about/…`), each dated by its `updated` when it has one and
 * with its language versions (the same name in the other editions); `/about/` is there whenever its
 * edition has a standards page (about.md, or the list of the others).
 */
export function standardsSitemapPages(pages: readonly StandardsPage[]): SitemapPage[] {
  const editions = allEditions();
  return editions.flatMap(({ locale, paths }) => {
    const own = pages.filter((p) => p.locale === locale);
    if (own.length === 0) return [];
    const about = own.find((p) => p.name === 'about');
    const versionsOf = (has: (e: Edition) => boolean, name: string) => withDefault(editions.filter(has).map((e) => ({ hreflang: e.lang, path: e.paths.about(name) })));
    const hasAny = (e: Edition) => pages.some((p) => p.locale === e.locale);
    const has = (name: string) => (e: Edition) => pages.some((p) => p.locale === e.locale && p.name === name);
    const dated = (page: StandardsPage | undefined) => (page?.updated === undefined ? {} : { lastmod: toDate(page.updated).toISOString() });
    return [
      { path: paths.about(), ...dated(about), alternates: versionsOf(hasAny, 'about') },
      ...own.filter((p) => p.name !== 'about').map((p) => ({ path: paths.about(p.name), ...dated(p), alternates: versionsOf(has(p.name), p.name) })),
    ];
  });
}
