/**
 * The search index: Pagefind bundles under `<export>/pagefind/<locale>/<n>/`, each indexing a run of
 * consecutive briefs of one edition (lib/pages/search-shards.ts), which public/brief.js merges at
 * search time. Only the `data-pagefind-body` element of a brief's page is indexed. A bundle is
 * rebuilt only when one of its pages changed, so publishing a brief re-indexes one bundle, not the
 * archive (Pagefind itself cannot update an index).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { z } from 'zod';
import { toTime } from '../content/dates';
import type { PageEntry } from '../pages/site-pages';
import { shardsOf, shardSize } from '../pages/search-shards';
import { LOCALES, locales } from '../site/config';
import { deal, inProcesses } from './parallel';
import { modelHash } from './plan';
import { pageFile } from './stage';
import { within } from './wait';

/** What we read of `pagefind-entry.json`: how many pages went into each language's index. */
const Entry = z.object({ languages: z.record(z.string(), z.object({ page_count: z.number().int() })) });

/** Pagefind's ready-made UIs: the site has its own (public/brief.js), so they are not deployed. */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/**
 * One bundle: where it goes, the brief pages it indexes, and a key over what is indexed of them. Only
 * the article itself is in the indexed part of its page (`data-pagefind-body`; the language link,
 * share links, "More in" and related lists are `data-pagefind-ignore`), so the key hashes the
 * members' articles: a neighbour's new related list does not re-index a bundle.
 */
export const searchBundleSchema = z.strictObject({
  /** Relative to the export: `pagefind/en/0`. */
  dir: z.string(),
  lang: z.string(),
  pages: z.array(z.string()),
  key: z.string(),
});
export type SearchBundle = z.output<typeof searchBundleSchema>;

/** The bundles of every edition, from the article pages. */
export function searchBundles(entries: readonly PageEntry[]): SearchBundle[] {
  return LOCALES.flatMap((locale) => {
    const articles = entries.flatMap((e) =>
      e.model.kind === 'article' && e.locale === locale ? [{ path: e.path, date: toTime(e.model.article.date), slug: e.model.article.slug, hash: modelHash(e.model.article) }] : [],
    );
    articles.sort((a, b) => a.date - b.date || a.slug.localeCompare(b.slug));
    const size = shardSize(articles.length);
    return shardsOf(articles).map((members, i) => {
      const key = createHash('sha256').update(String(size));
      for (const m of members) key.update(`\0${m.path}\0${m.hash}`);
      return { dir: `pagefind/${locale}/${i}`, lang: locales[locale].lang, pages: members.map((m) => m.path), key: key.digest('hex') };
    });
  });
}

/**
 * Indexes one bundle's pages into a new folder and puts it in place. Pagefind reads the pages from a
 * folder of hard links to them (at their paths, which give their URLs): reading a folder is about
 * twice as fast as handing it the pages one by one.
 */
async function writeBundle(exportDir: string, bundle: SearchBundle): Promise<void> {
  const target = path.join(exportDir, bundle.dir);
  const work = await mkdtemp(path.join(exportDir, '.pagefind-'));
  const pages = path.join(work, 'pages');
  const output = path.join(work, 'bundle');
  try {
    for (const page of bundle.pages) {
      const file = pageFile(page);
      await mkdir(path.dirname(path.join(pages, file)), { recursive: true });
      await link(path.join(exportDir, file), path.join(pages, file));
    }
    // Pagefind runs as a process of its own, which the build waits for at every call: within the wait limit.
    const waited = <T>(call: Promise<T>, what: string) => within(call, `pagefind ${what} ${bundle.dir}`, () => void pagefind.close());
    const { index, errors } = await waited(pagefind.createIndex(), 'starting for');
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await waited(index.addDirectory({ path: pages }), 'indexing');
    if (added.errors.length > 0) throw new Error(`pagefind could not index ${bundle.dir}: ${added.errors.join('; ')}`);
    const written = await waited(index.writeFiles({ outputPath: output }), 'writing');
    if (written.errors.length > 0) throw new Error(`pagefind could not write ${bundle.dir}: ${written.errors.join('; ')}`);
    await waited(index.deleteIndex(), 'closing the index of');
    // Every brief must be found in its edition's language: a page that lost data-pagefind-body (or its lang) fails the build.
    const entry = Entry.parse(JSON.parse(await readFile(path.join(output, 'pagefind-entry.json'), 'utf8')));
    const counts = Object.entries(entry.languages).map(([lang, { page_count }]) => `${lang}: ${page_count}`).join(', ') || 'none';
    if (counts !== `${bundle.lang}: ${bundle.pages.length}`) {
      throw new Error(`pagefind indexed ${counts} in ${bundle.dir}; expected ${bundle.lang}: ${bundle.pages.length} (one page per published brief, marked data-pagefind-body, in its edition's language)`);
    }
    const unused = (await readdir(output)).filter((name) => UNUSED.test(name));
    await Promise.all(unused.map((name) => rm(path.join(output, name))));
    await rm(target, { recursive: true, force: true });
    await mkdir(path.dirname(target), { recursive: true });
    await rename(output, target);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Writes `bundles` one after another in this process; returns how many. */
export async function writeBundles(exportDir: string, bundles: readonly SearchBundle[]): Promise<number> {
  try {
    for (const bundle of bundles) await writeBundle(exportDir, bundle);
  } finally {
    if (bundles.length > 0) await pagefind.close();
  }
  return bundles.length;
}

/** More pages than this to index go to one process per core. */
const PARALLEL_FROM = 1000;

/**
 * Brings `exportDir/pagefind/` up to date: writes the bundles whose key differs from `previous`
 * (bundle → key), deletes bundles that no longer exist. Returns the keys now in place and how many
 * bundles and pages were indexed.
 */
export async function updateSearchIndex(
  exportDir: string,
  bundles: readonly SearchBundle[],
  previous: Readonly<Record<string, string>>,
  cores: number,
): Promise<{ keys: Record<string, string>; bundles: number; pages: number }> {
  const stale = bundles.filter((b) => previous[b.dir] !== b.key || !existsSync(path.join(exportDir, b.dir)));
  const pages = stale.reduce((n, b) => n + b.pages.length, 0);
  if (cores > 1 && stale.length > 1 && pages >= PARALLEL_FROM) {
    await inProcesses('search-bundles', deal(stale, cores).map((share) => ({ dir: exportDir, bundles: share })), z.object({ done: z.number() }));
  } else {
    await writeBundles(exportDir, stale);
  }
  const current = new Set(bundles.map((b) => b.dir));
  for (const dir of Object.keys(previous)) if (!current.has(dir)) await rm(path.join(exportDir, dir), { recursive: true, force: true });
  // Editions and the index folder itself go when they are left empty.
  for (const locale of LOCALES) await rmdir(path.join(exportDir, 'pagefind', locale)).catch(() => undefined);
  await rmdir(path.join(exportDir, 'pagefind')).catch(() => undefined);
  return { keys: Object.fromEntries(bundles.map((b) => [b.dir, b.key])), bundles: stale.length, pages };
}
