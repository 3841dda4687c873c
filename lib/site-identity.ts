/** The site as search engines and feeds see it: publisher, absolute origin and share images. */
import type { ArticleSummary } from './article';
import type { FeedSite } from './feeds';
import type { Publisher } from './structured-data';
import { site } from './site';

/** SITE_URL + BASE_PATH: the prefix of every absolute URL the site publishes. */
export const origin = `${site.url}${site.basePath}`;

/** The publisher named in JSON-LD; the logo is the site icon. */
export const publisher: Publisher = { name: site.name, origin, logo: '/icon.svg' };

/** The site in feeds. */
export const feedSite: FeedSite = { name: site.name, description: site.description, lang: site.lang, origin };

/** The site's share image (1200×630 PNG written by scripts/share-images.tsx at build). */
export const defaultShareImage = '/og/default.png';

/** Root-relative path of the image shared with `article`: its own PNG, or the site's when those are off. */
export const shareImage = (article: ArticleSummary): string => (site.ogImages ? `/og/${article.slug}.png` : defaultShareImage);
