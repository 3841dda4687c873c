/** The content contract: zod schemas for article front matter and topics.yml, the single source of their types. */
import { z } from 'zod';
import { dateToIso, impossibleDate, isIsoDate, toTime } from './dates';
import { LOCALES, localeOfTag } from '../site/config';
import { escapeExtraHashes } from './links';
import { isPlaceholder } from './skeleton';
import { KEBAB_CASE } from './slug';
import { imageSchema, pictureSchema } from '../media/schema';
import { fieldsOf, listBounds, maxLengthOf, span } from './bounds';

const notPlaceholder = { message: 'replace the TODO placeholder with real text' };

const text = (max: number) => z.string().trim().min(1).max(max).refine((s) => !isPlaceholder(s), notPlaceholder);

// A well-formed date that names no real day says why (`February 2026 has 28 days`); any other value gets the expected form.
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? dateToIso(value) : value),
  z.string().refine(isIsoDate, {
    error: (issue) => {
      const why = typeof issue.input === 'string' ? impossibleDate(issue.input) : undefined;
      return why === undefined ? undefined : `expected a real calendar date as YYYY-MM-DD, found ${JSON.stringify(issue.input)}: ${why}`;
    },
  }),
);

const isLanguageTag = (tag: string): boolean => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};

/** A language tag of one of the site's editions: `en`, `tr`, or a regional form such as `en-GB`. */
const isSiteLanguage = (tag: string): boolean => isLanguageTag(tag) && localeOfTag(tag) !== undefined;

const httpUrl = z.string().refine((value) => {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}).transform(escapeExtraHashes);

const kebab = z.string().regex(KEBAB_CASE);

/** Tags one brief may have. */
export const MAX_TAGS = 20;

const point = text(600);

/** One entry of `sources`. */
export const sourceSchema = z.strictObject({
  title: text(300),
  url: httpUrl,
  publisher: text(120).optional(),
});

/**
 * The kinds of `updates` entry: a `correction` (something was wrong) and a `clarification` (something
 * could be misread) are shown at the top of the brief and on the corrections page; an `update` (news
 * since) moves the brief's modified date; a `typo` is a minor fix, listed only in the updates log.
 */
export const UPDATE_TYPES = ['correction', 'clarification', 'update', 'typo'] as const;

/** One entry of `updates`: a dated, typed change, listed at the end of the brief. Without `type` it is an `update` (lists written before types keep their meaning). */
export const updateSchema = z.strictObject({ date: isoDate, note: text(500), type: z.enum(UPDATE_TYPES).default('update') });

/** An entry of `updates` as an article carries it: its type always named. */
export const changeSchema = z.strictObject({ date: z.string().refine(isIsoDate), note: z.string(), type: z.enum(UPDATE_TYPES) });

/** `image`: the brief's photo (hero), shown above it, on its card and in its share image. */
export const heroSchema = z
  .strictObject({
    src: z.string().trim().min(1),
    alt: z.string().trim().max(300),
    credit: text(200),
    caption: text(300).optional(),
    decorative: z.boolean().default(false),
  })
  .refine((image) => image.decorative || image.alt !== '', { path: ['alt'], message: 'is empty: describe what the photo shows for readers who cannot see it (or, for a purely decorative image, set decorative: true)' })
  .refine((image) => !image.decorative || image.alt === '', { path: ['alt'], message: 'must be empty ("") when decorative: true: screen readers then skip the image' });

/** The types of work a brief can be (`kind`), the first the default: the site explains the news. */
export const KINDS = ['explainer', 'news', 'analysis', 'opinion', 'sponsored'] as const;
export type Kind = (typeof KINDS)[number];

/** `backstory`: how the brief was reported, shown before its sources as "How we reported this". Plain text, at least one part. */
export const backstorySchema = z
  .strictObject({ methods: text(1000).optional(), contacted: text(1000).optional(), unverified: text(1000).optional() })
  .refine((b) => b.methods !== undefined || b.contacted !== undefined || b.unverified !== undefined, {
    message: 'expected at least one of methods, contacted, unverified, found none: give one or remove `backstory`',
  });

