/** The site as search engines and feeds see it: publisher, absolute origin and share images. */
import type { ArticleSummary } from '../content/article';
import { messages } from '../edition/messages';
import { localePrefix } from '../site/paths';
import { locales, site, type Locale } from '../site/config';

/** What the structured data says about the publisher. `origin` is SITE_URL + BASE_PATH. */
export interface Publisher {
  readonly name: string;
  readonly origin: string;
  /** Root-relative path of the publisher's logo. */
  readonly logo: string;
}

/** What a feed says about one edition of the site. `origin` is SITE_URL + BASE_PATH, without a trailing slash. */
export interface FeedSite {
  readonly name: string;
  readonly description: string;
  /** The edition: its articles, paths and language. */
  readonly locale: Locale;
  readonly lang: string;
  readonly origin: string;
}

/** SITE_URL + BASE_PATH: the prefix of every absolute URL the site publishes. */
export const origin = `${site.url}${site.basePath}`;

/** The publisher named in JSON-LD; the logo is the site icon. */
export const publisher: Publisher = { name: site.name, origin, logo: '/icon.svg' };

/** One edition of the site in feeds. */
export const feedSite = (locale: Locale): FeedSite => ({ name: site.name, description: messages[locale].siteDescription, locale, lang: locales[locale].lang, origin });

/** An edition's share image for pages without their own (1200×630 PNG drawn by lib/engine/share-images.tsx at build): `/og/default.png`, `/og/tr/default.png`. */
export const defaultShareImage = (locale: Locale): string => `/og${localePrefix(locale)}/default.png`;

/** Root-relative path of the image shared with `article`: its own PNG (`/og/<slug>.png`, `/og/tr/<slug>.png`), or the site's when those are off. */
export const shareImage = (article: Pick<ArticleSummary, 'slug' | 'locale'>): string =>
  site.ogImages ? `/og${localePrefix(article.locale)}/${article.slug}.png` : defaultShareImage(article.locale);
