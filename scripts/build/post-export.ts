/**
 * After `next build`: a brief is static HTML and needs no framework in the browser, so the
 * Next.js/React runtime is removed from every rendered page (scripts, script preloads), and a full
 * export loses the files only that runtime reads (RSC payloads, framework chunks). The site's own
 * script (public/brief.js: theme switch, copy link, search, the "/" shortcut) and the inline theme
 * bootstrap are kept. Links stay plain `<a href>`s.
 */
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PLACEHOLDER } from '../../lib/pages/store';
import { localePrefix } from '../../lib/site/paths';
import { LOCALES } from '../../lib/site/config';
import { hashedScriptFile } from '../../lib/site/assets';
import { z } from 'zod';
import { deal, inProcesses } from './parallel';
import { inlineScriptHashes } from './hosting/security-headers';

/** Next's inline bootstrap scripts start like this; nothing else inline is removed. */
const NEXT_INLINE = /^\s*(?:\(?self\.__next_[fs]|\(?globalThis\["TURBOPACK"\]|\$RC|\$RS|\$RX)/;

/** Removes Next's runtime from one HTML page. React escapes `<` in text, so `</script>` only ends real scripts. */
export function stripRuntime(html: string, basePath = ''): string {
  const nextAsset = `${basePath}/_next/`;
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (tag, attrs: string, body: string) => {
      const src = /\bsrc="([^"]*)"/.exec(attrs)?.[1];
      if (src !== undefined) return src.startsWith(nextAsset) ? '' : tag;
      return NEXT_INLINE.test(body) ? '' : tag;
    })
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/g, '');
}

/** Runs `work` over `items`, `limit` at a time (so thousands of pages are never all in memory at once). */
export async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Strips the runtime from each page file of `dir` (paths relative to it) in place; returns each page's inline script hashes. */
export async function finishPages(dir: string, files: readonly string[], basePath = ''): Promise<Map<string, string[]>> {
  const hashes = await inBatches(files, 32, async (file) => {
    const full = path.join(dir, file);
    const html = stripRuntime(await readFile(full, 'utf8'), basePath);
    await writeFile(full, html);
    return inlineScriptHashes(html);
  });
  return new Map(files.map((file, i) => [file, hashes[i] ?? []]));
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** Removes the folders below `dir` (not `dir`) that are empty, deepest first. */
async function removeEmptyFolders(dir: string): Promise<void> {
  const folders = (await readdir(dir, { withFileTypes: true, recursive: true })).filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name));
  for (const folder of folders.sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => undefined);
}

/**
 * Turns a whole `next build` export into the site's: every page stripped, RSC payloads and framework
 * chunks deleted, placeholder pages and Next's `_not-found` removed, each edition's 404 page moved to
 * `<locale>/404.html`, the script moved to its hashed name. Returns the HTML files with their inline script hashes.
 */
export async function cleanExport(dir: string, basePath: string, cores: number): Promise<Map<string, string[]>> {
  const files = await walk(dir);
  const framework = files.filter((f) => {
    const inNext = f.startsWith(`_next${path.sep}`);
    return (f.endsWith('.txt') && !inNext && f !== 'robots.txt') || (inNext && f.endsWith('.js'));
  });
  await inBatches(framework, 64, (f) => rm(path.join(dir, f)));
  // global-not-found is also exported as a page of its own; 404.html is the one hosts serve.
  await rm(path.join(dir, '_not-found'), { recursive: true, force: true });
  for (const locale of LOCALES) {
    const prefix = localePrefix(locale);
    // A route with nothing to render exported a placeholder page (see PLACEHOLDER).
    for (const route of ['', 'articles', 'topics', 'tags', 'authors']) await rm(path.join(dir, prefix, route, PLACEHOLDER), { recursive: true, force: true });
    if (prefix === '') continue;
    // Each other edition's 404 page is exported as <locale>/404/index.html; hosts look for <locale>/404.html.
    const page = path.join(dir, prefix, '404', 'index.html');
    await rename(page, path.join(dir, prefix, '404.html')).catch(() => {
      throw new Error(`post-export: ${path.relative(dir, page)} is missing; every edition needs app/${locale}/404/page.tsx`);
    });
    await rm(path.join(dir, prefix, '404'), { recursive: true, force: true });
  }
  // Pages name the script by the hash of its bytes (lib/site/assets.ts); the unhashed copy goes.
  const script = path.join(dir, hashedScriptFile());
  await mkdir(path.dirname(script), { recursive: true });
  await rename(path.join(dir, 'brief.js'), script);
  await removeEmptyFolders(dir);
  const pages = (await walk(dir)).filter((f) => f.endsWith('.html'));
  if (cores < 2 || pages.length < PARALLEL_FROM) return finishPages(dir, pages, basePath);
  const shares = await inProcesses('finish-pages', deal(pages, cores).map((files) => ({ dir, files, basePath })), z.record(z.string(), z.array(z.string())));
  return new Map(shares.flatMap((share) => Object.entries(share)));
}

/** More pages than this are finished by one process per core. */
const PARALLEL_FROM = 1000;
