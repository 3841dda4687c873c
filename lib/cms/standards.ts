/**
 * The CMS's "Standards pages" collection: a files collection of exactly the pages content/pages/
 * accepts (lib/content/pages.ts), one entry per page and edition, so an editor can neither invent a
 * sixth page nor misname a file. Each is optional: opening one that does not exist yet and saving it
 * creates it. No preview template: the CMS shows the fields as they are.
 */
import { ALLOWED_PAGE_FILES, STANDARDS_PAGES, pageFrontMatterSchema } from '../content/pages';
import { PAGES_FOLDER } from '../content/loader';
import { maxLengthOf } from '../content/bounds';
import { locales, LOCALES, site } from '../site/config';
import { edition } from '../edition/i18n';
import type { CmsField } from './fields';

export const STANDARDS_COLLECTION = 'standards';

const atMost = (max: number): readonly [string, string] => [`^[\\s\\S]{0,${max}}$`, `At most ${max} characters.`];
const shape = pageFrontMatterSchema.shape;

/** A standards page's form: its title, its dek, the date it last changed, and its text. */
const fields: readonly CmsField[] = [
  { name: 'title', label: 'Title', widget: 'string', pattern: atMost(maxLengthOf(shape.title)), hint: 'The page’s heading, such as "Corrections policy".' },
  { name: 'description', label: 'Description', widget: 'text', pattern: atMost(maxLengthOf(shape.description)), hint: 'One sentence saying what the page is: shown under the title, in search results and in the About page’s list.' },
  {
    name: 'updated', label: 'Last updated', widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true, required: false,
    hint: 'When the policy last changed in substance: shown under the title. Leave it empty if you prefer not to date the page.',
  },
  { name: 'body', label: 'Text', widget: 'markdown', modes: ['raw', 'rich_text'], sanitize_preview: true, hint: 'Markdown, as in a brief. Text only: no images.' },
];

/** The collection, for config.yml: `contentFolder` is the content folder relative to the repository's root. */
export function standardsCollection(contentFolder: string, format: string) {
  return {
    name: STANDARDS_COLLECTION,
    label: 'Standards pages',
    label_singular: 'Standards page',
    description: `About, Ethics and standards, Corrections policy, Masthead and Contact, each optional, in each language: ${ALLOWED_PAGE_FILES} in ${PAGES_FOLDER}/. The footer links those that exist.`,
    format,
    files: LOCALES.flatMap((locale) =>
      STANDARDS_PAGES.map((name) => {
        const suffix = locale === site.defaultLocale ? '' : `.${locale}`;
        return {
          name: `${name}${suffix.replace('.', '-')}`,
          label: `${edition(site.defaultLocale).t.standardsNames[name]} (${locales[locale].name})`,
          file: `${contentFolder}/${PAGES_FOLDER}/${name}${suffix}.md`,
          fields,
        };
      }),
    ),
  };
}