/** Article front matter, exactly as editors write it (camelCase keys, unknown keys refused). */
export const frontMatterSchema = z
  .strictObject({
    title: text(160),
    description: text(300),
    date: isoDate,
    updated: isoDate.optional(),
    // One of `author` and `authors` is required; loader-independent checks in article.ts say so.
    author: z.union([text(120), z.array(text(120)).min(1)]).optional(),
    authors: z.array(text(120)).min(1).optional(),
    topic: kebab,
    // Each tag is a page: one brief must not multiply the export (a real brief has 5–8).
    tags: z.array(kebab).max(MAX_TAGS).default([]),
    summary: z.tuple([point, point, point]),
    whyItMatters: z.array(point).min(1).max(5),
    relevance: z.enum(['short-term', 'long-term', 'evergreen']).optional(),
    sources: z.array(sourceSchema).default([]),
    updates: z.array(updateSchema).default([]),
    slug: kebab.optional(),
    draft: z.boolean().default(false),
    lang: z.string().refine(isSiteLanguage).optional(),
    translationOf: kebab.optional(),
    image: heroSchema.optional(),
    // Type of work (issue 23): the label beside the topic, the JSON-LD subtype; a sponsor only for sponsored content.
    kind: z.enum(KINDS).default('explainer'),
    sponsor: text(120).optional(),
    backstory: backstorySchema.optional(),
  })
  .refine((fm) => fm.updated === undefined || !(toTime(fm.updated) < toTime(fm.date)), {
    path: ['updated'],
    message: 'must not be before `date`',
  })
  .refine((fm) => fm.kind !== 'sponsored' || fm.sponsor !== undefined, {
    path: ['sponsor'],
    message: 'is required with `kind: sponsored`: name who paid for the brief, such as "Acme Corp" (it is shown in a disclosure at the top)',
  })
  .refine((fm) => fm.sponsor === undefined || fm.kind === 'sponsored', {
    path: ['sponsor'],
    message: 'is only for sponsored content: add `kind: sponsored`, or remove `sponsor`',
  });

/** A topic cluster in `topics.yml`. */
export const topicSchema = z.strictObject({
  id: kebab,
  name: text(80),
  description: text(400),
  /** The name and description in the site's other languages, by locale (`tr: …`). */
  names: z.partialRecord(z.enum(LOCALES), text(80)).optional(),
  descriptions: z.partialRecord(z.enum(LOCALES), text(400)).optional(),
});

/** `topics.yml`: a non-empty list of topic clusters. */
export const topicsFileSchema = z.array(topicSchema).min(1);

