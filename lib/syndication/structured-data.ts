/** schema.org JSON-LD objects for search engines: `NewsArticle` and `BreadcrumbList`. Pure. */
import { fallbackOf } from '../media/variants';
import type { ArticleSummary } from '../content/article';
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
    dateModified: isoDateTime(article.updated ?? article.date),
    // An author of authors.yml is a Person or an Organization with their page; a plain name stays a Person.
    author: article.authors.map(({ name, id, type }) => ({
      '@type': type === 'organization' ? 'Organization' : 'Person',
      name,
      ...(id === undefined ? {} : { url: `${publisher.origin}${edition(article.locale).paths.author(id)}` }),
    })),
    // The site's NewsMediaOrganization (./organization.ts), by its @id.
    publisher: publisherOf(publisher),
    // The share image, then the brief's own photo (its largest published JPEG/PNG) when it has one.
    image: [`${publisher.origin}${image}`, ...(article.image ? [`${publisher.origin}/${fallbackOf(article.image).file}`] : [])],
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
