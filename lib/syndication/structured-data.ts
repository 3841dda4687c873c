/** schema.org JSON-LD objects for search engines: `NewsArticle` and `BreadcrumbList`. Pure. */
import { cropsOf } from '../media/crops';
import { fallbackOf } from '../media/variants';
import type { ArticleSummary } from '../content/article';
import { lastModified, noticesOf } from '../content/changes';
import { isoDateTime } from './metadata';
import { edition } from '../edition/i18n';
import { articlePath } from '../site/paths';
import type { Publisher } from './identity';
import { publisherOf } from './organization';

/** One step of a breadcrumb trail: a name and a root-relative path. */
export interface Crumb {
  readonly name: string;
  readonly path: string;
}

/** `NewsArticle` for an article page; `image` is a root-relative path of its share image. */
export function newsArticle(article: ArticleSummary, publisher: Publisher, image: string) {
  const url = `${publisher.origin}${articlePath(article)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    datePublished: isoDateTime(article.date),
    dateModified: isoDateTime(lastModified(article)),
    // Each correction and clarification, as shown under the dek.
    ...correctionsOf(article),
    // An author of authors.yml is a Person or an Organization with their page; a plain name stays a Person.
    author: article.authors.map(({ name, id, type }) => ({
      '@type': type === 'organization' ? 'Organization' : 'Person',
      name,
      ...(id === undefined ? {} : { url: `${publisher.origin}${edition(article.locale).paths.author(id)}` }),
    })),
    // The site's NewsMediaOrganization (./organization.ts), by its @id.
    publisher: publisherOf(publisher),
    image: articleImages(article, publisher.origin, image),
    articleSection: edition(article.locale).topicName(article.topic),
    keywords: [...article.tags],
    inLanguage: article.lang,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  };
}

/** `BreadcrumbList` of a trail, every item an absolute URL. */
export function breadcrumbList(crumbs: readonly Crumb[], origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: `${origin}${crumb.path}` })),
  };
}

/**
 * A brief's `image` for search engines, as absolute URLs. With a photo large enough, its crops only
 * (lib/media/crops.ts: 16:9, 4:3, 1:1 at 1,200 px), the images Google's Article guidance asks for:
 * the share image is a headline card (the title again, over the photo, in none of those ratios) and the
 * photo's own file a smaller copy at 3:2. Otherwise the share image (`shareImage`, root-relative), then
 * the brief's photo (its largest published JPEG/PNG) when it has one.
 */
export function articleImages(article: Pick<ArticleSummary, 'image'>, origin: string, shareImage: string): string[] {
  const crops = article.image ? cropsOf(article.image) : [];
  if (crops.length > 0) return crops.map((crop) => `${origin}/${crop.file}`);
  return [`${origin}${shareImage}`, ...(article.image ? [`${origin}/${fallbackOf(article.image).file}`] : [])];
}

/** `correction`: one `CorrectionComment` per correction or clarification of the brief, newest first; nothing when it has none. */
function correctionsOf(article: Pick<ArticleSummary, 'updates'>) {
  const notices = noticesOf(article);
  return notices.length === 0 ? {} : { correction: notices.map((c) => ({ '@type': 'CorrectionComment', text: c.note, datePublished: isoDateTime(c.date) })) };
}
