/**
 * `npm run check`: validates CONTENT_DIR with exactly the code the build uses, without building.
 * Prints every problem as `path:line:column: field: message` (warnings marked `warning:`), then a
 * one-line total; exits 1 on any error. Warnings never fail.
 */
import path from 'node:path';
import { ContentError, formatIssue } from '../lib/content-error';
import { loadContent } from '../lib/content';
import { site } from '../lib/site';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

try {
  const { articles, topics, warnings } = await loadContent(path.resolve(site.contentDir));
  for (const warning of warnings) console.warn(formatIssue(warning));
  const drafts = articles.filter((a) => a.draft).length;
  console.log(
    `✓ ${site.contentDir}: ${plural(articles.length, 'article')} valid (${articles.length - drafts} to publish, ` +
      `${plural(drafts, 'draft')}), ${plural(topics.length, 'topic')}, ${plural(warnings.length, 'warning')}`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const issue of error.issues) console.error(formatIssue(issue));
  const files = new Set(error.issues.map((i) => i.file)).size;
  console.error(`✗ ${plural(error.issues.length, 'problem')} in ${plural(files, 'file')}; fix them to build the site.`);
  process.exitCode = 1;
}
