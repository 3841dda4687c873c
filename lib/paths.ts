/** The site's URL scheme in one place. Paths are root-relative; next/link adds `BASE_PATH`. */
import { site } from './site';

export const paths = {
  home: (page = 1) => (page === 1 ? '/' : `/page/${page}/`),
  article: (slug: string) => `/articles/${slug}/`,
  topics: () => '/topics/',
  topic: (id: string, page = 1) => (page === 1 ? `/topics/${id}/` : `/topics/${id}/page/${page}/`),
  tags: () => '/tags/',
  tag: (tag: string, page = 1) => (page === 1 ? `/tags/${tag}/` : `/tags/${tag}/page/${page}/`),
  search: () => '/search/',
} as const;

/** A root-relative path as an absolute URL on the published site (SITE_URL + BASE_PATH). */
export const absoluteUrl = (path: string): string => `${site.url}${site.basePath}${path}`;

/** A root-relative path with BASE_PATH, for plain `<a>`/`<script>` tags that next/link does not rewrite. */
export const withBase = (path: string): string => `${site.basePath}${path}`;
