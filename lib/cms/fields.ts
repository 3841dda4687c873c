/**
 * The CMS form of a brief, generated from the content contract (lib/content/schema.ts): every
 * front-matter key has a rule here (a field, or the reason it is not one), lengths and list bounds are
 * read from the zod schema, hints are a newsroom's (lib/cms/hints.ts), options come from topics.yml,
 * authors.yml, the site's locales and the briefs themselves. What the form cannot express,
 * `npm run check` and the build still catch.
 */
import type { z } from 'zod';
import { backstorySchema, frontMatterSchema, heroSchema, KINDS, sourceSchema, UPDATE_TYPES, updateSchema } from '../content/schema';
import type { Author, Topic } from '../content/schema';
import { KEBAB_CASE } from '../content/slug';
import { locales, LOCALES, site, type Locale } from '../site/config';
import { edition } from '../edition/i18n';
import { listBounds, maxLengthOf } from './bounds';
import { HINTS, type HintPath } from './hints';

/** A Decap CMS field, as config.yml spells it. */
export interface CmsField {
  readonly name: string;
  readonly label: string;
  readonly label_singular?: string;
  readonly widget: string;
  readonly required?: boolean;
  readonly hint?: string;
  readonly default?: string | boolean;
  readonly pattern?: readonly [regex: string, message: string];
  readonly min?: number;
  readonly max?: number;
  readonly options?: readonly { readonly label: string; readonly value: string }[];
  readonly multiple?: boolean;
  readonly field?: CmsField;
  readonly fields?: readonly CmsField[];
  readonly summary?: string;
  readonly collapsed?: boolean;
  readonly modes?: readonly string[];
  readonly sanitize_preview?: boolean;
  readonly format?: string;
  readonly date_format?: string;
  readonly time_format?: boolean;
  readonly picker_utc?: boolean;
  readonly collection?: string;
  readonly value_field?: string;
  readonly search_fields?: readonly string[];
  readonly display_fields?: readonly string[];
  readonly choose_url?: boolean;
  /** `brief-language`: the other editions to translate into, and the default language's tag. */
  readonly editions?: readonly OtherEdition[];
  readonly default_lang?: string;
  /** `brief-original`: every original's title by slug. */
  readonly titles?: Readonly<Record<string, string>>;
}

/** An original brief a translation can be made from. */
export interface Original {
  readonly slug: string;
  readonly title: string;
}

/** What a form is built from. */
export interface FormContext {
  readonly topics: readonly Topic[];
  /** authors.yml's authors; `undefined` for a site without one (bylines are plain names). */
  readonly authors: readonly Author[] | undefined;
  /** The collection every brief is in, which `translationOf` picks from when the briefs are not known. */
  readonly briefsCollection: string;
  /** Set for a collection of one edition's translations: its `lang` is fixed and `translationOf` required. */
  readonly translationsInto?: Locale;
  /**
   * For a collection of translations: the originals that can take one (in the default language, not
   * translations, not yet translated into it), which "Translation of" offers; and every original's title,
   * so an existing translation still shows its own. Without them the field picks from every brief.
   */
  readonly originals?: { readonly open: readonly Original[]; readonly all: readonly Original[] };
  /** For the collection of every brief: each other edition's translations collection, and the originals it has a translation of. */
  readonly editions?: readonly OtherEdition[];
}

/** Another edition, as an original's Translate links need it. */
export interface OtherEdition {
  readonly collection: string;
  readonly name: string;
  readonly translated: readonly string[];
}

type FrontMatterKey = keyof typeof frontMatterSchema.shape;

/** Each key's field, or why the form leaves it out (the contract still accepts it in a file). */
type Rule = { readonly field: (context: FormContext) => CmsField } | { readonly notInForm: string };

const atMost = (max: number): readonly [string, string] => [`^[\\s\\S]{0,${max}}$`, `At most ${max} characters.`];
const kebab: readonly [string, string] = [KEBAB_CASE.source, 'Lowercase words joined by single hyphens (a-z, 0-9), such as ai-policy.'];
const httpUrl: readonly [string, string] = ['^https?://\\S+$', 'An address starting with https:// or http://, such as https://example.com/report.'];

const shape = frontMatterSchema.shape;
const hero = heroSchema.shape;

function text(name: string, label: string, schema: z.ZodType, path: HintPath, widget = 'string'): CmsField {
  const optional = schema.safeParse(undefined).success;
  return { name, label, widget, ...(optional ? { required: false } : {}), pattern: atMost(maxLengthOf(schema)), hint: HINTS[path] };
}

/**
 * A date as the contract writes it: `YYYY-MM-DD`, picked in UTC (the site's time zone). `today`: a new
 * brief starts with today's date (not in a list: Decap would then start the list with an item).
 */
