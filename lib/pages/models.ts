/**
 * Page models: for every URL, a plain serialisable object holding exactly what that page shows.
 * A page is a pure function of its model (plus code and settings), so the build hashes models to
 * know which pages changed, and a render worker reads one small model instead of the archive.
 * The zod schemas are the single source of the model types and validate models read from disk.
 */
import { z } from 'zod';
import { articleSchema, authorSchema, topicSchema, type Article } from '../content/schema';
import { LOCALES } from '../site/config';
import { pictureSchema } from '../media/schema';

const locale = z.enum(LOCALES);

/** One brief in a list (ArticleCard): what a card shows, never the body. */
export const cardSchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  date: z.string(),
  readingTime: z.number(),
  topic: topicSchema,
  draft: z.boolean(),
  /** The brief's photo, shown as a thumbnail. */
  image: pictureSchema.optional(),
});

/** The home page's featured brief: a card with its 3-point summary. */
export const featuredSchema = cardSchema.extend({ summary: z.tuple([z.string(), z.string(), z.string()]) });

/** A brief in a compact list of links ("More in …", "Related briefs"). */
export const briefLinkSchema = z.strictObject({ slug: z.string(), title: z.string(), date: z.string(), readingTime: z.number() });

/** One language version of an article: where it is and what it is called. */
export const translationSchema = z.strictObject({ locale, lang: z.string(), slug: z.string(), title: z.string() });

/** One page of a paginated list. */
export const listPageSchema = z.strictObject({ items: z.array(cardSchema), page: z.number().int().min(1), pageCount: z.number().int().min(1) });

/** The article as its page shows it: everything but the source file's path, which stays private, and the list of its image files (the build's). */
export const pageArticleSchema = articleSchema.omit({ file: true, images: true });

export const articlePageSchema = z.strictObject({
  kind: z.literal('article'),
  locale,
  article: pageArticleSchema,
  moreInTopic: z.array(briefLinkSchema),
  /** Related briefs not already in `moreInTopic`. */
  related: z.array(briefLinkSchema),
  /** Every published language version (itself included) when it has a translation; else empty. */
  versions: z.array(translationSchema),
});

export const homePageSchema = z.strictObject({
  kind: z.literal('home'),
  locale,
  /** On page 1, the list after the featured brief. */
  list: listPageSchema,
  featured: featuredSchema.optional(),
  /** Page 1 only: each topic cluster with its newest briefs. */
  clusters: z.array(z.strictObject({ topic: topicSchema, latest: z.array(cardSchema) })),
  /** Page 1 only: the editions with briefs, for `hreflang` alternates. */
  editions: z.array(locale),
});

export const topicPageSchema = z.strictObject({
  kind: z.literal('topic'),
  locale,
  topic: topicSchema,
  count: z.number().int(),
  list: listPageSchema,
  /** Page 1 only: the editions with briefs in this topic. */
  editions: z.array(locale),
});

export const topicsPageSchema = z.strictObject({
  kind: z.literal('topics'),
  locale,
  topics: z.array(z.strictObject({ topic: topicSchema, count: z.number().int() })),
  editions: z.array(locale),
});

/** An author's page (and its older pages): who they are, then their briefs newest first. */
export const authorPageSchema = z.strictObject({
  kind: z.literal('author'),
  locale,
  author: authorSchema,
  count: z.number().int(),
  list: listPageSchema,
  /** Page 1 only: the editions with briefs by this author. */
  editions: z.array(locale),
});

/** An edition's authors: those with at least one brief in it, in authors.yml's order. */
export const authorsPageSchema = z.strictObject({
  kind: z.literal('authors'),
  locale,
  authors: z.array(z.strictObject({ author: authorSchema, count: z.number().int() })),
  editions: z.array(locale),
});

export const tagsPageSchema = z.strictObject({
  kind: z.literal('tags'),
  locale,
  tags: z.array(z.strictObject({ tag: z.string(), count: z.number().int() })),
  editions: z.array(locale),
});

export const tagPageSchema = z.strictObject({ kind: z.literal('tag'), locale, tag: z.string(), list: listPageSchema });

/** The search page: how many index bundles its edition has (none when it has no brief yet). */
export const searchPageSchema = z.strictObject({ kind: z.literal('search'), locale, shards: z.number().int().min(0) });

/** Every kind of page model, by its `kind`. */
export const pageModelSchemas = {
  article: articlePageSchema,
  home: homePageSchema,
  topic: topicPageSchema,
  topics: topicsPageSchema,
  tags: tagsPageSchema,
  tag: tagPageSchema,
  author: authorPageSchema,
  authors: authorsPageSchema,
  search: searchPageSchema,
} as const;

export const pageModelSchema = z.discriminatedUnion('kind', [
  articlePageSchema,
  homePageSchema,
  topicPageSchema,
  topicsPageSchema,
  tagsPageSchema,
  tagPageSchema,
  authorPageSchema,
  authorsPageSchema,
  searchPageSchema,
]);

export type Card = z.output<typeof cardSchema>;
export type Featured = z.output<typeof featuredSchema>;
export type BriefLink = z.output<typeof briefLinkSchema>;
export type Translation = z.output<typeof translationSchema>;
export type ListPage = z.output<typeof listPageSchema>;
export type PageArticle = z.output<typeof pageArticleSchema>;
export type PageModel = z.output<typeof pageModelSchema>;
export type PageKind = PageModel['kind'];
export type ModelOf<K extends PageKind> = z.output<(typeof pageModelSchemas)[K]>;

type Listed = Pick<Article, 'slug' | 'title' | 'description' | 'date' | 'readingTime' | 'topic' | 'draft' | 'image'>;

/** What a card shows of an article. */
export const toCard = ({ slug, title, description, date, readingTime, topic, draft, image }: Listed): Card => ({
  slug, title, description, date, readingTime, topic, draft, ...(image ? { image } : {}),
});

/** What the featured block shows of an article. */
export const toFeatured = (article: Listed & Pick<Article, 'summary'>): Featured => ({ ...toCard(article), summary: article.summary });

/** What a compact link list shows of an article. */
export const toBriefLink = ({ slug, title, date, readingTime }: Pick<Article, 'slug' | 'title' | 'date' | 'readingTime'>): BriefLink => ({ slug, title, date, readingTime });
