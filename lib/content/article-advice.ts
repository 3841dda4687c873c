/** What `npm run check` advises about an article that passed its checks: warnings, never a failure. */
import type { ContentIssue } from './error';
import { toTime } from './dates';
import { lastModified } from './changes';
import type { RenderedMarkdown } from './markdown';
import type { Article } from './schema';
import type { ParsedYaml } from './yaml';

/** Thresholds of `npm run check`'s warnings (advice, never a failure). */
const ADVICE = { summaryPointChars: 200, descriptionChars: 160, shortTermDays: 90 } as const;

/** Advice on the front matter: long points, a long dek, no sources, a stale short-term brief. */
export function adviseOn(article: Article, yaml: ParsedYaml, now: number): ContentIssue[] {
  const warn = (field: string, message: string, path: readonly PropertyKey[]): ContentIssue => ({
    file: article.file,
    field,
    message,
    severity: 'warning',
    ...yaml.locate(path),
  });
  const warnings: ContentIssue[] = [];
  article.summary.forEach((point, index) => {
    if (point.length > ADVICE.summaryPointChars) {
      warnings.push(warn(`summary[${index}]`, `point is ${point.length} characters; keep summary points to ${ADVICE.summaryPointChars} or fewer`, ['summary', index]));
    }
  });
  if (article.description.length > ADVICE.descriptionChars) {
    warnings.push(warn('description', `is ${article.description.length} characters; search results cut descriptions after about ${ADVICE.descriptionChars}`, ['description']));
  }
  if (article.sources.length === 0) {
    warnings.push(warn('sources', 'no sources listed; readers trust briefs that cite them', []));
  }
  const ageDays = Math.floor((now - toTime(lastModified(article))) / 86_400_000);
  if (article.relevance === 'short-term' && ageDays > ADVICE.shortTermDays) {
    warnings.push(warn('relevance', `short-term brief last dated ${ageDays} days ago (over ${ADVICE.shortTermDays}); update it or change its relevance`, ['relevance']));
  }
  // An opinion's byline shows each author's role (authors.yml): a plain name has none, so readers cannot tell who is speaking.
  const roleless = article.kind === 'opinion' ? article.authors.filter((a) => a.role === undefined) : [];
  if (roleless.length > 0) {
    warnings.push(warn('kind', `an opinion shows each author's role beside their name; ${roleless.map((a) => JSON.stringify(a.name)).join(', ')} ${roleless.length === 1 ? 'has' : 'have'} none (a plain name): give them an entry with a role in authors.yml`, ['kind']));
  }
  return warnings;
}

/** Advice on the body, at its lines: headings moved to keep the outline, a level-1 heading, links to no heading. */
export function bodyWarnings(rendered: RenderedMarkdown, bodyStart: number, file: string): ContentIssue[] {
  const warn = (line: number, message: string): ContentIssue => ({ file, field: 'body', message, severity: 'warning', line: bodyStart + line - 1, column: 1 });
  return [
    ...rendered.headingSkips.map(({ line, found, shown }) =>
      warn(line, `a level-${found} heading (${'#'.repeat(found)}) right after level ${shown - 1}; it is shown as level ${shown} (${'#'.repeat(shown)}) so the page's outline skips no level: write it that way`),
    ),
    ...rendered.titleHeadings.map((line) =>
      warn(line, 'a level-1 heading (#): the title is the page\'s only level-1 heading, so every heading of this body is shown one level lower; start the body at ## instead'),
    ),
    ...rendered.deadFragments.map(({ line, fragment }) => warn(line, `a link to #${fragment}, which no heading of this brief has; it is shown as plain text`)),
  ];
}