const date = (name: string, label: string, path: HintPath, required: 'today' | boolean): CmsField => ({
  name, label, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true,
  ...(required === 'today' ? { default: '{{now}}' } : required ? {} : { required: false }), hint: HINTS[path],
});

/** A list of plain strings, each checked as typed. */
const points = (name: 'summary' | 'whyItMatters', label: string, list: z.ZodType, item: z.ZodType): CmsField => ({
  // Open: a few sentences an editor reads and edits together (Decap folds a saved list's items by default).
  name, label, widget: 'list', collapsed: false, ...listBounds(list), hint: HINTS[name],
  field: { name: 'point', label: 'Point', widget: 'text', pattern: atMost(maxLengthOf(item)) },
});

const authorOptions = (authors: readonly Author[]) => authors.map((a) => ({ label: a.name, value: a.id }));
/** A plain name's length (a site without authors.yml). */
const nameLength = atMost(maxLengthOf(shape.authors.unwrap().element));

/** "Translation of": the originals that can take a translation, each once. */
function translationOf({ translationsInto, briefsCollection, originals }: FormContext): CmsField {
  if (translationsInto && originals) {
    return {
      // A select (public/admin/brief-cms.js's `brief-original` adds an existing translation's own original to it).
      name: 'translationOf', label: 'Translation of', widget: 'brief-original',
      options: originals.open.map((o) => ({ label: o.title, value: o.slug })),
      titles: Object.fromEntries(originals.all.map((o) => [o.slug, o.title])),
      hint: HINTS.translationOfNew,
    };
  }
  return {
    name: 'translationOf', label: 'Translation of', widget: 'relation', collection: briefsCollection,
    value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'],
    ...(translationsInto ? {} : { required: false }), hint: HINTS.translationOf,
  };
}

