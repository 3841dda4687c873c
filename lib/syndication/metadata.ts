/** Pieces of Next.js page metadata shared by every page: canonical URL, language alternates, feed links, sharing. */
import type { Metadata } from 'next';
import type { ArticleSummary } from '../content/article';
import { lastModified } from '../content/changes';
import type { Translation } from '../pages/models';
import { feedPaths, toDate } from './feeds';
import { allEditions, edition } from '../edition/i18n';
import { articlePath, type Paths } from '../site/paths';
import { defaultShareImage, shareImage } from './identity';
import type { Author, Topic } from '../content/schema';
import { locales, site, type Locale } from '../site/config';

type Alternates = NonNullable<Metadata['alternates']>;

/** An edition's feeds as `<link rel="alternate">`s, plus the RSS of `topic` (`author`) on its own pages. */
export function feedLinks(locale: Locale, topic?: Topic, author?: Author): NonNullable<Alternates['types']> {
  const e = edition(locale);
  const feeds = feedPaths(locale);
  const rss: { url: string; title: string }[] = [{ url: feeds.rss, title: `${site.name} (RSS)` }];
  if (topic) rss.push({ url: feeds.topicRss(topic.id), title: `${e.topicName(topic)} — ${site.name} (RSS)` });
  if (author) rss.push({ url: feeds.authorRss(author.id), title: `${e.authorName(author)} — ${site.name} (RSS)` });
  return {
    'application/rss+xml': rss,
    'application/atom+xml': [{ url: feeds.atom, title: `${site.name} (Atom)` }],
    'application/feed+json': [{ url: feeds.json, title: `${site.name} (JSON Feed)` }],
  };
}

/** `hreflang` alternates: each language version's path, and `x-default` (the default locale's, else the first). */
export function languageAlternates(versions: readonly { readonly locale: Locale; readonly path: string }[]): Alternates['languages'] {
  if (versions.length < 2) return undefined;
  const byLang: Record<string, string> = {};
  for (const v of versions) byLang[locales[v.locale].lang] = v.path;
  const fallback = versions.find((v) => v.locale === site.defaultLocale) ?? versions[0];
  if (fallback) byLang['x-default'] = fallback.path;
  return byLang;
}

/**
 * The same page in each edition that has briefs on it (`editions`, from the site index's `editionsWithBriefs`): a
 * home, topics or topic page. An edition where the page would be an empty list is not an alternate.
 */
export const sameInEditions = (editions: readonly Locale[], path: (paths: Paths) => string) =>
  allEditions()
    .filter((e) => editions.includes(e.locale))
    .map((e) => ({ locale: e.locale, path: path(e.paths) }));

/** The language versions of an article as alternates. */
export const articleVersions = (versions: readonly Translation[]) => versions.map((v) => ({ locale: v.locale, path: articlePath(v) }));

/**
 * `alternates` for a page: its canonical path, its language versions and the edition's feed links.
 * A page's `alternates` replaces the layout's whole, so every page goes through here to keep the feeds.
 */
export function pageAlternates(
  locale: Locale,
  canonical: string,
  options: { topic?: Topic; author?: Author; versions?: readonly { readonly locale: Locale; readonly path: string }[] } = {},
): Alternates {
  const languages = options.versions ? languageAlternates(options.versions) : undefined;
  return { canonical, ...(languages ? { languages } : {}), types: feedLinks(locale, options.topic, options.author) };
}

/** ISO 8601 with a time zone, as Open Graph and schema.org want: a bare `YYYY-MM-DD` is midnight UTC. */
export const isoDateTime = (value: string): string => toDate(value).toISOString();

/**
 * Open Graph and Twitter card of an article page: `og:type=article` with its times, topic (section),
 * tags, locale and the locales of its translations. A page's `openGraph` replaces the layout's, so the
 * site name is repeated.
 */
export function articleSharing(article: ArticleSummary, versions: readonly Translation[] = []): Pick<Metadata, 'openGraph' | 'twitter'> {
  const e = edition(article.locale);
  const alternateLocale = versions.filter((v) => v.locale !== article.locale).map((v) => locales[v.locale].ogLocale);
  return {
    openGraph: {
      type: 'article',
      siteName: site.name,
      locale: e.ogLocale,
      ...(alternateLocale.length > 0 ? { alternateLocale } : {}),
      url: articlePath(article),
      title: article.title,
      description: article.description,
      publishedTime: isoDateTime(article.date),
      modifiedTime: isoDateTime(lastModified(article)),
      section: e.topicName(article.topic),
      tags: [...article.tags],
      authors: article.authors.map((a) => a.name),
      images: [{ url: shareImage(article), width: 1200, height: 630, alt: article.title }],
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.description, images: [{ url: shareImage(article), alt: article.title }], ...twitterSite(), ...twitterCreator(article) },
  };
}

/** An edition layout's Open Graph and Twitter defaults for every other page. */
export function siteSharing(locale: Locale): Pick<Metadata, 'openGraph' | 'twitter'> {
  const alternateLocale = allEditions().filter((e) => e.locale !== locale).map((e) => e.ogLocale);
  return {
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: locales[locale].ogLocale,
      alternateLocale,
      images: [{ url: defaultShareImage(locale), width: 1200, height: 630, alt: site.name }],
    },
    twitter: { card: 'summary_large_image', images: [{ url: defaultShareImage(locale), alt: site.name }], ...twitterSite() },
  };
}

/** `twitter:site`: the site's handle (SITE_TWITTER) when configured, nothing otherwise. A page's `twitter` replaces the layout's, so each one adds it. */
export function twitterSite(): { site?: string } {
  const handle = site.twitter;
  return handle === undefined ? {} : { site: handle };
}

/**
 * The robots directives of every indexable page (the edition layout's, and a brief's own):
 * `max-image-preview:large` lets Google show the page's images large in Search and Discover, which it
 * does only with this permission and an image at least 1,200 px wide. Pages that must not be indexed
 * (search, 404) set `robots: { index: false }`, which replaces it.
 */
export const searchRobots = { 'max-image-preview': 'large' } as const satisfies Metadata['robots'];

/** `twitter:creator`: the X/Twitter handle of the brief's first author, when authors.yml gives one. */
export function twitterCreator(article: Pick<ArticleSummary, 'authors'>): { creator?: string } {
  const handle = article.authors[0]?.twitter;
  return handle === undefined ? {} : { creator: handle };
}
