/**
 * The one translator from a content file's YAML and schema problems to the issues editors read
 * (`file:line:column: field: message`), for every kind of file: an article's front matter,
 * topics.yml and authors.yml. Each kind says how it words them (`IssueWording`).
 */
import type { z } from 'zod';
import type { ContentIssue } from './error';
import { describeValue } from './describe';
import { keysAt } from './bounds';
import { nearest } from './suggest';
import type { ParsedYaml } from './yaml';

export interface IssueWording {
  /** The file's schema: an unknown key is matched against the keys it allows where the key was found. */
  readonly schema: z.core.$ZodType;
  /** What each field expects, keyed by its path with list indexes as `[]` (schema.ts's EXPECTED). */
  readonly expected: Readonly<Record<string, string>>;
  /** The field named for the whole file (topics.yml: `topics`); an article's front matter has none. */
  readonly whole: string;
  /** Unknown keys: one issue each, with a "did you mean" (`each`), or one issue listing them (`together`, topics.yml). */
  readonly unknownKeys: 'each' | 'together';
  /** A missing field reads "is required: expected …" (else "expected …, found nothing"). */
  readonly required: boolean;
  /** A refinement's own message (a TODO placeholder, a photo's alt) is shown as written (else "expected …, found …"). */
  readonly refinements: boolean;
}

/** `sources[1].url`: the field an editor reads, for a path in the parsed YAML. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`)).join('');
}

/** `sources[].url`: the key of EXPECTED for a path (list indexes as `[]`). */
const expectedKey = (path: readonly PropertyKey[]): string =>
  path.map((seg, i) => (typeof seg === 'number' ? '[]' : `${i === 0 ? '' : '.'}${String(seg)}`)).join('');

/** The YAML's syntax problems, each at its line, named `field`. */
export function yamlIssues(yaml: ParsedYaml, file: string, field: string): ContentIssue[] {
  return yaml.problems.map((p) => ({ file, field, message: `invalid YAML: ${p.message}`, ...(p.line ? { line: p.line, column: p.column ?? 1 } : {}) }));
}

/** The schema's issues, in the words of `wording`, each at its line in the YAML. */
export function schemaIssues(issues: readonly z.core.$ZodIssue[], file: string, yaml: ParsedYaml, wording: IssueWording): ContentIssue[] {
  return issues.flatMap((issue) => describeIssue(issue, file, yaml, wording));
}

function describeIssue(issue: z.core.$ZodIssue, file: string, yaml: ParsedYaml, wording: IssueWording): ContentIssue[] {
  const { path } = issue;
  const field = fieldName(path) || wording.whole;
  const found = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'unrecognized_keys') {
    const allowed = keysAt(wording.schema, path) ?? { keys: [], mapping: false };
    if (wording.unknownKeys === 'together') {
      const only = allowed.mapping ? `the site's languages (${allowed.keys.join(', ')}) as keys` : allowed.keys.join(', ');
      return [{ file, field, message: `expected only ${only} (unknown: ${issue.keys.join(', ')}), found ${describeValue(found)}`, ...yaml.locate(path) }];
    }
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      const guess = nearest(key, allowed.keys);
      const hint = guess ? `did you mean \`${guess}\`?` : `expected one of ${allowed.keys.join(', ')}`;
      return { file, field: fieldName(keyPath) || wording.whole, message: `unknown key; ${hint}`, ...yaml.locate(keyPath, true) };
    });
  }
  const expected = wording.expected[expectedKey(path)] ?? 'a valid value';
  const message =
    wording.refinements && issue.code === 'custom' && issue.message && !issue.message.startsWith('Invalid')
      ? issue.message
      : wording.required && found === undefined && issue.code === 'invalid_type'
        ? `is required: expected ${expected}`
        : `expected ${expected}, found ${describeValue(found)}`;
  return [{ file, field, message, ...yaml.locate(path) }];
}

/** An id given twice in a list file (topics.yml, authors.yml): every repeat is an issue at its line. */
export function repeatedIds(items: readonly { readonly id: string }[], file: string, yaml: ParsedYaml): ContentIssue[] {
  const seen = new Set<string>();
  const issues: ContentIssue[] = [];
  items.forEach(({ id }, index) => {
    if (seen.has(id)) issues.push({ file, field: `[${index}].id`, message: `expected a unique id, found ${JSON.stringify(id)} a second time`, ...yaml.locate([index, 'id']) });
    seen.add(id);
  });
  return issues;
}
