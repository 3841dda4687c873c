/**
 * `npm run check`: validates CONTENT_DIR with exactly the code the build uses, without building.
 * Prints every problem as `path:line:column: field: message`, then a one-line total; exits 1 on any error.
 */
import path from 'node:path';
import { ContentError, formatIssue } from '../lib/content-error';
import { loadContent } from '../lib/content';
import { site } from '../lib/site';

const dir = path.resolve(site.contentDir);
try {
  const { articles, topics } = await loadContent(dir);
  const drafts = articles.filter((a) => a.draft).length;
  console.log(
    `✓ ${site.contentDir}: ${articles.length} article${articles.length === 1 ? '' : 's'} valid ` +
      `(${articles.length - drafts} to publish, ${drafts} draft${drafts === 1 ? '' : 's'}), ${topics.length} topic${topics.length === 1 ? '' : 's'}`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const issue of error.issues) console.error(formatIssue(issue));
  const files = new Set(error.issues.map((i) => i.file)).size;
  console.error(`✗ ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was built.`);
  process.exitCode = 1;
}
