/** Console wording shared by `npm run check` and `npm run build`, so both count content the same way. */
import type { Content } from '../content/loader';
import { formatIssue, type ContentError } from '../content/error';
import { LOCALES } from '../site/config';

/** `1 article`, `2 articles`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `N articles valid (P to publish, D drafts; en 2, tr 1), T topics`: the count the build prints and the tests read. */
export function contentSummary({ articles, topics, pages = [] }: Pick<Content, 'articles' | 'topics'> & Partial<Pick<Content, 'pages'>>): string {
  const drafts = articles.filter((a) => a.draft).length;
  const editions = LOCALES.map((locale) => `${locale} ${articles.filter((a) => a.locale === locale).length}`).join(', ');
  // The standards pages of content/pages/, when there are some: nothing an editor wrote goes uncounted.
  const standards = pages.length > 0 ? `, ${plural(pages.length, 'standards page')}` : '';
  return `${plural(articles.length, 'article')} valid (${articles.length - drafts} to publish, ${plural(drafts, 'draft')}; ${editions}), ${plural(topics.length, 'topic')}${standards}`;
}

/** Prints every problem of a `ContentError`, one `path:line:column: field: message` line each. */
export function printIssues(error: ContentError): void {
  for (const issue of error.issues) console.error(formatIssue(issue));
}
