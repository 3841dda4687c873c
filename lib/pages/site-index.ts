/**
 * The lookups page models are computed from, built once per content load in O(N): each edition's
 * articles newest first, by topic and by tag, related briefs, and every article's language versions.
 */
import type { Article, ArticleSummary } from '../content/article';
import type { Content } from '../content/loader';
import type { Author, Topic } from '../content/schema';
import { LOCALES, type Locale } from '../site/config';
import { languageVersions, versionKey } from './language-versions';
import type { Translation } from './models';
import { relatedBySlug } from './related';

export interface EditionIndex {
  readonly locale: Locale;
  /** Visible articles of the edition, newest first. */
  readonly articles: readonly ArticleSummary[];
  readonly byTopic: ReadonlyMap<string, readonly ArticleSummary[]>;
  /** Author id → their articles, newest first (only authors with an article in the edition). */
  readonly byAuthor: ReadonlyMap<string, readonly ArticleSummary[]>;
  /** Tag → its articles, newest first; tags in alphabetical order. */
  readonly byTag: ReadonlyMap<string, readonly ArticleSummary[]>;
  /** Slug → up to 3 related articles of the edition. */
  readonly related: ReadonlyMap<string, readonly ArticleSummary[]>;
}

export interface SiteIndex {
  readonly editions: readonly EditionIndex[];
  readonly topics: readonly Topic[];
  /** The authors of authors.yml, in its order (none for a site without one). */
  readonly authors: readonly Author[];
  /** The editions with at least one visible brief, in locale order. */
  readonly editionsWithBriefs: readonly Locale[];
  /** The language versions of an article (itself included), or `[]` when it has no translation. */
  readonly versionsOf: (article: Pick<ArticleSummary, 'locale' | 'slug'>) => readonly Translation[];
}

/** Drops the HTML body and sections, so lists never carry whole articles. */
export function toSummary(article: Article): ArticleSummary {
  const { html: _html, sections: _sections, file: _file, images: _images, ...summary } = article;
  return summary;
}

function indexEdition(locale: Locale, articles: readonly ArticleSummary[], topics: readonly Topic[]): EditionIndex {
  const byTopic = new Map<string, ArticleSummary[]>(topics.map((t) => [t.id, []]));
  const byTag = new Map<string, ArticleSummary[]>();
  const byAuthor = new Map<string, ArticleSummary[]>();
  for (const article of articles) {
    byTopic.get(article.topic.id)?.push(article);
    for (const id of new Set(article.authors.flatMap((a) => (a.id === undefined ? [] : [a.id])))) {
      const list = byAuthor.get(id);
      if (list) list.push(article);
      else byAuthor.set(id, [article]);
    }
    for (const tag of new Set(article.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(article);
      else byTag.set(tag, [article]);
    }
  }
  const sortedTags = new Map([...byTag].sort(([a], [b]) => a.localeCompare(b)));
  return { locale, articles, byTopic, byAuthor, byTag: sortedTags, related: relatedBySlug(articles) };
}

/** Indexes the visible articles of `content` (drafts only when `drafts`), newest first as the loader sorts them. */
export function indexSite(content: Pick<Content, 'articles' | 'topics'> & Partial<Pick<Content, 'authors'>>, options: { readonly drafts: boolean }): SiteIndex {
  const visible = (options.drafts ? content.articles : content.articles.filter((a) => !a.draft)).map(toSummary);
  const editions = LOCALES.map((locale) => indexEdition(locale, visible.filter((a) => a.locale === locale), content.topics));
  const versions = languageVersions(visible);
  return {
    editions,
    topics: content.topics,
    authors: content.authors ?? [],
    editionsWithBriefs: editions.filter((e) => e.articles.length > 0).map((e) => e.locale),
    versionsOf: (article) => versions.get(versionKey(article)) ?? [],
  };
}