const RULES: { readonly [K in FrontMatterKey]: Rule } = {
  title: { field: () => text('title', 'Title', shape.title, 'title') },
  description: { field: () => text('description', 'Description (dek)', shape.description, 'description', 'text') },
  date: { field: () => date('date', 'Date', 'date', 'today') },
  updated: { field: () => date('updated', 'Updated', 'updated', false) },
  author: { notInForm: 'the Byline field holds it: the CMS\'s format (public/admin/brief-format.js) reads `author:` into Byline and writes one name back as `author:`' },
  authors: {
    // One byline field, required: a brief has one author or several (the contract's `author` / `authors`).
    field: ({ authors }) => ({
      name: 'authors', label: 'Byline', min: 1,
      ...(authors
        ? { widget: 'select', multiple: true, options: authorOptions(authors) }
        : { widget: 'list', field: { name: 'name', label: 'Name', widget: 'string', pattern: nameLength } }),
      hint: HINTS.authors,
    }),
  },
  topic: {
    field: ({ topics, translationsInto }) => {
      // A translation's form names the topics in its language.
      const name = edition(translationsInto ?? site.defaultLocale).topicName;
      return { name: 'topic', label: 'Topic cluster', widget: 'select', options: topics.map((t) => ({ label: name(t), value: t.id })), hint: HINTS.topic };
    },
  },
  tags: {
    field: ({ translationsInto }) => ({
      name: 'tags', label: 'Tags', widget: 'list', required: false, collapsed: false, hint: HINTS.tags,
      // `multiple`: a link to a new translation carries the original's tags as `tags=a,b` (Decap splits a
      // prefilled value at commas only for a field marked multiple; tags hold no commas).
      ...(translationsInto ? { multiple: true } : {}),
      field: { name: 'tag', label: 'Tag', widget: 'string', pattern: kebab },
    }),
  },
  summary: { field: () => points('summary', 'Summary', shape.summary, shape.summary.def.items[0]) },
  whyItMatters: { field: () => points('whyItMatters', 'Why it matters', shape.whyItMatters, shape.whyItMatters.element) },
  relevance: {
    field: () => ({ name: 'relevance', label: 'Relevance', widget: 'select', required: false, options: shape.relevance.unwrap().options.map((value) => ({ label: value, value })), hint: HINTS.relevance }),
  },
  sources: {
    field: () => ({
      name: 'sources', label: 'Sources', label_singular: 'source', widget: 'list', required: false, summary: '{{fields.title}}', hint: HINTS.sources,
      fields: [
        text('title', 'Title', sourceSchema.shape.title, 'sources[].title'),
        { name: 'url', label: 'URL', widget: 'string', pattern: httpUrl, hint: HINTS['sources[].url'] },
        text('publisher', 'Publisher', sourceSchema.shape.publisher, 'sources[].publisher'),
      ],
    }),
  },
  updates: {
    field: () => ({
      name: 'updates', label: 'Corrections and updates', label_singular: 'correction or update', widget: 'list', required: false, summary: '{{fields.date}} ({{fields.type}}): {{fields.note}}', hint: HINTS.updates,
      fields: [
        date('date', 'Date', 'updates[].date', true),
        // The four types of the contract. No `default`: a default in a list's item makes Decap start every
        // new brief's list with an empty item, which blocks Publish; an entry left without one is an update.
        { name: 'type', label: 'Type', widget: 'select', required: false, options: UPDATE_TYPES.map((value) => ({ label: value, value })), hint: HINTS['updates[].type'] },
        text('note', 'Note', updateSchema.shape.note, 'updates[].note', 'text'),
      ],
    }),
  },
  slug: { notInForm: 'the file name is the slug: the form names a new file from its title (a translation from its original)' },
  // A new brief is a draft, as `npm run new` writes it: publishing is a decision, not the default.
  draft: { field: () => ({ name: 'draft', label: 'Draft', widget: 'boolean', required: false, default: true, hint: HINTS.draft }) },
  lang: {
    field: ({ translationsInto, editions }) =>
      translationsInto
        ? { name: 'lang', label: 'Language', widget: 'hidden', default: locales[translationsInto].lang }
        : {
          // A select, with the original's Translate links under it (public/admin/brief-cms.js).
          name: 'lang', label: 'Language', widget: 'brief-language', required: false, options: LOCALES.map((l) => ({ label: locales[l].name, value: locales[l].lang })), hint: HINTS.lang,
          default_lang: locales[site.defaultLocale].lang, editions: editions ?? [],
        },
  },
  translationOf: { field: translationOf },
  image: {
    field: ({ translationsInto }) => ({
      // A list of at most one photo: Decap checks an optional object's required parts even when it is
      // left empty (decap-cms#7748), a list's only when it has an item. The format (public/admin/brief-format.js)
      // reads `image:` into it and writes the one item back as `image:`. "Add photo" starts one.
      name: 'image', label: 'Photo', label_singular: 'photo', widget: 'list', required: false, max: 1, collapsed: false, summary: '{{fields.src}}', hint: HINTS.image,
      fields: [
        { name: 'src', label: 'Image file', widget: 'image', choose_url: false, hint: HINTS['image.src'] },
        text('alt', 'Alternative text', hero.alt, 'image.alt'),
        // In a translation, a Translate link fills it in (public/admin/brief-cms.js `brief-prefilled` undoes Decap's escaping).
        { ...text('credit', 'Credit', hero.credit, 'image.credit'), ...(translationsInto ? { widget: 'brief-prefilled' } : {}) },
        text('caption', 'Caption', hero.caption, 'image.caption'),
        // No default: a `false` would make every new brief start with a photo item to fill in.
        { name: 'decorative', label: 'Decorative', widget: 'boolean', required: false, hint: HINTS['image.decorative'] },
      ],
    }),
  },
  // The type of work (explainer by default), a sponsored brief's sponsor, and "How we reported this".
  kind: {
    field: () => ({ name: 'kind', label: 'Type of work', widget: 'select', required: false, default: 'explainer', options: KINDS.map((value) => ({ label: edition(site.defaultLocale).t.kinds[value], value })), hint: HINTS.kind }),
  },
  // In a translation, a Translate link fills it in with the type of work (public/admin/brief-cms.js `brief-prefilled`).
  sponsor: { field: ({ translationsInto }) => ({ ...text('sponsor', 'Sponsor', shape.sponsor, 'sponsor'), ...(translationsInto ? { widget: 'brief-prefilled' } : {}) }) },
  backstory: {
    field: () => ({
      // Every part optional (Decap then checks none of them on a brief without one); the format writes no empty part (public/admin/brief-format.js).
      name: 'backstory', label: 'How we reported this', widget: 'object', required: false, collapsed: true, hint: HINTS.backstory,
      fields: [
        text('methods', 'Methods', backstorySchema.shape.methods, 'backstory.methods', 'text'),
        text('contacted', 'Who we contacted', backstorySchema.shape.contacted, 'backstory.contacted', 'text'),
        text('unverified', 'What we could not verify', backstorySchema.shape.unverified, 'backstory.unverified', 'text'),
      ],
    }),
  },
};

/** Front-matter keys the form leaves out, with why. */
export const NOT_IN_FORM: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(RULES).flatMap(([key, rule]) => ('notInForm' in rule ? [[key, rule.notInForm]] : [])),
);

/** The body: Markdown first (the rich-text mode escapes Markdown it does not know). */
const body: CmsField = {
  // sanitize_preview: the preview drops raw HTML's scripts and handlers (Decap 3's default, said here so
  // it stays); /admin/'s policy allows no inline script either.
  name: 'body', label: 'Body', widget: 'markdown', modes: ['raw', 'rich_text'], sanitize_preview: true, hint: HINTS.body,
};

/** A brief's fields, in the order of docs/editing.md's front-matter table, then the body. */
export function briefFields(context: FormContext): CmsField[] {
  return [...Object.values(RULES).flatMap((rule) => ('field' in rule ? [rule.field(context)] : [])), body];
}
