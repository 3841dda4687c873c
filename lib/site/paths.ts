/**
 * The site's URL scheme in one place. Paths are root-relative; next/link adds `BASE_PATH`.
 * The default locale's edition lives at the root (`/articles/x/`), every other under its code (`/tr/articles/x/`).
 */
import { site, type Locale } from './config';

/** `''` for the default locale, `/tr` for Turkish: what the edition's paths start with. */
export const localePrefix = (locale: Locale): string => (locale === site.defaultLocale ? '' : `/${locale}`);

/** The paths of one edition. */
export function pathsFor(locale: Locale) {
  const p = localePrefix(locale);
  return {
    home: (page = 1) => (page === 1 ? `${p}/` : `${p}/page/${page}/`),
    article: (slug: string) => `${p}/articles/${slug}/`,
    topics: () => `${p}/topics/`,
    topic: (id: string, page = 1) => (page === 1 ? `${p}/topics/${id}/` : `${p}/topics/${id}/page/${page}/`),
    authors: () => `${p}/authors/`,
    author: (id: string, page = 1) => (page === 1 ? `${p}/authors/${id}/` : `${p}/authors/${id}/page/${page}/`),
    tags: () => `${p}/tags/`,
    tag: (tag: string, page = 1) => (page === 1 ? `${p}/tags/${tag}/` : `${p}/tags/${tag}/page/${page}/`),
    search: () => `${p}/search/`,
    /** The edition's not-found page, as a file (hosts map missing URLs under the edition to it). */
    notFound: () => `${p}/404.html`,
  } as const;
}

export type Paths = ReturnType<typeof pathsFor>;

/**
 * `output: 'export'` refuses a dynamic route whose `generateStaticParams` is empty, so the article
 * route of an edition with no published brief yet exports this one slug (not a valid slug, so no
 * article can have it): its page is a 404, and post-export deletes it.
 */
export const NO_ARTICLE_SLUG = '_none';

/** The default edition's paths. */
export const paths: Paths = pathsFor(site.defaultLocale);

/** The path of an article's page, in its own edition. */
export const articlePath = (article: { readonly slug: string; readonly locale: Locale }): string => pathsFor(article.locale).article(article.slug);

/** A root-relative path as an absolute URL on the published site (SITE_URL + BASE_PATH). */
export const absoluteUrl = (path: string): string => `${site.url}${site.basePath}${path}`;

/** A root-relative path with BASE_PATH, for plain `<a>`/`<script>` tags that next/link does not rewrite. */
export const withBase = (path: string): string => `${site.basePath}${path}`;
