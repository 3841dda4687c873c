/** Pieces of Next.js page metadata shared by every page: canonical URL and feed links. */
import type { Metadata } from 'next';
import type { ArticleSummary } from './article';
import { feedPaths, toDate } from './feeds';
import { paths } from './paths';
import { defaultShareImage, shareImage } from './site-identity';
import type { Topic } from './schema';
import { site } from './site';

type Alternates = NonNullable<Metadata['alternates']>;

/** The site's feeds as `<link rel="alternate">`s, plus the RSS of `topic` on its own pages. */
export function feedLinks(topic?: Topic): NonNullable<Alternates['types']> {
  const rss: { url: string; title: string }[] = [{ url: feedPaths.rss, title: `${site.name} (RSS)` }];
  if (topic) rss.push({ url: feedPaths.topicRss(topic.id), title: `${topic.name} — ${site.name} (RSS)` });
  return {
    'application/rss+xml': rss,
    'application/atom+xml': [{ url: feedPaths.atom, title: `${site.name} (Atom)` }],
    'application/feed+json': [{ url: feedPaths.json, title: `${site.name} (JSON Feed)` }],
  };
}

/**
 * `alternates` for a page: its canonical path and the feed links. A page's `alternates` replaces the
 * layout's whole, so every page goes through here to keep the feeds.
 */
export const pageAlternates = (canonical: string, topic?: Topic): Alternates => ({ canonical, types: feedLinks(topic) });

/** ISO 8601 with a time zone, as Open Graph and schema.org want: a bare `YYYY-MM-DD` is midnight UTC. */
export const isoDateTime = (value: string): string => toDate(value).toISOString();

/**
 * Open Graph and Twitter card of an article page: `og:type=article` with its times, topic (section)
 * and tags. A page's `openGraph` replaces the layout's, so the site name and locale are repeated.
 */
export function articleSharing(article: ArticleSummary): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: {
      type: 'article',
      siteName: site.name,
      locale: article.lang,
      url: paths.article(article.slug),
      title: article.title,
      description: article.description,
      publishedTime: isoDateTime(article.date),
      modifiedTime: isoDateTime(article.updated ?? article.date),
      section: article.topic.name,
      tags: [...article.tags],
      authors: [...article.authors],
      images: [{ url: shareImage(article), width: 1200, height: 630, alt: article.title }],
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.description, images: [shareImage(article)] },
  };
}

/** The layout's Open Graph and Twitter defaults for every other page. */
export const siteSharing: Pick<Metadata, 'openGraph' | 'twitter'> = {
  openGraph: { type: 'website', siteName: site.name, locale: site.lang, images: [{ url: defaultShareImage, width: 1200, height: 630, alt: site.name }] },
  twitter: { card: 'summary_large_image', images: [defaultShareImage] },
};
