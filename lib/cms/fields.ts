/**
 * The CMS form of a brief, generated from the content contract (lib/content/schema.ts): every
 * front-matter key has a rule here (a field, or the reason it is not one), lengths and list bounds are
 * read from the zod schema, hints are the contract's own EXPECTED texts, options come from
 * topics.yml, authors.yml and the site's locales. What the form cannot express, `npm run check` and
 * the build still catch.
 */
import { z } from 'zod';
import { EXPECTED, frontMatterSchema, heroSchema, sourceSchema, updateSchema } from '../content/schema';
import type { Author, Topic } from '../content/schema';
import { KEBAB_CASE } from '../content/slug';
import { locales, LOCALES, type Locale } from '../site/config';

/** A Decap CMS field, as config.yml spells it. */
export interface CmsField {
  readonly name: string;
  readonly label: string;
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
}

/** What a form is built from. */
export interface FormContext {
  readonly topics: readonly Topic[];
  /** authors.yml's authors; `undefined` for a site without one (bylines are plain names). */
  readonly authors: readonly Author[] | undefined;
  /** The collection every brief is in, which `translationOf` picks from. */
  readonly briefsCollection: string;
  /** Set for a collection of one edition's translations: its `lang` is fixed and `translationOf` required. */
  readonly translationsInto?: Locale;
}

type FrontMatterKey = keyof typeof frontMatterSchema.shape;

/** Each key's field, or why the form leaves it out (the contract still accepts it in a file). */
type Rule = { readonly field: (context: FormContext) => CmsField } | { readonly notInForm: string };

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
const hint = (path: string): string => {
  const expected = EXPECTED[path];
  if (expected === undefined) throw new Error(`lib/content/schema.ts EXPECTED has no text for ${path}`);
  return sentence(expected);
};

/** The schema inside `.optional()` / `.default()`. */
function unwrapOptional(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def;
  return (def.type === 'optional' || def.type === 'default') && 'innerType' in def && def.innerType instanceof z.core.$ZodType ? unwrapOptional(def.innerType) : schema;
}

/** `maxLength` of a string schema (zod keeps it on the schema), for a pattern the form checks as the editor types. */
function maxLengthOf(schema: z.core.$ZodType): number {
  const inner = unwrapOptional(schema);
  if (!('maxLength' in inner) || typeof inner.maxLength !== 'number') throw new Error('expected a string schema with a maximum length');
  return inner.maxLength;
}

/** A list schema's `min`/`max` (`.min(n)`, `.max(n)` checks); a tuple's is its length. */
function listBounds(schema: z.core.$ZodType): { min?: number; max?: number } {
  const def = unwrapOptional(schema)._zod.def;
  if (def.type === 'tuple' && 'items' in def && Array.isArray(def.items)) return { min: def.items.length, max: def.items.length };
  const bounds: { min?: number; max?: number } = {};
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' && 'minimum' in c && typeof c.minimum === 'number') bounds.min = c.minimum;
    if (c.check === 'max_length' && 'maximum' in c && typeof c.maximum === 'number') bounds.max = c.maximum;
  }
  return bounds;
}

const atMost = (max: number): readonly [string, string] => [`^[\\s\\S]{0,${max}}$`, `At most ${max} characters.`];
const kebab: readonly [string, string] = [KEBAB_CASE.source, 'Lowercase kebab-case: a-z, 0-9 and single hyphens, such as ai-policy.'];
const httpUrl: readonly [string, string] = ['^https?://\\S+$', 'An absolute http:// or https:// URL.'];

const shape = frontMatterSchema.shape;
const hero = heroSchema.shape;

function text(name: string, label: string, schema: z.ZodType, path = name, widget = 'string'): CmsField {
  const optional = schema.safeParse(undefined).success;
  return { name, label, widget, ...(optional ? { required: false } : {}), pattern: atMost(maxLengthOf(schema)), hint: hint(path) };
}

/**
 * A date as the contract writes it: `YYYY-MM-DD`, picked in UTC (the site's time zone). `today`: a new
 * brief starts with today's date (not in a list: Decap would then start the list with an item).
 */
const date = (name: string, label: string, path: string, required: 'today' | boolean): CmsField => ({
  name, label, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true,
  ...(required === 'today' ? { default: '{{now}}' } : required ? {} : { required: false }), hint: hint(path),
});

/** A list of plain strings, each checked as typed. */
const points = (name: string, label: string, list: z.ZodType, item: z.ZodType): CmsField => ({
  // Open: a few sentences an editor reads and edits together (Decap folds a saved list's items by default).
  name, label, widget: 'list', collapsed: false, ...listBounds(list), hint: hint(name),
  field: { name: 'point', label: 'Point', widget: 'text', pattern: atMost(maxLengthOf(item)) },
});

const authorOptions = (authors: readonly Author[]) => authors.map((a) => ({ label: a.name, value: a.id }));
/** A plain name's length (a site without authors.yml). */
const nameLength = atMost(maxLengthOf(shape.authors.unwrap().element));

