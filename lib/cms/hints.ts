/**
 * The form's hints, in a newsroom's words: where the field shows, how long it may be (read from the zod
 * schema, so a changed bound changes the hint) and an example. Decap renders a hint as Markdown: syntax
 * meant to be read as typed is a code span. (lib/content/schema.ts's EXPECTED stays the wording of
 * `npm run check`'s errors.)
 */
import { backstorySchema, frontMatterSchema, heroSchema, sourceSchema, updateSchema } from '../content/schema';
import { locales, site } from '../site/config';
import { listBounds, maxLengthOf } from './bounds';

const shape = frontMatterSchema.shape;
const hero = heroSchema.shape;
const max = (schema: Parameters<typeof maxLengthOf>[0]) => `At most ${maxLengthOf(schema)} characters`;
const whyBounds = listBounds(shape.whyItMatters);

/** Each field's hint, by its path in the front matter (list items as `[]`). */
export const HINTS = {
  title: `The headline, on the brief's page, its cards, search results and share image. ${max(shape.title)}, such as “Regulators open an inquiry into model distillation”.`,
  description: `The dek: one or two sentences under the headline, also shown on cards, in feeds and in search results. ${max(shape.description)}.`,
  date: 'The day the brief is published (UTC), shown under the headline; lists are sorted by it.',
  updated: 'Set it when the brief changes after publication: the page shows it next to the date. Not before the date.',
  authors: 'Who wrote it, in byline order, shown under the headline and on each author’s page. At least one.',
  topic: 'The topic cluster it is filed under: its chip on the page and its topic page.',
  tags: 'Words that link related briefs, lowercase with hyphens, such as `ai-policy`.',
  summary: `Exactly ${listBounds(shape.summary).max} points, shown first as the 3-point summary. Each one sentence or two, ${max(shape.summary.def.items[0]).toLowerCase()}.`,
  whyItMatters: `${whyBounds.min} to ${whyBounds.max} points, shown under “Why it matters”. ${max(shape.whyItMatters.element)} each.`,
  relevance: 'How long the news stays relevant, shown as a signal on the page: short-term (days), long-term (months) or evergreen.',
  sources: 'The documents the brief rests on, listed with their links at its end.',
  'sources[].title': `The document's title as its publisher gives it. ${max(sourceSchema.shape.title)}.`,
  'sources[].url': 'Its address, starting with https:// (or http://).',
  'sources[].publisher': `Who published it, such as Reuters. ${max(sourceSchema.shape.publisher)}.`,
  updates: 'Corrections, clarifications and updates after publication, each dated and typed, listed at the end of the brief.',
  'updates[].date': 'The day of the correction or update. A correction, clarification or update becomes the brief’s “Updated” date; a typo fix does not.',
  'updates[].type': '`correction`: something was wrong; `clarification`: something could be misread (both shown at the top of the brief and on the corrections page). `update`: news since. `typo`: a minor fix, listed only here. Without a type, an entry is an update.',
  'updates[].note': `What changed, such as “An earlier version misnamed the regulator.” ${max(updateSchema.shape.note)}.`,
  draft: 'On: only editors see it (npm run dev). Turn off to publish it with the next build.',
  lang: `The brief's language. Empty means ${locales[site.defaultLocale].name}; a translation is made from its original's Translate link.`,
  translationOf: 'The original this brief translates: the file is named after it and both pages link to each other.',
  translationOfNew: 'The original this translates (originals with no translation into this language yet). The file is named after it and both pages link to each other.',
  image: 'A photo shown above the brief, on its cards and in its share image. Add one, then choose its file and give its alt text and credit.',
  'image.src': 'A JPEG, PNG, WebP or AVIF photo, uploaded to content/images/.',
  'image.alt': `What the photo shows, for readers who cannot see it. ${max(hero.alt)}, such as “Fishing boats moored in a harbour at dawn”.`,
  'image.credit': `Who holds the rights. ${max(hero.credit)}, such as “Photo: Jane Doe / Agency”.`,
  'image.caption': `Shown under the photo. ${max(hero.caption)}.`,
  'image.decorative': 'On only for a photo that adds nothing to the text: the page then gives it no alt text, and screen readers skip it.',
  body: 'Markdown. A `## Heading` per section (they make the table of contents); a picture as `![what it shows](images/x.jpg "Caption.")`.',
  kind: 'The type of work, labelled beside the topic on the brief and its cards: explainer (the default), news, analysis, opinion (each author’s role is shown by the byline) or sponsored (then name the sponsor).',
  sponsor: `Only for sponsored content, and required there: who paid for it, named in a disclosure at the top of the brief. ${max(shape.sponsor)}, such as “Acme Energy”.`,
  backstory: 'Optional: how the brief was reported, shown before the sources under “How we reported this”. Fill in the parts that apply; plain text.',
  'backstory.methods': `How the reporting was done, such as “We read the court filing and compared it with last year’s complaint.” ${max(backstorySchema.shape.methods)}.`,
  'backstory.contacted': `Who was asked for comment and whether they answered, such as “The regulator and both companies; the regulator declined to comment.” ${max(backstorySchema.shape.contacted)}.`,
  'backstory.unverified': `What could not be checked independently. ${max(backstorySchema.shape.unverified)}.`,
} as const satisfies Readonly<Record<string, string>>;

/** A field's hint. */
export type HintPath = keyof typeof HINTS;
