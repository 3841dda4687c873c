/** schema.org JSON-LD objects for search engines: `NewsArticle` (and its subtypes), `BreadcrumbList`, an author's `ProfilePage`. Pure. */
import { cropsOf } from '../media/crops';
import { fallbackOf } from '../media/variants';
import type { ArticleSummary } from '../content/article';
import { lastModified, noticesOf } from '../content/changes';
import { isoDateTime } from './metadata';
import { edition } from '../edition/i18n';
import { articlePath } from '../site/paths';
import type { Publisher } from './identity';
import { publisherOf } from './organization';
import { bylineOf } from '../content/authors';
import type { Author, Backstory, Byline, Kind } from '../content/schema';
import type { Locale } from '../site/config';

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
    '@type': ARTICLE_TYPES[article.kind],
    headline: article.title,
    description: article.description,
    datePublished: isoDateTime(article.date),
    dateModified: isoDateTime(lastModified(article)),
    // Each correction and clarification, as shown under the dek.
    ...correctionsOf(article),
    // Every author: one of authors.yml is a Person or an Organization with their page and profile; a plain name stays a Person.
    author: article.authors.map((byline) => personOf(byline, article.locale, publisher.origin)),
    // The site's NewsMediaOrganization (./organization.ts), by its @id.
    publisher: publisherOf(publisher),
    image: articleImages(article, publisher.origin, image),
    articleSection: edition(article.locale).topicName(article.topic),
    keywords: [...article.tags],
    inLanguage: article.lang,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    ...(article.sponsor === undefined ? {} : { sponsor: { '@type': 'Organization', name: article.sponsor } }),
    ...(article.backstory === undefined ? {} : { backstory: backstoryText(article.backstory, article.locale) }),
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

/**
 * The schema.org types of each kind of brief. Both the parent and the subtype: the subtype says what the
 * brief is (schema.org's own list), and consumers that look for the parent by name (`NewsArticle`, as
 * Google's article docs and simple JSON-LD readers do) still find it. Sponsored content is an `Article`,
 * never a `NewsArticle`: paid content is not the newsroom's journalism.
 */
export const ARTICLE_TYPES: Readonly<Record<Kind, readonly [string, string]>> = {
  explainer: ['NewsArticle', 'BackgroundNewsArticle'],
  news: ['NewsArticle', 'ReportageNewsArticle'],
  analysis: ['NewsArticle', 'AnalysisNewsArticle'],
  opinion: ['NewsArticle', 'OpinionNewsArticle'],
  sponsored: ['Article', 'AdvertiserContentArticle'],
};

/**
 * One name of a byline as schema.org's `Person` or `Organization`: with authors.yml, their page (`url`),
 * role (`jobTitle`, a Person's only), expertise (`knowsAbout`), languages (`knowsLanguage`, BCP-47) and
 * profiles (`sameAs`); a plain name is its name.
 */
export function personOf(byline: Byline, locale: Locale, origin: string) {
  const isPerson = byline.type !== 'organization';
  return {
    '@type': isPerson ? 'Person' : 'Organization',
    name: byline.name,
    ...(byline.id === undefined ? {} : { url: `${origin}${edition(locale).paths.author(byline.id)}` }),
    ...(isPerson && byline.role !== undefined ? { jobTitle: byline.role } : {}),
    ...(byline.expertise ? { knowsAbout: [...byline.expertise] } : {}),
    ...(byline.languages ? { knowsLanguage: [...byline.languages] } : {}),
    ...(byline.sameAs ? { sameAs: [...byline.sameAs] } : {}),
  };
}

/** `backstory` as one text: each part the editor wrote, labelled in the brief's edition ("Methods: …"). */
export function backstoryText(backstory: Backstory, locale: Locale): string {
  const { t } = edition(locale);
  return [
    [t.backstoryMethods, backstory.methods],
    [t.backstoryContacted, backstory.contacted],
    [t.backstoryUnverified, backstory.unverified],
  ].flatMap(([label, text]) => (text === undefined ? [] : [`${label}: ${text}`])).join('\n\n');
}

/** `ProfilePage` of an author's page, its main entity the author (as a brief's JSON-LD names them). */
export function profilePage(author: Author, locale: Locale, origin: string) {
  return { '@context': 'https://schema.org', '@type': 'ProfilePage', mainEntity: personOf(bylineOf(author, locale), locale, origin) };
}
