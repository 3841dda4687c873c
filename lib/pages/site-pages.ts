/**
 * Every page of the site as an entry: its URL, the app route and params that render it, and its
 * model. A model is a plain serialisable object holding exactly what that page shows, and a page is
 * a pure function of it (plus code and settings): the build hashes the models to find the pages that
 * changed, a render worker reads one small model instead of the archive, and `next dev` looks one up.
 * Each kind of page has its model's schema here (the single source of its type; it validates models
 * read from disk) and the code that computes it from the site's index.
 */
import { z } from 'zod';
import type { Article, ArticleSummary } from '../content/article';
import type { Content } from '../content/loader';
import type { Locale } from '../site/config';
import { pageSegments, routePath, type DynamicRoute, type ParamsOf, type StaticRoute } from '../site/routes';
import { articleSchema, authorSchema, topicSchema, UPDATE_TYPES } from '../content/schema';
import { aheadOf, noticesOf } from '../content/changes';
import { toTime } from '../content/dates';
import { briefLinkSchema, cardSchema, featuredSchema, listPageSchema, localeSchema, toBriefLink, toCard, toFeatured, translationSchema, type ListPage, type Translation } from './models';
import { sitePartSchema, standardsLinkSchema, type SitePart } from './models';
import { STANDARDS_PAGES, type StandardsPage } from '../content/pages';
import { LOCALES } from '../site/config';
import { pagesOf } from './pagination';
import { shardCount } from './search-shards';
import { indexSite, type EditionIndex, type SiteIndex } from './site-index';

/** The article as its page shows it: everything but the source file's path, which stays private, and the list of its image files (the build's). */
export const pageArticleSchema = articleSchema.omit({ file: true, images: true });

/** A translation's original that changed since (its newest change the translation lacks): where it is, and when and how it changed. */
export const originalAheadSchema = translationSchema.extend({ date: z.string(), type: z.enum(UPDATE_TYPES) });

export const articlePageSchema = z.strictObject({
  kind: z.literal('article'),
  locale: localeSchema,
  article: pageArticleSchema,
  moreInTopic: z.array(briefLinkSchema),
  /** Related briefs not already in `moreInTopic`. */
  related: z.array(briefLinkSchema),
  /** Every published language version (itself included) when it has a translation; else empty. */
  versions: z.array(translationSchema),
  /** A translation only, when its original has a correction, clarification or update dated after the translation's last change. */
  originalAhead: originalAheadSchema.optional(),
});

export const homePageSchema = z.strictObject({
  kind: z.literal('home'),
  locale: localeSchema,
  /** On page 1, the list after the featured brief. */
  list: listPageSchema,
  featured: featuredSchema.optional(),
  /** Page 1 only: each topic cluster with its newest briefs. */
  clusters: z.array(z.strictObject({ topic: topicSchema, latest: z.array(cardSchema) })),
  /** Page 1 only: the editions with briefs, for `hreflang` alternates. */
  editions: z.array(localeSchema),
});

export const topicPageSchema = z.strictObject({
  kind: z.literal('topic'),
  locale: localeSchema,
  topic: topicSchema,
  count: z.number().int(),
  list: listPageSchema,
  /** Page 1 only: the editions with briefs in this topic. */
  editions: z.array(localeSchema),
});

export const topicsPageSchema = z.strictObject({
  kind: z.literal('topics'),
  locale: localeSchema,
  topics: z.array(z.strictObject({ topic: topicSchema, count: z.number().int() })),
  editions: z.array(localeSchema),
});

/** An author's page (and its older pages): who they are, then their briefs newest first. */
export const authorPageSchema = z.strictObject({
  kind: z.literal('author'),
  locale: localeSchema,
  author: authorSchema,
  count: z.number().int(),
  list: listPageSchema,
  /** Page 1 only: the editions with briefs by this author. */
  editions: z.array(localeSchema),
});

/** An edition's authors: those with at least one brief in it, in authors.yml's order. */
export const authorsPageSchema = z.strictObject({
  kind: z.literal('authors'),
  locale: localeSchema,
  authors: z.array(z.strictObject({ author: authorSchema, count: z.number().int() })),
  editions: z.array(localeSchema),
});

export const tagsPageSchema = z.strictObject({
  kind: z.literal('tags'),
  locale: localeSchema,
  tags: z.array(z.strictObject({ tag: z.string(), count: z.number().int() })),
  editions: z.array(localeSchema),
});

export const tagPageSchema = z.strictObject({ kind: z.literal('tag'), locale: localeSchema, tag: z.string(), list: listPageSchema });

/** The search page: how many index bundles its edition has (none when it has no brief yet). */
export const searchPageSchema = z.strictObject({ kind: z.literal('search'), locale: localeSchema, shards: z.number().int().min(0) });

