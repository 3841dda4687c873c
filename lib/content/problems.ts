/**
 * What `npm run dev` shows instead of failing: the article files a lenient load left out, each at
 * the address its page would have, with its problems. Pure: the loader hands in what it read.
 */
import { nameOfFile } from './article';
import { formatIssue, type ContentIssue } from './error';
import { isPlaceholder } from './skeleton';
import { site, type Locale } from '../site/config';

/** One problem of a file; `todo` is the `npm run new` placeholder still written at its line (without "TODO"). */
export type Problem = ContentIssue & { readonly todo?: string };

/** An article file left out of the site, and why. */
export interface FileProblems {
  /** The file as messages name it (`content/x.md`). */
  readonly file: string;
  /** Where its page would be: the edition and slug its file name gives (`x.tr.md` → tr, `x`). */
  readonly locale: Locale;
  readonly slug: string;
  /** Its own problems; empty when only a site-wide file (topics.yml, authors.yml) keeps it out. */
  readonly problems: readonly Problem[];
  /** Only TODO placeholders are left: an unfinished `npm run new` skeleton, not a mistake. */
  readonly unfinished: boolean;
}

/** Everything a lenient load could not use. */
export interface ContentProblems {
  /** Problems of topics.yml, authors.yml or the folder itself: they affect every page. */
  readonly site: readonly ContentIssue[];
  readonly files: readonly FileProblems[];
}

/** The placeholder text at `line` of `source` (a YAML value or a body line), without its quotes and "TODO", if one is there. */
export function todoAt(source: string, line: number): string | undefined {
  const text = source.replace(/\r\n?/g, '\n').split('\n')[line - 1];
  if (text === undefined) return undefined;
  // `key: value`, `- value`, `"value"`: the value is what the skeleton wrote.
  const value = text.replace(/^\s*(?:-\s+)?(?:[A-Za-z]\w*:\s+)?/, '').replace(/^(["'])(.*)\1\s*$/, '$2').trim();
  return isPlaceholder(value) ? value.replace(/^TODO\s+/, '') : undefined;
}

/**
 * Groups the issues of a lenient load: those of non-article files are site-wide; each left-out
 * article file (with its source, when it could be read) gets its own, TODO placeholders marked.
 */
export function groupProblems(issues: readonly ContentIssue[], leftOut: readonly { file: string; source?: string }[]): ContentProblems {
  const files = leftOut.map(({ file, source }): FileProblems => {
    const problems = issues
      .filter((issue) => issue.file === file)
      .map((issue): Problem => {
        const todo = source !== undefined && issue.line !== undefined ? todoAt(source, issue.line) : undefined;
        return todo === undefined ? issue : { ...issue, todo };
      });
    const named = nameOfFile(file);
    return { file, locale: named.locale ?? site.defaultLocale, slug: named.slug, problems, unfinished: problems.length > 0 && problems.every((p) => p.todo !== undefined) };
  });
  const articleFiles = new Set(leftOut.map((l) => l.file));
  return { site: issues.filter((issue) => !articleFiles.has(issue.file) && !/\.md$/i.test(issue.file)), files };
}

/** The problems as `npm run check` prints them, one a line (site-wide first); `''` when there are none. */
export function problemsText(problems: ContentProblems): string {
  return [...problems.site, ...problems.files.flatMap((f) => f.problems)].map(formatIssue).join('\n');
}
