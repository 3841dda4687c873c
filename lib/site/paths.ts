/**
 * The paths of an edition, by what they show: `paths.topic(id, 2)`. Paths are root-relative; next/link
 * adds `BASE_PATH`. The default locale's edition lives at the root (`/articles/x/`), every other under
 * its code (`/tr/articles/x/`). Each is the URL of a route of the route table (./routes.ts).
 */
import { site, type Locale } from './config';
import { localePrefix, pageSegments, routePath } from './routes';

export { localePrefix };

/** The paths of one edition. */
export function pathsFor(locale: Locale) {
  return {
    home: (page = 1) => routePath('home', locale, { page: pageSegments(page) }),
    article: (slug: string) => routePath('article', locale, { slug }),
    topics: () => routePath('topics', locale, {}),
    topic: (id: string, page = 1) => routePath('topic', locale, { id, page: pageSegments(page) }),
    authors: () => routePath('authors', locale, { path: [] }),
    author: (id: string, page = 1) => routePath('authors', locale, { path: [id, ...pageSegments(page)] }),
    tags: () => routePath('tags', locale, { path: [] }),
    tag: (tag: string, page = 1) => routePath('tags', locale, { path: [tag, ...pageSegments(page)] }),
    search: () => routePath('search', locale, {}),
    corrections: () => routePath('corrections', locale, {}),
    /** A standards page (`ethics`…), or About (`about`, or none): `/about/ethics/`, `/about/`. */
    about: (page = 'about') => routePath('about', locale, { path: page === 'about' ? [] : [page] }),
    /** The edition's not-found page, as a file (hosts map missing URLs under the edition to it). */
    notFound: () => `${localePrefix(locale)}/404.html`,
  } as const;
}

export type Paths = ReturnType<typeof pathsFor>;

/** The default edition's paths. */
export const paths: Paths = pathsFor(site.defaultLocale);

/** The path of an article's page, in its own edition. */
export const articlePath = (article: { readonly slug: string; readonly locale: Locale }): string => pathsFor(article.locale).article(article.slug);

/** A root-relative path as an absolute URL on the published site (SITE_URL + BASE_PATH). */
export const absoluteUrl = (path: string): string => `${site.url}${site.basePath}${path}`;

/** A root-relative path with BASE_PATH, for plain `<a>`/`<script>` tags that next/link does not rewrite. */
export const withBase = (path: string): string => `${site.basePath}${path}`;
