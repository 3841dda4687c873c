/**
 * The first steps of checking an article: is the file text we can read, and does it open with YAML
 * front matter that is a mapping? Each step stops the check at its problem: nothing after it could
 * be read. Pure: text in, the front matter and body (or one problem) out.
 */
import matter from 'gray-matter';
import type { ContentIssue } from './error';
import { describeValue } from './describe';
import { yamlIssues } from './issues';
import { nulLine } from './limits';
import { parseYaml, type ParsedYaml } from './yaml';

/**
 * Largest article accepted. A brief is a few KB (the longest fixture, pasted from docs, is 5 KB); these
 * only stop runaway or hostile files early: a file this large, with every limit of ./limits.ts reached
 * at once, still parses within the time and memory one brief may take.
 */
const MAX_FILE_BYTES = 384 * 1024;
const MAX_FILE_LINES = 20_000;

/** Makes the problems of one file: a field, what is wrong, and where when known. */
export type Issuer = (field: string, message: string, at?: { line: number; column: number }) => ContentIssue;

export const issuerFor =
  (file: string): Issuer =>
  (field, message, at) => ({ file, field, message, ...at });

/** An article split in two: its front matter (parsed, a mapping) and its Markdown body. */
export interface ArticleSource {
  /** The whole text, line endings as `\n`. */
  readonly text: string;
  readonly yaml: ParsedYaml;
  /** The front matter's keys and values, not yet checked. */
  readonly fields: object;
  readonly body: string;
  /** The file's line where the body starts, from 1. */
  readonly bodyStart: number;
}

const START = { line: 1, column: 1 };

/** Runs the steps in order: the article's parts, or the first step's problems. */
export function readArticle(raw: string, file: string): ArticleSource | ContentIssue[] {
  const issue = issuerFor(file);
  const tooLarge = checkSize(raw, issue);
  if (tooLarge) return [tooLarge];
  // Windows line endings are accepted and read exactly like Unix ones.
  const text = raw.replace(/\r\n?/g, '\n');
  for (const step of [checkLines, checkEncoding, checkNul, checkOpening]) {
    const problem = step(text, issue);
    if (problem) return [problem];
  }
  const split = splitFrontMatter(text, issue);
  if ('field' in split) return [split];
  const yaml = parseYaml(split.matter);
  if (yaml.problems.length > 0) return yamlIssues(yaml, file, 'front matter');
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    return [issue('front matter', `expected key: value pairs, found ${describeValue(yaml.value)}`, START)];
  }
  const bodyStart = text.split('\n').length - split.content.split('\n').length + 1;
  return { text, yaml, fields: yaml.value, body: split.content, bodyStart };
}

function checkSize(raw: string, issue: Issuer): ContentIssue | undefined {
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const found = bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return issue('file', `expected at most ${MAX_FILE_BYTES / 1024} KB for one article, found ${found}; split it into several briefs`);
}

function checkLines(text: string, issue: Issuer): ContentIssue | undefined {
  const lines = text.split('\n').length;
  if (lines <= MAX_FILE_LINES) return undefined;
  return issue('file', `expected at most ${MAX_FILE_LINES.toLocaleString('en')} lines for one article, found ${lines.toLocaleString('en')}`);
}

function checkEncoding(text: string, issue: Issuer): ContentIssue | undefined {
  return text.includes('\uFFFD') ? issue('file', 'expected UTF-8 text, found bytes that are not valid UTF-8 (save the file as UTF-8)') : undefined;
}

function checkNul(text: string, issue: Issuer): ContentIssue | undefined {
  const line = nulLine(text);
  if (line === undefined) return undefined;
  return issue('file', 'a NUL byte (U+0000), which is not text and would be shown as �; remove it (it comes with text copied from a binary file)', { line, column: 1 });
}

function checkOpening(text: string, issue: Issuer): ContentIssue | undefined {
  return /^\uFEFF?---/.test(text) ? undefined : issue('front matter', 'expected the file to start with a `---` line opening the YAML front matter', START);
}

/** gray-matter would `eval` JavaScript front matter: every engine but YAML refuses instead. */
const refuse = (language: string) => () => {
  throw new Error(`${language} front matter is not allowed`);
};

/** The front matter's text and the body, split by gray-matter (the YAML is parsed by ./yaml.ts, with positions). */
function splitFrontMatter(text: string, issue: Issuer): { matter: string; content: string } | ContentIssue {
  let split: { matter: string; content: string; language: string };
  try {
    split = matter(text, { engines: { yaml: () => ({}), json: refuse('JSON'), javascript: refuse('JavaScript') } });
  } catch (error) {
    return issue('front matter', `${error instanceof Error ? error.message : String(error)}; expected YAML front matter`, START);
  }
  if (split.language !== 'yaml') return issue('front matter', `expected YAML front matter (a plain \`---\` line), found \`---${split.language}\``, START);
  return split;
}
