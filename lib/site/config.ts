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

/** The site's languages. Each is an edition: the default one at the root URLs, the others under `/<locale>/`. */
export const LOCALES = ['en', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];

export interface LocaleConfig {
  /** BCP-47 tag for `<html lang>`, feeds and search. */
  readonly lang: string;
  /** The language's own name, as a language switch shows it. */
  readonly name: string;
  /** `Intl` locale of dates and numbers. */
  readonly dateLocale: string;
  /** Open Graph's `language_TERRITORY` form. */
  readonly ogLocale: string;
  /**
   * Words per minute for reading time. Turkish is agglutinative, so a Turkish text has fewer, longer
   * words: the IReST study (Trauzettle-Klosinski & Dietz, 2012) measured 166 wpm for Turkish and 228 for English.
   */
  readonly wordsPerMinute: number;
}

export const locales: Readonly<Record<Locale, LocaleConfig>> = {
  en: { lang: 'en', name: 'English', dateLocale: 'en-GB', ogLocale: 'en_GB', wordsPerMinute: 220 },
  tr: { lang: 'tr', name: 'Türkçe', dateLocale: 'tr-TR', ogLocale: 'tr_TR', wordsPerMinute: 166 },
};

/** True for the site's locales; narrows a string such as a route segment or a language tag's primary subtag. */
export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** The site locale a BCP-47 tag belongs to (`en-GB` → `en`), by its primary language subtag; `undefined` for other languages. */
export function localeOfTag(tag: string): Locale | undefined {
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  return isLocale(primary) ? primary : undefined;
}

/** A setting of the environment with a value the site cannot use; the message names the variable, what it expects and what it found. */
export class SettingError extends Error {
  override readonly name = 'SettingError';
}

/**
 * An X (Twitter) handle as `SITE_TWITTER` gives it: `@` and 1 to 15 letters, digits or underscores
 * (X's rule for user names). Unset or blank: undefined (no `twitter:site`). Anything else throws.
 */
export function twitterHandle(value: string | undefined): string | undefined {
  const handle = value?.trim() ?? '';
  if (handle === '') return undefined;
  if (/^@[A-Za-z0-9_]{1,15}$/.test(handle)) return handle;
  throw new SettingError(
    `SITE_TWITTER must be an X (Twitter) handle: @ followed by 1 to 15 letters, digits or underscores, such as @brief_news; found ${JSON.stringify(value)}${/^[A-Za-z0-9_]{1,15}$/.test(handle) ? ` (write it with its @: @${handle})` : ''}`,
  );
}

export interface SiteConfig {
  readonly name: string;
  /** Absolute origin the site is published at, without a trailing slash. */
  readonly url: string;
  /** Sub-path the export is served under (`''` at the root). */
  readonly basePath: string;
  /** The edition at the root URLs, and the language of articles that name none. */
  readonly defaultLocale: Locale;
  /** Time zone of every date on the site, so builds are deterministic. */
  readonly timeZone: string;
  /** Briefs per page on the home, topic and tag pages (`BRIEF_PAGE_SIZE`, default 20). */
  readonly pageSize: number;
  /** Folder that holds the articles, relative to the working directory. */
  readonly contentDir: string;
  /** A share image per article (`BRIEF_OG_IMAGES=0` turns them off: ~0.2–0.5 s each at build); the site image is always made. */
  readonly ogImages: boolean;
  /** The site's X (Twitter) handle for `twitter:site` (`SITE_TWITTER`, e.g. `@brief_news`); undefined when unset. Throws a SettingError for a bad value. */
  readonly twitter: string | undefined;
}

export const site: SiteConfig = {
  name: 'Brief',
  url: (process.env.SITE_URL ?? 'https://brief.example.com').replace(/\/+$/, ''),
  basePath: normaliseBasePath(process.env.BASE_PATH),
  defaultLocale: 'en',
  timeZone: 'UTC',
  pageSize: positiveInteger(process.env.BRIEF_PAGE_SIZE) ?? 20,
  contentDir: process.env.CONTENT_DIR ?? 'content',
  ogImages: process.env.BRIEF_OG_IMAGES !== '0',
  // Read when used, not at import: a bad value then fails where the build reads its settings (the
  // fingerprint, before anything is built), in one line, rather than as a stack trace of an import.
  get twitter() {
    return twitterHandle(process.env.SITE_TWITTER);
  },
};

/**
 * How long one wait of a build may last, in milliseconds: BRIEF_WAIT_LIMIT (seconds), an hour unless
 * set. A child process, `next build`, a worker thread, the swap (lib/engine/wait.ts) and a route's wait
 * for the build's render plan (lib/pages/store.ts) all stop there and fail naming what they waited for.
 */
export function waitLimit(): number {
  const seconds = Number(process.env.BRIEF_WAIT_LIMIT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 3_600_000;
}
