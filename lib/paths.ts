/** The site's URL scheme in one place. Paths are root-relative; next/link adds `BASE_PATH`. */
export const paths = {
  home: (page = 1) => (page === 1 ? '/' : `/page/${page}/`),
  article: (slug: string) => `/articles/${slug}/`,
  topics: () => '/topics/',
  topic: (id: string, page = 1) => (page === 1 ? `/topics/${id}/` : `/topics/${id}/page/${page}/`),
  search: () => '/search/',
} as const;
