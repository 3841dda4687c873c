import { z } from 'zod';

/** Zod schema of a `ContentIssue`, for issues handed over between processes as JSON. */
export const contentIssueSchema = z.object({
  file: z.string(),
  field: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']).optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

/** One problem in one content file, phrased for the editor who has to fix it. */
export interface ContentIssue {
  /** Path of the file, as the editor would type it (relative to the working directory). */
  readonly file: string;
  /** Front-matter key path (`summary`, `sources[1].url`), or a pseudo-field such as `front matter`. */
  readonly field: string;
  /** What was expected, and what was found. */
  readonly message: string;
  /** Warnings are printed by `npm run check` but never fail a build. Default: error. */
  readonly severity?: 'error' | 'warning';
  /** 1-based position of the offending key or value, when known. */
  readonly line?: number;
  readonly column?: number;
}

/** Formats an issue as `path:line:column: field: message` (position only when known). */
export function formatIssue(issue: ContentIssue): string {
  const where =
    issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  return `${where}: ${issue.field}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`;
}

/** Thrown when content is invalid; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid content (${count}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
