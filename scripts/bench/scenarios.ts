/**
 * The edits the benchmark times an incremental build after, applied to a corpus folder the way an
 * editor would make them: publish a new brief, edit one brief's body, edit one brief's title.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** The article files of a corpus, sorted. */
export const briefs = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

function pick(dir: string, at: number): string {
  const names = briefs(dir);
  const name = names[Math.floor(names.length * at)] ?? names[0];
  if (!name) throw new Error(`${dir} has no brief`);
  return path.join(dir, name);
}

/** Splits a brief into its front matter (as data) and its body. */
export function read(file: string): { data: Record<string, unknown>; body: string } {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const data: unknown = match?.[1] ? parse(match[1]) : undefined;
  if (!match || data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: no front matter`);
  return { data: { ...data }, body: source.slice(match[0].length) };
}

export const write = (file: string, data: Record<string, unknown>, body: string) => writeFileSync(file, `---\n${stringify(data)}---\n${body}`);

/**
 * A new brief, dated after every other one (it leads the home page and shifts every list page). Each
 * call adds another: `bench-breaking-brief`, then `-2`, `-3`, … a minute later each.
 */
export function addBrief(dir: string): string {
  const { data, body } = read(pick(dir, 0.5));
  const added = briefs(dir).filter((name) => name.startsWith('bench-breaking-brief')).length;
  const slug = added === 0 ? 'bench-breaking-brief' : `bench-breaking-brief-${added + 1}`;
  const date = new Date(Date.UTC(2026, 11, 1, 9, added)).toISOString().replace('.000Z', 'Z');
  const file = path.join(dir, `${slug}.md`);
  write(file, { ...data, title: `Breaking: brief ${added + 1} published during the benchmark`, slug, date, updated: undefined }, body);
  return file;
}

/** One more paragraph at the end of a brief's body. */
export function editBody(dir: string): string {
  const file = pick(dir, 0.25);
  const { data, body } = read(file);
  write(file, data, `${body}\nA paragraph added by an editor during the benchmark, with a few more words to read.\n`);
  return file;
}

/** A new title for a brief (its cards, its related lists and its share image change). */
export function editTitle(dir: string): string {
  const file = pick(dir, 0.75);
  const { data, body } = read(file);
  write(file, { ...data, title: `${String(data.title)} (updated)` }, body);
  return file;
}
