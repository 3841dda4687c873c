/**
 * The parts page models are made of: a brief as a card, as a featured block, as a link; a language
 * version; a page of a list. The models themselves, one per kind of page, are in ./site-pages.ts.
 * The zod schemas are the single source of the types and validate models read from disk.
 */
import { z } from 'zod';
import { KINDS, topicSchema, type Article } from '../content/schema';
import { LOCALES } from '../site/config';
import { pictureSchema } from '../media/schema';
import { STANDARDS_PAGES } from '../content/pages';

export const localeSchema = z.enum(LOCALES);

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
  /** The type of work, labelled beside the topic. */
  kind: z.enum(KINDS),
});

/** The home page's featured brief: a card with its 3-point summary. */
export const featuredSchema = cardSchema.extend({ summary: z.tuple([z.string(), z.string(), z.string()]) });

/** A brief in a compact list of links ("More in …", "Related briefs"). */
export const briefLinkSchema = z.strictObject({ slug: z.string(), title: z.string(), date: z.string(), readingTime: z.number() });

/** One language version of an article: where it is and what it is called. */
export const translationSchema = z.strictObject({ locale: localeSchema, lang: z.string(), slug: z.string(), title: z.string() });

/** One page of a paginated list. */
export const listPageSchema = z.strictObject({ items: z.array(cardSchema), page: z.number().int().min(1), pageCount: z.number().int().min(1) });

export type Card = z.output<typeof cardSchema>;
export type Featured = z.output<typeof featuredSchema>;
export type BriefLink = z.output<typeof briefLinkSchema>;
export type Translation = z.output<typeof translationSchema>;
export type ListPage = z.output<typeof listPageSchema>;

type Listed = Pick<Article, 'slug' | 'title' | 'description' | 'date' | 'readingTime' | 'topic' | 'draft' | 'image' | 'kind'>;

/** What a card shows of an article. */
export const toCard = ({ slug, title, description, date, readingTime, topic, draft, image, kind }: Listed): Card => ({
  slug, title, description, date, readingTime, topic, draft, ...(image ? { image } : {}), kind,
});

/** What the featured block shows of an article. */
export const toFeatured = (article: Listed & Pick<Article, 'summary'>): Featured => ({ ...toCard(article), summary: article.summary });

/** What a compact link list shows of an article. */
export const toBriefLink = ({ slug, title, date, readingTime }: Pick<Article, 'slug' | 'title' | 'date' | 'readingTime'>): BriefLink => ({ slug, title, date, readingTime });

/**
 * What every page of an edition shows besides its own content: the footer's links to the edition's
 * standards pages (and, from the same list, the organisation's policies in JSON-LD). Every model
 * carries it, so adding or removing a standards page changes every page whose footer changes, and an
 * incremental build re-renders exactly those (a page is re-rendered only when its model changes).
 */
export const sitePartSchema = z.strictObject({
  /** The edition's standards pages that exist, in `STANDARDS_PAGES`' order. */
  standards: z.array(z.enum(STANDARDS_PAGES)),
});
export type SitePart = z.output<typeof sitePartSchema>;

/** A standards page in a list of links (the About page's list of the others): where it is and what it is. */
export const standardsLinkSchema = z.strictObject({ name: z.enum(STANDARDS_PAGES), title: z.string(), description: z.string() });
export type StandardsLink = z.output<typeof standardsLinkSchema>;
