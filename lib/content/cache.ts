/**
 * The parse cache of `npm run build`: one validated article per source file, so a build parses only
 * the files whose bytes changed. An entry is keyed by the hash of everything its parse depends on:
 * the file's bytes and path, the topic ids it is checked against, whether there is an authors.yml
 * (bylines are then ids, else plain names), and `salt` (the hash of the content pipeline's code and dependencies, given by
 * the build). Entries are validated when read, and the topic and bylines are taken from the current
 * topics.yml and authors.yml, so editing a topic's or an author's name, or adding an author, does not
 * invalidate them; an entry naming an author who is gone is missed (and the brief is parsed, and refused).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { bylineOf } from './authors';
import { articleSchema, type Article, type Author, type Topic } from './schema';

export interface ParseCache {
  /** Folder of the entries. */
  readonly dir: string;
  /** Hash of the parsing code and its dependencies: a change makes every entry miss. */
  readonly salt: string;
}

/** The key of a source file's entry. */
export function cacheKey(cache: ParseCache, file: string, bytes: Uint8Array, ids: { readonly topics: readonly string[]; readonly authors: readonly string[] | undefined }): string {
  // No authors.yml (plain names) and an authors.yml (ids) are different contracts; which ids it lists
  // is checked when an entry is read, so adding an author re-parses nothing.
  const authors = ids.authors === undefined ? '-' : '+';
  return createHash('sha256').update(`${cache.salt}\0${file}\0${ids.topics.join(',')}\0${authors}\0`).update(bytes).digest('hex');
}

const entryFile = (cache: ParseCache, key: string) => path.join(cache.dir, key.slice(0, 2), `${key}.json`);

/**
 * The cached article for `key`, its topic taken from `topics`; `undefined` when absent, unreadable or
 * invalid. Synchronous: thousands of small reads in a row are about twice as fast so.
 */
export function readCached(cache: ParseCache, key: string, topics: readonly Topic[], authors: readonly Author[]): Article | undefined {
  let text: string;
  try {
    text = readFileSync(entryFile(cache, key), 'utf8');
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = articleSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const article = parsed.data;
  const topic = topics.find((t) => t.id === article.topic.id);
  const bylines = article.authors.map((b) => {
    if (b.id === undefined) return b;
    const author = authors.find((a) => a.id === b.id);
    return author ? bylineOf(author, article.locale) : undefined;
  });
  const known = bylines.filter((b) => b !== undefined);
  return topic && known.length === bylines.length ? { ...article, topic, authors: known } : undefined;
}

/** Stores an article under `key`, atomically (a killed build never leaves half an entry). Synchronous, like `readCached`: a first build writes thousands. */
export function writeCached(cache: ParseCache, key: string, article: Article): void {
  const file = entryFile(cache, key);
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(article));
  renameSync(temp, file);
}

/** Deletes every entry whose key is not in `keep`, so the cache holds one entry per current file. */
export async function pruneCache(cache: ParseCache, keep: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  const folders = await readdir(cache.dir).catch(() => []);
  for (const folder of folders) {
    const names = await readdir(path.join(cache.dir, folder)).catch(() => []);
    for (const name of names) {
      if (keep.has(name.replace(/\.json$/, ''))) continue;
      await rm(path.join(cache.dir, folder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
