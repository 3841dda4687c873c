/** Parsing `authors.yml` (the people and desks that bylines name) and resolving bylines. Pure. */
import type { ContentIssue } from './error';
import { describeValue } from './describe';
import { AUTHOR_EXPECTED, AUTHOR_KEYS, authorsFileSchema, type Author, type Byline } from './schema';
import { LOCALES, site, type Locale } from '../site/config';
import { nearest } from './suggest';
import { parseYaml } from './yaml';
import type { ImageResolver } from './body-images';

/** Parses and validates `authors.yml`; returns the authors or every problem found. */
export function checkAuthors(source: string, file: string): { authors: readonly Author[]; issues: readonly ContentIssue[] } {
  const yaml = parseYaml(source);
  if (yaml.problems.length > 0) {
    return {
      authors: [],
      issues: yaml.problems.map((p) => ({ file, field: 'authors', message: `invalid YAML: ${p.message}`, ...(p.line ? { line: p.line, column: p.column ?? 1 } : {}) })),
    };
  }
  const parsed = authorsFileSchema.safeParse(yaml.value, { reportInput: true });
  if (!parsed.success) {
    return {
      authors: [],
      issues: parsed.error.issues.flatMap((issue): ContentIssue[] => {
        const field = (path: readonly PropertyKey[]) => path.map((seg) => (typeof seg === 'number' ? `[${seg}]` : `.${String(seg)}`)).join('').replace(/^\./, '') || 'authors';
        if (issue.code === 'unrecognized_keys') {
          const known: readonly string[] = issue.path.length === 1 ? AUTHOR_KEYS : issue.path.length === 3 ? ['label', 'url'] : LOCALES;
          return issue.keys.map((key) => {
            const guess = nearest(key, known);
            return { file, field: field([...issue.path, key]), message: `unknown key; ${guess ? `did you mean \`${guess}\`?` : `expected one of ${known.join(', ')}`}`, ...yaml.locate([...issue.path, key], true) };
          });
        }
        const key = issue.path.map((seg) => (typeof seg === 'number' ? '[]' : `.${String(seg)}`)).join('').replace(/^\./, '');
        const found = 'input' in issue ? issue.input : undefined;
        const expected = AUTHOR_EXPECTED[key] ?? 'a valid value';
        const message = found === undefined && issue.code === 'invalid_type' ? `is required: expected ${expected}` : `expected ${expected}, found ${describeValue(found)}`;
        return [{ file, field: field(issue.path), message, ...yaml.locate(issue.path) }];
      }),
    };
  }
  const seen = new Set<string>();
  const issues: ContentIssue[] = [];
  parsed.data.forEach((author, index) => {
    if (seen.has(author.id)) {
      issues.push({ file, field: `[${index}].id`, message: `expected a unique id, found ${JSON.stringify(author.id)} a second time`, ...yaml.locate([index, 'id']) });
    }
    seen.add(author.id);
  });
  return { authors: issues.length > 0 ? [] : parsed.data, issues };
}

/**
 * Checks and measures the photo of each author (`photo: images/jane.jpg`) like any image of the
 * content folder; a photo that cannot be published is a problem at its line in authors.yml.
 */
export async function withPortraits(source: string, file: string, authors: readonly Author[], images: ImageResolver): Promise<{ authors: Author[]; issues: ContentIssue[] }> {
  const yaml = parseYaml(source);
  const issues: ContentIssue[] = [];
  const measured: Author[] = [];
  for (const [index, author] of authors.entries()) {
    if (author.photo === undefined) {
      measured.push(author);
      continue;
    }
    const resolved = await images(author.photo);
    if ('problem' in resolved) issues.push({ file, field: `[${index}].photo`, message: resolved.problem, ...yaml.locate([index, 'photo']) });
    else measured.push({ ...author, portrait: resolved.image });
  }
  return { authors: issues.length > 0 ? [] : measured, issues };
}

/** An author's name in `locale`'s edition: its translation when authors.yml gives one, else its name. */
export const authorNameIn = (author: Author, locale: Locale): string => (locale === site.defaultLocale ? undefined : author.names?.[locale]) ?? author.name;

/** The byline entry of a known author in an article of `locale`. */
export const bylineOf = (author: Author, locale: Locale): Byline => ({ name: authorNameIn(author, locale), id: author.id, type: author.type });

/** A plain-name byline entry (a site without authors.yml): text only, and a `Person` as structured data has always said. */
export const plainByline = (name: string): Byline => ({ name, type: 'person' });
