/**
 * Standards pages: About, Ethics and standards, Corrections policy, Masthead and Contact, written as
 * Markdown with front matter in the content folder's `pages/` (`ethics.md`, and `ethics.tr.md` for the
 * Turkish edition). Each is optional, per edition. A page is checked like a brief (the same reading
 * steps, the same bounds for its title and dek, the same Markdown pipeline and sanitiser), and every
 * problem names the file, the field and what was expected. Pure: the loader reads the files.
 *
 * A Turkish page is matched to its English one by its file name, not by `translationOf`: only five
 * names are allowed, so the name already says which page it is, and a second way to say it could only
 * disagree with the first.
 */
import { z } from 'zod';
import { ContentError, type ContentIssue } from './error';
import { frontMatterSchema } from './schema';
import { schemaIssues, type IssueWording } from './issues';
import { issuerFor, readArticle } from './article-source';
import { renderMarkdown } from './markdown';
import { checkBudget } from './limits';
import { isPlaceholder } from './skeleton';
import { span } from './bounds';
import { isIsoDate } from './dates';
import { LOCALES, locales, site, type Locale } from '../site/config';

/** The standards pages a site may have, in the order the footer and the About page list them. */
export const STANDARDS_PAGES = ['about', 'ethics', 'corrections-policy', 'masthead', 'contact'] as const;
export type StandardsName = (typeof STANDARDS_PAGES)[number];

/** The editions other than the default one: their pages end in `.<locale>.md`. */
const OTHER_LOCALES = LOCALES.filter((l) => l !== site.defaultLocale);

/** The file names `pages/` accepts, as messages list them: `about.md, ethics.md, … (and about.tr.md … for Turkish)`. */
export const ALLOWED_PAGE_FILES = `${STANDARDS_PAGES.map((n) => `${n}.md`).join(', ')}${OTHER_LOCALES.map((l) => ` (or <name>.${l}.md for the ${locales[l].name} edition)`).join('')}`;

/** A page's name and edition from its file name (`ethics.tr.md` → ethics, tr), or `undefined` for a name `pages/` does not accept. */
export function pageOfFile(fileName: string): { name: StandardsName; locale: Locale } | undefined {
  const match = /^([a-z-]+)(?:\.([a-z]{2,3}))?\.md$/.exec(fileName);
  const name = STANDARDS_PAGES.find((n) => n === match?.[1]);
  const suffix = match?.[2];
  if (name === undefined) return undefined;
  if (suffix === undefined) return { name, locale: site.defaultLocale };
  const locale = OTHER_LOCALES.find((l) => l === suffix);
  return locale === undefined ? undefined : { name, locale };
}

/** The problem of a file in `pages/` whose name is not one of the standards pages. */
export const unknownPageFile = (file: string): ContentIssue => ({
  file,
  field: 'file',
  message: `expected one of the standards pages ${ALLOWED_PAGE_FILES}, found a file of another name: rename it, or move it out of pages/`,
});

const brief = frontMatterSchema.shape;

/** A standards page's front matter: a title and a dek bounded like a brief's, and an optional date of its last substantive change. */
export const pageFrontMatterSchema = z.strictObject({
  title: brief.title,
  description: brief.description,
  updated: brief.updated,
});

/** What each field of a standards page expects, in the words error messages use. */
export const PAGE_EXPECTED: Readonly<Record<string, string>> = {
  title: `a string of ${span(brief.title)} characters`,
  description: `a string of ${span(brief.description)} characters (one sentence saying what the page is)`,
  updated: 'a date as YYYY-MM-DD or an ISO date-time: when the policy last changed',
};

const WORDING: IssueWording = { schema: pageFrontMatterSchema, expected: PAGE_EXPECTED, whole: '', unknownKeys: 'each', required: true, refinements: true };

/** A checked standards page, ready to render. */
export const standardsPageSchema = z.strictObject({
  name: z.enum(STANDARDS_PAGES),
  /** The edition it belongs to (its file name says which). */
  locale: z.enum(LOCALES),
  /** The file it came from, for messages. */
  file: z.string(),
  title: z.string(),
  description: z.string(),
  updated: z.string().refine(isIsoDate).optional(),
  /** Sanitised HTML of the body. */
  html: z.string(),
});
export type StandardsPage = z.output<typeof standardsPageSchema>;

/** Standards pages show text only: a body image has nowhere to be published from. */
const noImages = async () => ({ problem: 'expected text only: a standards page cannot show images (link to them instead)' });

/** Checks one page file (`fileName` is its name in `pages/`, `file` its path as messages show it): the page, or every problem found. */
export async function checkPage(raw: string, fileName: string, file: string): Promise<{ page: StandardsPage; issues: [] } | { page: null; issues: ContentIssue[] }> {
  const which = pageOfFile(fileName);
  if (!which) return { page: null, issues: [unknownPageFile(file)] };
  const source = readArticle(raw, file);
  if (Array.isArray(source)) return { page: null, issues: source };
  const issue = issuerFor(file);
  const { yaml, body, bodyStart } = source;
  const parsed = pageFrontMatterSchema.safeParse(source.fields, { reportInput: true });
  const issues = parsed.success ? [] : schemaIssues(parsed.error.issues, file, yaml, WORDING);
  if (body.trim() === '') issues.push(issue('body', 'expected the page text below the front matter, found nothing'));
  body.split('\n').forEach((line, index) => {
    if (isPlaceholder(line)) issues.push(issue('body', 'replace the TODO placeholder with real text', { line: bodyStart + index, column: 1 }));
  });
  issues.push(...checkBudget(body).map((p) => issue('body', p.message, { line: bodyStart + p.line - 1, column: 1 })));
  if (!parsed.success || issues.length > 0) return { page: null, issues };
  const rendered = await renderMarkdown(body, which.locale, { images: noImages });
  const imageIssues = rendered.imageProblems.map((p) => issue('body', p.message, { line: bodyStart + p.line - 1, column: p.column }));
  if (imageIssues.length > 0) return { page: null, issues: imageIssues };
  const fm = parsed.data;
  return {
    page: { name: which.name, locale: which.locale, file, title: fm.title, description: fm.description, ...(fm.updated === undefined ? {} : { updated: fm.updated }), html: rendered.html },
    issues: [],
  };
}

/** Like `checkPage`, but throws a `ContentError` listing the file's problems. */
export async function parsePage(raw: string, fileName: string, file: string): Promise<StandardsPage> {
  const result = await checkPage(raw, fileName, file);
  if (!result.page) throw new ContentError(result.issues);
  return result.page;
}

/** Pages in the order readers see them: by edition, then in `STANDARDS_PAGES`' order. */
export const sortPages = (pages: readonly StandardsPage[]): StandardsPage[] =>
  [...pages].sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale) || STANDARDS_PAGES.indexOf(a.name) - STANDARDS_PAGES.indexOf(b.name));
