/** The site's URL scheme in one place. Paths are root-relative; next/link adds `BASE_PATH`. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
} as const;