/** An edition's corrections page: every correction and clarification of its briefs, newest first. */
export const correctionsPageSchema = z.strictObject({
  kind: z.literal('corrections'),
  locale: localeSchema,
  entries: z.array(z.strictObject({ slug: z.string(), title: z.string(), date: z.string(), type: z.enum(UPDATE_TYPES), note: z.string() })),
  editions: z.array(localeSchema),
});

/**
 * A standards page (About, Ethics…: lib/content/pages.ts) or, at `/about/` without an about.md, the
 * list of the edition's other standards pages, which About also lists below its own text.
 */
export const standardsPageModelSchema = z.strictObject({
  kind: z.literal('standards'),
  locale: localeSchema,
  name: z.enum(STANDARDS_PAGES),
  /** The page's own text; absent at `/about/` when the edition has no about.md (the page is then the list of the others). */
  page: z.strictObject({ title: z.string(), description: z.string(), updated: z.string().optional(), html: z.string() }).optional(),
  /** `/about/` only: the edition's other standards pages. */
  others: z.array(standardsLinkSchema),
  /** The editions that have this page, for `hreflang` alternates. */
  editions: z.array(localeSchema),
});

/** Every model carries its edition's site part (./models.ts). */
const SITE = { site: sitePartSchema };

/** Every kind of page model, by its `kind`. */
export const pageModelSchemas = {
  article: articlePageSchema.extend(SITE),
  home: homePageSchema.extend(SITE),
  topic: topicPageSchema.extend(SITE),
  topics: topicsPageSchema.extend(SITE),
  tags: tagsPageSchema.extend(SITE),
  tag: tagPageSchema.extend(SITE),
  author: authorPageSchema.extend(SITE),
  authors: authorsPageSchema.extend(SITE),
  search: searchPageSchema.extend(SITE),
  corrections: correctionsPageSchema.extend(SITE),
  standards: standardsPageModelSchema.extend(SITE),
} as const;

export const pageModelSchema = z.discriminatedUnion('kind', [
  pageModelSchemas.article,
  pageModelSchemas.home,
  pageModelSchemas.topic,
  pageModelSchemas.topics,
  pageModelSchemas.tags,
  pageModelSchemas.tag,
  pageModelSchemas.author,
  pageModelSchemas.authors,
  pageModelSchemas.search,
  pageModelSchemas.corrections,
  pageModelSchemas.standards,
]);

export type PageArticle = z.output<typeof pageArticleSchema>;
export type OriginalAhead = z.output<typeof originalAheadSchema>;
export type PageModel = z.output<typeof pageModelSchema>;
export type PageKind = PageModel['kind'];
export type ModelOf<K extends PageKind> = z.output<(typeof pageModelSchemas)[K]>;
type WithoutSite<M> = M extends unknown ? Omit<M, 'site'> : never;
/** A model as a page's own code computes it, before `sitePages` adds the edition's site part. */
type OwnModel = WithoutSite<PageModel>;

interface EntryBase<M> {
  /** Root-relative URL, without BASE_PATH: `/tr/articles/x/`. */
  readonly path: string;
  readonly locale: Locale;
  readonly model: M;
}

/** A page of a route the build plans page by page, with the params that render it. */
type PlannedEntry<R extends DynamicRoute, M = PageModel> = EntryBase<M> & { readonly route: R; readonly params: ParamsOf<R> };

/** Pages of the routes with params carry them; a route without (StaticRoute) renders one page per edition. */
export type PageEntry<M = PageModel> = { [R in DynamicRoute]: PlannedEntry<R, M> }[DynamicRoute] | (EntryBase<M> & { readonly route: StaticRoute });

export interface PageOptions {
  /** Show drafts (`next dev`). */
  readonly drafts: boolean;
  /** Briefs per list page. */
  readonly pageSize: number;
}

/** The entry of the page `route` renders for `params`: its URL is the route's, so the two always agree. */
function entry<R extends DynamicRoute>(route: R, locale: Locale, params: ParamsOf<R>, model: OwnModel): PlannedEntry<R, OwnModel> {
  return { path: routePath(route, locale, params), locale, route, params, model };
}

/** The entry of the one page of a route without params. */
const whole = (route: StaticRoute, locale: Locale, model: OwnModel): PageEntry<OwnModel> => ({ path: routePath(route, locale, {}), locale, route, model });

/**
 * "More in <topic>": the `limit` briefs of the list (newest first) nearest in time to the one at
 * `index`, shown newest first. For the newest briefs these are the topic's latest, as readers expect;
 * for an older brief, the ones around it. A new brief therefore changes this list on the few briefs
 * just before it, not on every page of its topic.
 */
