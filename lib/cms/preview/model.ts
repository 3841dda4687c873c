/**
 * The CMS preview's data: what Decap's form holds (anything, half-written) read leniently into the
 * props the site's components take, so the preview renders the same components as the article page.
 */
import { z } from 'zod';
import { bylineOf, plainByline } from '../../content/authors';
import type { ArticleSummary } from '../../content/article';
import { isIsoDate } from '../../content/dates';
import { authorSchema, KINDS, sourceSchema, topicSchema, updateSchema, type Author, type Backstory, type Topic } from '../../content/schema';
import type { Picture } from '../../media/schema';
import { localeOfTag, locales, site, type Locale } from '../../site/config';

/** A value the form may hold as a string, or not yet at all. */
const text = z.string().optional().catch(undefined);
/** A list of the form: only its filled-in strings (a just-added point is `''` or null). */
const strings = z.array(z.unknown()).catch([]).transform((items) => items.filter((v): v is string => typeof v === 'string' && v.trim() !== ''));
/** A date as the contract accepts it, or nothing. */
const date = z.string().refine(isIsoDate).optional().catch(undefined);
/** The items of a list that `item` accepts. */
const listOf = <T extends z.ZodType>(item: T) => z.array(z.unknown()).catch([]).transform((items) => items.flatMap((v) => {
  const parsed = item.safeParse(v);
  return parsed.success ? [parsed.data] : [];
}));

/** The photo's fields, each as far as it is written. */
const photo = z.object({ src: text, alt: text, credit: text, caption: text });

/** The form's data (Decap's entry `data`, as plain JSON). Unknown keys are ignored; a field it cannot read is left out. */
export const previewEntrySchema = z.object({
  title: text,
  description: text,
  date,
  updated: date,
  author: z.union([z.string(), z.array(z.unknown())]).optional().catch(undefined),
  authors: z.array(z.unknown()).optional().catch(undefined),
  topic: text,
  tags: strings,
  summary: strings,
  whyItMatters: strings,
  relevance: z.enum(['short-term', 'long-term', 'evergreen']).optional().catch(undefined),
  // Sources and updates as the contract reads them (an http(s) link only): one still being written is left out.
  sources: listOf(sourceSchema),
  updates: listOf(updateSchema),
  draft: z.boolean().catch(false),
  lang: text,
  // The form's Photo is a list of at most one (public/admin/brief-format.js); a file's `image:` is the object.
  image: z.union([photo, z.array(z.unknown()).transform((items) => photo.optional().catch(undefined).parse(items[0]))]).optional().catch(undefined),
  body: z.string().catch(''),
  // The type of work (explainer until one is chosen), the sponsor, and the parts of "How we reported this" written so far.
  kind: z.enum(KINDS).catch('explainer'),
  sponsor: text,
  backstory: z.object({ methods: text, contacted: text, unverified: text }).optional().catch(undefined),
});
export type PreviewEntry = z.output<typeof previewEntrySchema>;

/** What the preview knows of the site: topics.yml and authors.yml (lib/cms/admin-page.ts puts them in /admin/). */
export const previewSiteSchema = z.strictObject({
  topics: z.array(topicSchema),
  authors: z.array(authorSchema).nullable(),
});
export type PreviewSite = z.output<typeof previewSiteSchema>;

/** A photo's size, measured by the editor's browser (the preview cannot read the file as the build does). */
export interface MeasuredImage {
  readonly width: number;
  readonly height: number;
}

/** The edition an entry belongs to: its `lang`, else the collection's edition, else the default. */
export function localeOf(entry: PreviewEntry, fallback: Locale = site.defaultLocale): Locale {
  return (entry.lang ? localeOfTag(entry.lang) : undefined) ?? fallback;
}

/** The byline's names: ids of authors.yml by their name in the edition, anything else as written. */
function bylineFrom(entry: PreviewEntry, authors: readonly Author[] | null, locale: Locale): ArticleSummary['authors'] {
  const written = entry.authors ?? (typeof entry.author === 'string' ? [entry.author] : (entry.author ?? []));
  return written.flatMap((value) => {
    if (typeof value !== 'string' || value.trim() === '') return [];
    const known = authors?.find((a) => a.id === value);
    return [known ? bylineOf(known, locale) : plainByline(value)];
  });
}

/** The topic chosen, or one named as written (a new brief's form may have none yet). */
function topicFrom(entry: PreviewEntry, topics: readonly Topic[]): Topic {
  return topics.find((t) => t.id === entry.topic) ?? { id: entry.topic ?? '', name: entry.topic ?? '—', description: '' };
}

/** The brief's photo as the components take it: its file in the content folder, measured in the browser. */
function photoFrom(entry: PreviewEntry, measured: MeasuredImage | undefined): Picture | undefined {
  const image = entry.image;
  if (!image?.src) return undefined;
  const size = measured ?? { width: 1200, height: 800 };
  return {
    src: image.src,
    // Published files are named by the build's hash; the preview names the original (lib/cms/preview/variants.ts).
    id: '0000000000000000',
    sha256: '0'.repeat(64),
    width: size.width,
    height: size.height,
    alpha: false,
    alt: image.alt ?? '',
    ...(image.credit ? { credit: image.credit } : {}),
    ...(image.caption ? { caption: image.caption } : {}),
  };
}

/**
 * The article as the site's components take it, from the form. `words` are the body's readable words
 * (lib/content/markdown.ts), for the reading time, counted as lib/content/article.ts counts them.
 */
export function previewArticle(entry: PreviewEntry, known: PreviewSite, locale: Locale, words: number, photo: MeasuredImage | undefined, today: string): ArticleSummary {
  const [first = '', second = '', third = ''] = entry.summary;
  const visibleWords = [entry.title ?? '', entry.description ?? '', ...entry.summary, ...entry.whyItMatters]
    .map((s) => s.split(/\s+/).filter(Boolean).length)
    .reduce((a, b) => a + b, words);
  const image = photoFrom(entry, photo);
  return {
    slug: 'preview',
    title: entry.title ?? '',
    description: entry.description ?? '',
    // A new brief's date field starts empty in some forms: the preview shows today's.
    date: entry.date ?? today,
    ...(entry.updated ? { updated: entry.updated } : {}),
    authors: bylineFrom(entry, known.authors, locale),
    topic: topicFrom(entry, known.topics),
    tags: entry.tags,
    // Exactly three points, as on the page; one not written yet is an empty line that shows it is missing.
    summary: [first, second, third],
    whyItMatters: entry.whyItMatters,
    ...(entry.relevance ? { relevance: entry.relevance } : {}),
    sources: entry.sources,
    updates: entry.updates,
    draft: entry.draft,
    lang: entry.lang ?? locale,
    locale,
    readingTime: Math.max(1, Math.round(visibleWords / locales[locale].wordsPerMinute)),
    ...(image ? { image } : {}),
    kind: entry.kind,
    ...(entry.kind === 'sponsored' && entry.sponsor?.trim() ? { sponsor: entry.sponsor } : {}),
    ...backstoryFrom(entry),
  };
}

/** The parts of "How we reported this" that have text; nothing when none has. */
function backstoryFrom(entry: PreviewEntry): { backstory?: Backstory } {
  const written = (value: string | undefined) => (value?.trim() ? value : undefined);
  const methods = written(entry.backstory?.methods);
  const contacted = written(entry.backstory?.contacted);
  const unverified = written(entry.backstory?.unverified);
  if (methods === undefined && contacted === undefined && unverified === undefined) return {};
  return { backstory: { ...(methods ? { methods } : {}), ...(contacted ? { contacted } : {}), ...(unverified ? { unverified } : {}) } };
}
