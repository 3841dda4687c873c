/**
 * After the export: Pagefind indexes the exported pages into `<outDir>/pagefind/`, a static,
 * chunked index that public/brief.js queries in the browser. Only elements marked
 * `data-pagefind-body` (the article of each brief) are indexed, so lists, topics and the 404
 * never show up as results.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { z } from 'zod';

/** What we read of `pagefind-entry.json`: how many pages went into each language's index. */
const Entry = z.object({ languages: z.record(z.string(), z.object({ page_count: z.number().int() })) });

/** Pagefind's ready-made UIs: the site has its own (public/brief.js), so they are not deployed. */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/**
 * Indexes `outDir` and writes the bundle to `outDir/pagefind`. Pagefind reads each page's
 * `<html lang>` and keeps one index per language, with that language's stemming; a search page loads
 * the index of its own `<html lang>`, so each edition searches its own briefs. Fails unless each
 * language has exactly `expected[lang]` pages, so a brief that lost its `data-pagefind-body` (or its
 * language) cannot vanish from search silently.
 */
export async function buildSearchIndex(outDir: string, expected: Readonly<Record<string, number>>): Promise<{ pages: number; languages: Record<string, number> }> {
  const outputPath = path.join(outDir, 'pagefind');
  // A failed run must not leave the previous build's index looking current.
  await rm(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // `page_count` of addDirectory counts every HTML file seen; the entry file counts what was indexed.
  const entry = Entry.parse(JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')));
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
  const wanted = Object.fromEntries(Object.entries(expected).filter(([, n]) => n > 0));
  const show = (counts: Record<string, number>) => Object.entries(counts).map(([lang, n]) => `${lang}: ${n}`).join(', ') || 'none';
  const same = Object.keys(languages).length === Object.keys(wanted).length && Object.entries(wanted).every(([lang, n]) => languages[lang] === n);
  if (!same) {
    throw new Error(`pagefind indexed ${show(languages)}; expected ${show(wanted)} (one page per published brief, marked data-pagefind-body, in its edition's language)`);
  }
  const pages = Object.values(languages).reduce((sum, n) => sum + n, 0);
  const unused = (await readdir(outputPath)).filter((name) => UNUSED.test(name));
  await Promise.all(unused.map((name) => rm(path.join(outputPath, name))));
  return { pages, languages };
}