export function nearestInList<T>(list: readonly T[], index: number, limit: number): T[] {
  const picked: number[] = [];
  for (let d = 1; picked.length < limit && (index - d >= 0 || index + d < list.length); d++) {
    if (index - d >= 0) picked.push(index - d);
    if (picked.length < limit && index + d < list.length) picked.push(index + d);
  }
  return picked.sort((a, b) => a - b).flatMap((i) => (list[i] === undefined ? [] : [list[i]]));
}

const listPage = (items: readonly ArticleSummary[], page: number, pageCount: number): ListPage => ({ items: items.map(toCard), page, pageCount });

function editionPages(index: SiteIndex, e: EditionIndex, articles: ReadonlyMap<string, Article>, size: number): PageEntry<OwnModel>[] {
  const { locale } = e;
  const entries: PageEntry<OwnModel>[] = [];

  const homes = pagesOf(e.articles, size);
  for (const { page, items } of homes) {
    const [featured, ...rest] = items;
    const first = page === 1;
    entries.push(
      entry('home', locale, { page: pageSegments(page) }, {
        kind: 'home',
        locale,
        list: listPage(first ? rest : items, page, homes.length),
        ...(first && featured ? { featured: toFeatured(featured) } : {}),
        clusters: first ? index.topics.map((topic) => ({ topic, latest: (e.byTopic.get(topic.id) ?? []).slice(0, 3).map(toCard) })) : [],
        editions: first ? [...index.editionsWithBriefs] : [],
      }),
    );
  }

  const topicRank = new Map([...e.byTopic.values()].flatMap((list) => list.map((a, i): [string, number] => [a.slug, i])));
  for (const summary of e.articles) {
    const article = articles.get(`${locale}:${summary.slug}`);
    if (!article) throw new Error(`site-pages: no article ${locale}:${summary.slug}`);
    const { file: _file, images: _images, ...shown } = article;
    const moreInTopic = nearestInList(e.byTopic.get(article.topic.id) ?? [], topicRank.get(article.slug) ?? 0, 3);
    const related = (e.related.get(article.slug) ?? []).filter((r) => !moreInTopic.some((m) => m.slug === r.slug));
    const versions = index.versionsOf(article);
    const ahead = originalAhead(article, versions, articles);
    entries.push(
      entry('article', locale, { slug: article.slug }, { kind: 'article', locale, article: shown, moreInTopic: moreInTopic.map(toBriefLink), related: related.map(toBriefLink), versions: [...versions], ...(ahead ? { originalAhead: ahead } : {}) }),
    );
  }

  const withBriefs = (topicId: string) => index.editions.filter((other) => (other.byTopic.get(topicId)?.length ?? 0) > 0).map((other) => other.locale);
  for (const topic of index.topics) {
    const list = e.byTopic.get(topic.id) ?? [];
    const pages = pagesOf(list, size);
    for (const { page, items } of pages) {
      entries.push(
        entry('topic', locale, { id: topic.id, page: pageSegments(page) }, { kind: 'topic', locale, topic, count: list.length, list: listPage(items, page, pages.length), editions: page === 1 ? withBriefs(topic.id) : [] }),
      );
    }
  }
  entries.push(
    whole('topics', locale, { kind: 'topics', locale, topics: index.topics.map((topic) => ({ topic, count: e.byTopic.get(topic.id)?.length ?? 0 })), editions: [...index.editionsWithBriefs] }),
  );

  entries.push(entry('tags', locale, { path: [] }, { kind: 'tags', locale, tags: [...e.byTag].map(([tag, list]) => ({ tag, count: list.length })), editions: [...index.editionsWithBriefs] }));
  for (const [tag, list] of e.byTag) {
    const pages = pagesOf(list, size);
    for (const { page, items } of pages) {
      entries.push(entry('tags', locale, { path: [tag, ...pageSegments(page)] }, { kind: 'tag', locale, tag, list: listPage(items, page, pages.length) }));
    }
  }

  entries.push(...authorPages(index, e, size));

  entries.push(whole('search', locale, { kind: 'search', locale, shards: shardCount(e.articles.length) }));
  entries.push(whole('corrections', locale, correctionsPage(index, e)));
  return entries;
}

/** An edition's corrections and clarifications, newest first (then by slug), each with the brief it belongs to. */
function correctionsPage(index: SiteIndex, e: EditionIndex): Omit<ModelOf<'corrections'>, 'site'> {
  const entries = e.articles
    .flatMap((a) => noticesOf(a).map(({ date, type, note }) => ({ slug: a.slug, title: a.title, date, type, note })))
    .sort((a, b) => toTime(b.date) - toTime(a.date) || a.slug.localeCompare(b.slug));
  return { kind: 'corrections', locale: e.locale, entries, editions: [...index.editionsWithBriefs] };
}

