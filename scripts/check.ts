/**
 * `npm run check`: validates CONTENT_DIR with exactly the code the build uses, without building.
 * Prints every problem as `path:line:column: field: message` (warnings marked `warning:`), then a
 * one-line total; exits 1 on any error. Warnings never fail.
 */
import path from 'node:path';
import { ContentError, formatIssue } from '../lib/content/error';
import { loadContent } from '../lib/content/loader';
import { site } from '../lib/site/config';
import { contentSummary, plural, printIssues } from '../lib/engine/report';

try {
  const content = await loadContent(path.resolve(site.contentDir));
  for (const warning of content.warnings) console.warn(formatIssue(warning));
  console.log(`✓ ${site.contentDir}: ${contentSummary(content)}, ${plural(content.warnings.length, 'warning')}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  printIssues(error);
  const files = new Set(error.issues.map((i) => i.file)).size;
  console.error(`✗ ${plural(error.issues.length, 'problem')} in ${plural(files, 'file')}; fix them to build the site.`);
  process.exitCode = 1;
}