const RULES: { readonly [K in FrontMatterKey]: Rule } = {
  title: { field: () => text('title', 'Title', shape.title) },
  description: { field: () => text('description', 'Description (dek)', shape.description, 'description', 'text') },
  date: { field: () => date('date', 'Date', 'date', 'today') },
  updated: { field: () => date('updated', 'Updated', 'updated', false) },
  author: {
    field: ({ authors }) => ({
      name: 'author', label: 'Author', required: false,
      ...(authors ? { widget: 'select', options: authorOptions(authors) } : { widget: 'string', pattern: nameLength }),
      hint: 'The byline, one author. For several, leave this empty and use Authors.',
    }),
  },
  authors: {
    field: ({ authors }) => ({
      name: 'authors', label: 'Authors', required: false,
      ...(authors
        ? { widget: 'select', multiple: true, options: authorOptions(authors) }
        : { widget: 'list', field: { name: 'name', label: 'Name', widget: 'string', pattern: nameLength } }),
      hint: 'Several authors, in byline order, instead of Author.',
    }),
  },
  topic: { field: ({ topics }) => ({ name: 'topic', label: 'Topic cluster', widget: 'select', options: topics.map((t) => ({ label: t.name, value: t.id })), hint: 'The topic cluster (topics.yml).' }) },
  tags: { field: () => ({ name: 'tags', label: 'Tags', widget: 'list', required: false, collapsed: false, hint: hint('tags'), field: { name: 'tag', label: 'Tag', widget: 'string', pattern: kebab } }) },
  summary: { field: () => points('summary', 'Summary', shape.summary, shape.summary.def.items[0]) },
  whyItMatters: { field: () => points('whyItMatters', 'Why it matters', shape.whyItMatters, shape.whyItMatters.element) },
  relevance: {
    field: () => ({ name: 'relevance', label: 'Relevance', widget: 'select', required: false, options: shape.relevance.unwrap().options.map((value) => ({ label: value, value })), hint: hint('relevance') }),
  },
  sources: {
    field: () => ({
      name: 'sources', label: 'Sources', widget: 'list', required: false, summary: '{{fields.title}}', hint: hint('sources'),
      fields: [
        text('title', 'Title', sourceSchema.shape.title, 'sources[].title'),
        { name: 'url', label: 'URL', widget: 'string', pattern: httpUrl, hint: hint('sources[].url') },
        text('publisher', 'Publisher', sourceSchema.shape.publisher, 'sources[].publisher'),
      ],
    }),
  },
  updates: {
    field: () => ({
      name: 'updates', label: 'Corrections and updates', widget: 'list', required: false, summary: '{{fields.date}}: {{fields.note}}', hint: hint('updates'),
      fields: [date('date', 'Date', 'updates[].date', true), text('note', 'Note', updateSchema.shape.note, 'updates[].note', 'text')],
    }),
  },
  slug: { notInForm: 'the file name is the slug: the form names a new file from its title (a translation from its original)' },
  draft: { field: () => ({ name: 'draft', label: 'Draft', widget: 'boolean', required: false, default: false, hint: 'Drafts are left out of the published site and shown with a "Draft" label in development.' }) },
  lang: {
    field: ({ translationsInto }) =>
      translationsInto
        ? { name: 'lang', label: 'Language', widget: 'hidden', default: locales[translationsInto].lang }
        : { name: 'lang', label: 'Language', widget: 'select', required: false, options: LOCALES.map((l) => ({ label: locales[l].name, value: locales[l].lang })), hint: `${hint('lang')} Empty means ${locales.en.name}.` },
  },
  translationOf: {
    field: ({ translationsInto, briefsCollection }) => ({
      name: 'translationOf', label: 'Translation of', widget: 'relation', collection: briefsCollection,
      value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'],
      ...(translationsInto ? {} : { required: false }),
      hint: translationsInto ? 'The original brief this translates: the file is named after it, and both link to each other.' : hint('translationOf'),
    }),
  },
  image: {
    field: () => ({
      name: 'image', label: 'Photo', widget: 'object', required: false, collapsed: true, hint: hint('image'),
      fields: [
        // Decap checks an optional object's required fields even when it is left empty: the photo's
        // required parts are checked on save instead (public/admin/brief-cms.js), and by check.
        { name: 'src', label: 'Image file', widget: 'image', required: false, choose_url: false, hint: hint('image.src') },
        { ...text('alt', 'Alternative text', hero.alt, 'image.alt'), required: false },
        { ...text('credit', 'Credit', hero.credit, 'image.credit'), required: false },
        text('caption', 'Caption', hero.caption, 'image.caption'),
        { name: 'decorative', label: 'Decorative', widget: 'boolean', required: false, default: false, hint: hint('image.decorative') },
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
  name: 'body', label: 'Body', widget: 'markdown', modes: ['raw', 'rich_text'], sanitize_preview: true,
  hint: 'Markdown. A ## heading per section (they make the table of contents); images as ![what it shows](images/x.jpg "Caption.").',
};

/** A brief's fields, in the order of the README's front-matter table, then the body. */
export function briefFields(context: FormContext): CmsField[] {
  return [...Object.values(RULES).flatMap((rule) => ('field' in rule ? [rule.field(context)] : [])), body];
}