/** A translation's original, when it changed after the translation did (the translation's notice); `undefined` for an original or an up-to-date translation. */
function originalAhead(article: Article, versions: readonly Translation[], articles: ReadonlyMap<string, Article>): OriginalAhead | undefined {
  if (article.translationOf === undefined) return undefined;
  for (const version of versions) {
    const original = version.locale === article.locale ? undefined : articles.get(`${version.locale}:${version.slug}`);
    if (!original || original.translationOf !== undefined) continue;
    const change = aheadOf(original, article);
    return change ? { ...version, date: change.date, type: change.type } : undefined;
  }
  return undefined;
}

/**
 * An edition's author pages: the index of the authors with briefs in it, and each one's page with
 * their briefs; none at all for a site without authors.yml, or an edition with no brief yet.
 */
function authorPages(index: SiteIndex, e: EditionIndex, size: number): PageEntry<OwnModel>[] {
  const { locale } = e;
  const listed = index.authors.flatMap((author) => {
    const list = e.byAuthor.get(author.id) ?? [];
    return list.length > 0 ? [{ author, list }] : [];
  });
  if (listed.length === 0) return [];
  const withBriefs = (id: string) => index.editions.filter((other) => (other.byAuthor.get(id)?.length ?? 0) > 0).map((other) => other.locale);
  const editions = index.editions.filter((other) => index.authors.some((a) => other.byAuthor.has(a.id))).map((other) => other.locale);
  const entries: PageEntry<OwnModel>[] = [entry('authors', locale, { path: [] }, { kind: 'authors', locale, authors: listed.map(({ author, list }) => ({ author, count: list.length })), editions })];
  for (const { author, list } of listed) {
    const pages = pagesOf(list, size);
    for (const { page, items } of pages) {
      entries.push(
        entry('authors', locale, { path: [author.id, ...pageSegments(page)] }, { kind: 'author', locale, author, count: list.length, list: listPage(items, page, pages.length), editions: page === 1 ? withBriefs(author.id) : [] }),
      );
    }
  }
  return entries;
}

/** Every page of every edition, with its model. Pure: the same content and options give the same entries, in the same order. */
export function sitePages(content: Pick<Content, 'articles' | 'topics'> & Partial<Pick<Content, 'authors' | 'pages'>>, options: PageOptions): PageEntry[] {
  const index = indexSite(content, options);
  const articles = new Map(content.articles.map((a) => [`${a.locale}:${a.slug}`, a]));
  const pages = content.pages ?? [];
  return index.editions.flatMap((e) => {
    const site = sitePartOf(pages, e.locale);
    return [...editionPages(index, e, articles, options.pageSize), ...standardsPages(pages, e.locale)].map((page) => withSite(page, site));
  });
}

/** What every page of `locale`'s edition shows of its standards pages: which exist. */
export const sitePartOf = (pages: readonly StandardsPage[], locale: Locale): SitePart => ({
  standards: STANDARDS_PAGES.filter((name) => pages.some((p) => p.locale === locale && p.name === name)),
});

/** An entry with its edition's site part in its model. */
const withSite = (page: PageEntry<OwnModel>, site: SitePart): PageEntry => ({ ...page, model: { ...page.model, site } });

/**
 * An edition's standards pages: each page at `/about/<name>/`, and `/about/` — about.md, or, without
 * one, the list of the others, so that the address every other one sits under is never a 404 (and the
 * footer's "About" always leads somewhere). None at all for an edition without standards pages.
 */
function standardsPages(pages: readonly StandardsPage[], locale: Locale): PageEntry<OwnModel>[] {
  const own = pages.filter((p) => p.locale === locale);
  if (own.length === 0) return [];
  const editionsWith = (has: (p: StandardsPage) => boolean) => LOCALES.filter((l) => pages.some((p) => p.locale === l && has(p)));
  const shown = ({ title, description, updated, html }: StandardsPage) => ({ title, description, ...(updated === undefined ? {} : { updated }), html });
  const about = own.find((p) => p.name === 'about');
  const others = own.filter((p) => p.name !== 'about').map(({ name, title, description }) => ({ name, title, description }));
  return [
    entry('about', locale, { path: [] }, { kind: 'standards', locale, name: 'about', ...(about ? { page: shown(about) } : {}), others, editions: editionsWith(() => true) }),
    ...own
      .filter((p) => p.name !== 'about')
      .map((p) => entry('about', locale, { path: [p.name] }, { kind: 'standards', locale, name: p.name, page: shown(p), others: [], editions: editionsWith((o) => o.name === p.name) })),
  ];
}