/** A file inside the content folder, such as `images/jane.jpg`: relative, no `..`, not a URL. */
const contentPath = z.string().trim().min(1).max(200).refine(
  (value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('/') && !value.startsWith('\\') && !value.split(/[\\/]/).includes('..'),
);

/** A language tag (BCP-47, such as `en`, `tr`, `pt-BR`), kept in its canonical form. */
const languageTag = z.string().refine(isLanguageTag).transform((tag) => Intl.getCanonicalLocales(tag)[0] ?? tag);

/** An X/Twitter handle as `twitter:creator` wants it: `@` and 1–15 letters, digits or underscores. */
export const TWITTER_HANDLE = /^@[A-Za-z0-9_]{1,15}$/;

/** A link on an author's page: a visible label and where it goes (a social profile, a site). */
export const authorLinkSchema = z.strictObject({ label: text(80), url: httpUrl });

/** A person or an organisation (a desk, an agency) in `authors.yml`, named by articles' `author` ids, as editors write it. */
export const authorEntrySchema = z.strictObject({
  id: kebab,
  name: text(80),
  type: z.enum(['person', 'organization']).default('person'),
  role: text(80),
  bio: text(600),
  /** A portrait inside the content folder, published like every image (lib/media). */
  photo: contentPath.optional(),
  /** The author's own homepage. */
  url: httpUrl.optional(),
  links: z.array(authorLinkSchema).default([]),
  /** The name, role and bio in the site's other languages, by locale (`tr: …`). */
  names: z.partialRecord(z.enum(LOCALES), text(80)).optional(),
  roles: z.partialRecord(z.enum(LOCALES), text(80)).optional(),
  bios: z.partialRecord(z.enum(LOCALES), text(600)).optional(),
  /** Areas of expertise (JSON-LD `knowsAbout`), the languages they work in (BCP-47, `knowsLanguage`), their X/Twitter handle. */
  expertise: z.array(text(60)).max(10).optional(),
  languages: z.array(languageTag).max(10).optional(),
  twitter: z.string().regex(TWITTER_HANDLE).optional(),
});

/** An author as pages show them: the entry, with its photo checked and measured. */
export const authorSchema = authorEntrySchema.extend({ portrait: imageSchema.optional() });

/** `authors.yml`: a non-empty list of authors. */
export const authorsFileSchema = z.array(authorEntrySchema).min(1);

const author = authorEntrySchema.shape;

/** What each field of an `authors.yml` entry expects, in the words error messages use; lengths, sizes, keys and choices are read from the schema. */
export const AUTHOR_EXPECTED: Readonly<Record<string, string>> = {
  '': `a list of authors, each ${fieldsOf(authorEntrySchema)}`,
  '[]': `an author ${fieldsOf(authorEntrySchema)}`,
  '[].id': 'lowercase kebab-case, such as jane-doe',
  '[].name': `a name of ${span(author.name)} characters`,
  '[].type': author.type.unwrap().options.join(' or '),
  '[].role': `a role of ${span(author.role)} characters, such as Technology correspondent`,
  '[].bio': `a bio of ${span(author.bio)} characters`,
  '[].photo': 'a path inside the content folder, such as images/jane.jpg (relative, no `..`, not a URL)',
  '[].url': 'an absolute http:// or https:// URL',
  '[].links': `a list of links, each ${fieldsOf(authorLinkSchema)}`,
  '[].links[]': `a link ${fieldsOf(authorLinkSchema)}`,
  '[].links[].label': `a label of ${span(authorLinkSchema.shape.label)} characters, such as Mastodon`,
  '[].links[].url': 'an absolute http:// or https:// URL',
  '[].names': `a mapping of the site's languages (${LOCALES.join(', ')}) to names`,
  '[].roles': `a mapping of the site's languages (${LOCALES.join(', ')}) to roles`,
  '[].bios': `a mapping of the site's languages (${LOCALES.join(', ')}) to bios`,
  ...Object.fromEntries(LOCALES.flatMap((l) => [
    [`[].names.${l}`, `a name of ${span(author.names.unwrap().valueType)} characters`],
    [`[].roles.${l}`, `a role of ${span(author.roles.unwrap().valueType)} characters`],
    [`[].bios.${l}`, `a bio of ${span(author.bios.unwrap().valueType)} characters`],
  ])),
  '[].expertise': `a list of at most ${listBounds(author.expertise.unwrap()).max} areas of expertise, such as [AI policy, competition law]`,
  '[].expertise[]': `an area of expertise of ${span(author.expertise.unwrap().element)} characters`,
  '[].languages': `a list of at most ${listBounds(author.languages.unwrap()).max} language tags (BCP-47), such as [en, tr]`,
  '[].languages[]': 'a language tag (BCP-47) such as en, tr or pt-BR',
  '[].twitter': 'an X/Twitter handle such as @janedoe (@ and 1–15 letters, digits or underscores)',
};

const fm = frontMatterSchema.shape;
const hero = heroSchema.shape;
const topic = topicSchema.shape;
const name = fm.authors.unwrap().element;

/**
 * What each field expects, in the words error messages use. Keys are paths with list indexes as `[]`.
 * Lengths, list sizes, keys and choices are read from the schemas above.
 */
export const EXPECTED: Readonly<Record<string, string>> = {
  title: `a string of ${span(fm.title)} characters`,
  description: `a string of ${span(fm.description)} characters (the dek)`,
  date: 'a date as YYYY-MM-DD or an ISO date-time such as 2026-11-28T09:30:00Z',
  updated: 'a date as YYYY-MM-DD or an ISO date-time, not before `date`',
  author: 'a name or a list of names',
  'author[]': `a name (${span(name)} characters)`,
  authors: 'a list of names',
  'authors[]': `a name (${span(name)} characters)`,
  topic: 'a topic id from topics.yml',
  tags: `a list of at most ${listBounds(fm.tags).max} lowercase kebab-case tags such as ai-policy (each is a page of the site)`,
  'tags[]': 'a lowercase kebab-case tag such as ai-policy',
  summary: `exactly ${listBounds(fm.summary).max} points (a list of ${listBounds(fm.summary).max} strings)`,
  'summary[]': `a point of ${span(point)} characters`,
  whyItMatters: `a list of ${span(fm.whyItMatters)} points`,
  'whyItMatters[]': `a point of ${span(fm.whyItMatters.element)} characters`,
  relevance: `one of ${fm.relevance.unwrap().options.join(', ')}`,
  sources: `a list of sources, each ${fieldsOf(sourceSchema)}`,
  'sources[]': `a source ${fieldsOf(sourceSchema)}`,
  'sources[].title': `a string of ${span(sourceSchema.shape.title)} characters`,
  'sources[].url': 'an absolute http:// or https:// URL',
  'sources[].publisher': `a string of ${span(sourceSchema.shape.publisher)} characters`,
  updates: `a list of ${fieldsOf(updateSchema)} entries (corrections, clarifications, updates and typo fixes)`,
  'updates[]': `an entry ${fieldsOf(updateSchema)}`,
  'updates[].date': 'a date as YYYY-MM-DD or an ISO date-time',
  'updates[].note': `a note of ${span(updateSchema.shape.note)} characters`,
  'updates[].type': `one of ${UPDATE_TYPES.join(', ')} (without \`type\`, an entry is an update)`,
  slug: 'lowercase kebab-case: a-z, 0-9 and single hyphens, such as xai-openai-training',
  draft: 'true or false',
  lang: `one of the site's languages (${LOCALES.join(', ')}), or a regional form such as en-GB`,
  translationOf: 'the slug of the original article in another language, such as xai-openai-training',
  image: `a photo ${fieldsOf(heroSchema)}`,
  'image.src': 'a path inside the content folder such as images/photo.jpg (JPEG, PNG, WebP or AVIF)',
  // At least 1: empty only for a decorative photo (heroSchema's refinements).
  'image.alt': `a description of what the photo shows (1–${maxLengthOf(hero.alt)} characters), for readers who cannot see it`,
  'image.credit': `who holds the rights, such as "Photo: Jane Doe / Agency" (${span(hero.credit)} characters)`,
  'image.caption': `a caption of ${span(hero.caption)} characters`,
  'image.decorative': 'true or false (true only for an image that adds nothing to the text; alt is then "")',
  '[]': `a topic ${fieldsOf(topicSchema)}`,
  '[].id': 'lowercase kebab-case, such as ethics-safety-regulation',
  '[].name': `a string of ${span(topic.name)} characters`,
  '[].description': `a string of ${span(topic.description)} characters`,
  '[].names': `a mapping of the site's languages (${LOCALES.join(', ')}) to names, such as tr: Etik`,
  '[].descriptions': `a mapping of the site's languages (${LOCALES.join(', ')}) to descriptions`,
  ...Object.fromEntries(LOCALES.flatMap((l) => [
    [`[].names.${l}`, `a name of ${span(topic.names.unwrap().valueType)} characters`],
    [`[].descriptions.${l}`, `a description of ${span(topic.descriptions.unwrap().valueType)} characters`],
  ])),
  '': `a list of topics, each ${fieldsOf(topicSchema)}`,
  kind: `one of ${KINDS.join(', ')} (the type of work; default explainer)`,
  sponsor: `the sponsor's name, ${span(fm.sponsor)} characters, with \`kind: sponsored\``,
  backstory: `how the brief was reported, ${fieldsOf(backstorySchema)}, at least one`,
  'backstory.methods': `how the reporting was done, ${span(backstorySchema.shape.methods)} characters of plain text`,
  'backstory.contacted': `who was contacted, ${span(backstorySchema.shape.contacted)} characters of plain text`,
  'backstory.unverified': `what could not be verified, ${span(backstorySchema.shape.unverified)} characters of plain text`,
};

/**
 * One name of a byline. `id` and `type` come from authors.yml; a site without authors.yml has
 * plain names (no id, shown as text), which structured data has always called a `Person`.
 */
export const bylineSchema = z.strictObject({
  name: z.string(),
  id: kebab.optional(),
  type: z.enum(['person', 'organization']),
  // From authors.yml (none for a plain name): what the byline of an opinion and the JSON-LD say of them.
  /** The role in the article's language, and `roleLang` when authors.yml has no translation (the default language's tag). */
  role: z.string().optional(),
  roleLang: z.string().optional(),
  expertise: z.array(z.string()).optional(),
  languages: z.array(z.string()).optional(),
  /** Their homepage, profile links and X/Twitter profile: JSON-LD `sameAs`. */
  sameAs: z.array(z.string()).optional(),
  twitter: z.string().optional(),
});

/** A level-2 heading of an article body, for the table of contents. */
export const sectionSchema = z.strictObject({ id: z.string(), title: z.string() });

/** A validated article, ready to render: the front matter normalised, plus what is computed from the body. */
export const articleSchema = z.strictObject({
  slug: kebab,
  /** The file it came from, for messages. */
  file: z.string(),
  title: z.string(),
  description: z.string(),
  /** `YYYY-MM-DD` or an ISO date-time, as the editor wrote it. */
  date: z.string().refine(isIsoDate),
  updated: z.string().refine(isIsoDate).optional(),
  /** The byline, in order: display names in the article's language, with their author id when authors.yml names them. */
  authors: z.array(bylineSchema).min(1),
  topic: topicSchema,
  tags: z.array(z.string()),
  summary: z.tuple([z.string(), z.string(), z.string()]),
  whyItMatters: z.array(z.string()).min(1),
  relevance: z.enum(['short-term', 'long-term', 'evergreen']).optional(),
  sources: z.array(sourceSchema),
  /** Newest first, each with its type (an entry written without one is an `update`). */
  updates: z.array(changeSchema),
  draft: z.boolean(),
  /** The language tag the editor wrote (or the default locale's). */
  lang: z.string(),
  /** The edition the article belongs to: the locale of its `lang`. */
  locale: z.enum(LOCALES),
  /** The slug of the original, when this article is a translation. */
  translationOf: kebab.optional(),
  /** Estimated minutes to read everything on the page, at least 1. */
  readingTime: z.number().int().min(1),
  sections: z.array(sectionSchema),
  /** Sanitised HTML of the body. */
  html: z.string(),
  /** The brief's photo. */
  image: pictureSchema.optional(),
  /** Every image file the brief shows (photo and body), each once: the build publishes them, the parse cache checks them. */
  images: z.array(imageSchema),
  /** The type of work, the sponsor of sponsored content, how it was reported. */
  kind: z.enum(KINDS),
  sponsor: z.string().optional(),
  backstory: backstorySchema.optional(),
});

export type FrontMatter = z.output<typeof frontMatterSchema>;
export type Article = z.output<typeof articleSchema>;
export type Section = z.output<typeof sectionSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Topic = z.output<typeof topicSchema>;
export type Author = z.output<typeof authorSchema>;
export type Byline = z.output<typeof bylineSchema>;
export type UpdateType = (typeof UPDATE_TYPES)[number];
export type Change = z.output<typeof changeSchema>;
export type Backstory = z.output<typeof backstorySchema>;
