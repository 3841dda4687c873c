/** Site-wide constants: the one place for the name, URL, base path and locale. */

/** Strips a trailing slash and turns `/` into the empty string, so joins never double up. */
function normaliseBasePath(value: string | undefined): string {
  if (!value || value === '/') return '';
  const withLead = value.startsWith('/') ? value : `/${value}`;
  return withLead.replace(/\/+$/, '');
}

function positiveInteger(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export interface SiteConfig {
  readonly name: string;
  readonly tagline: string;
  readonly description: string;
  /** Absolute origin the site is published at, without a trailing slash. */
  readonly url: string;
  /** Sub-path the export is served under (`''` at the root). */
  readonly basePath: string;
  /** Default BCP-47 language of articles and UI. */
  readonly lang: string;
  /** Locale and time zone used for every date on the site, so builds are deterministic. */
  readonly dateLocale: string;
  readonly timeZone: string;
  /** Briefs per page on the home, topic and tag pages (`BRIEF_PAGE_SIZE`, default 20). */
  readonly pageSize: number;
  /** Words per minute used for reading time. */
  readonly wordsPerMinute: number;
  /** Folder that holds the articles, relative to the working directory. */
  readonly contentDir: string;
  /** A share image per article (`BRIEF_OG_IMAGES=0` turns them off: ~0.2–0.5 s each at build); the site image is always made. */
  readonly ogImages: boolean;
}

export const site: SiteConfig = {
  name: 'Brief',
  tagline: 'The news, explained in three points.',
  description:
    'Brief explains the news that matters: a 3-point summary, why it matters, and the full story in a few minutes.',
  url: (process.env.SITE_URL ?? 'https://brief.example.com').replace(/\/+$/, ''),
  basePath: normaliseBasePath(process.env.BASE_PATH),
  lang: 'en',
  dateLocale: 'en-GB',
  timeZone: 'UTC',
  pageSize: positiveInteger(process.env.BRIEF_PAGE_SIZE) ?? 20,
  wordsPerMinute: 220,
  contentDir: process.env.CONTENT_DIR ?? 'content',
  ogImages: process.env.BRIEF_OG_IMAGES !== '0',
};
