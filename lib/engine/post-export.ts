/**
 * After `next build`: a brief is static HTML and needs no framework in the browser, so the
 * Next.js/React runtime is removed from every rendered page (scripts, script preloads), and a full
 * export loses the files only that runtime reads (RSC payloads, framework chunks). The site's own
 * script (public/brief.js: theme switch, copy link, search, the "/" shortcut) and the inline theme
 * bootstrap are kept. Links stay plain `<a href>`s.
 */
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localePrefix, placeholderFolders } from '../site/routes';
import { LOCALES } from '../site/config';
import { hashedScriptFile } from '../site/assets';
import { z } from 'zod';
import { deal, inBatches, inProcesses } from './parallel';
import { inlineScriptHashes } from './hosting/security-headers';
import { RefusedInput } from './refused';

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

/** The files of public/, relative and with `/` (links and special files were refused by the fingerprint's walk). */
async function publicFiles(publicDir: string): Promise<Set<string>> {
  const entries = await readdir(publicDir, { withFileTypes: true, recursive: true });
  return new Set(entries.filter((e) => e.isFile()).map((e) => posix(path.relative(publicDir, path.join(e.parentPath, e.name)))));
}

const posix = (file: string) => file.split(path.sep).join('/');

/**
 * Whether `file`, which next build wrote (it is not in public/), is a page's RSC payload: the
 * `__next.<segments>.txt` files of each route and the `index.txt` beside each `index.html`. These
 * are all the `.txt` files Next 16 writes outside `_next/`; anything else is an error, not a guess.
 */
function isPayload(file: string, exported: ReadonlySet<string>): boolean {
  if (!file.endsWith('.txt') || file.startsWith('_next/')) return false;
  if (path.posix.basename(file).startsWith('__next.') || exported.has(`${file.slice(0, -'.txt'.length)}.html`)) return true;
  throw new Error(`post-export: next build wrote ${file}, which is neither a page's RSC payload nor a file of public/; teach lib/engine/post-export.ts what it is`);
}

/**
 * Turns a whole `next build` export into the site's: every page stripped, RSC payloads and framework
 * chunks deleted, placeholder pages and Next's `_not-found` removed, each edition's 404 page moved to
 * `<locale>/404.html`, the script moved to its hashed name. Files of `publicDir` are published as they
 * are: never deleted, never stripped, and one that next build overwrote (a `public/index.txt` is
 * replaced by the home page's payload) is refused. Returns the HTML files with their inline script hashes.
 */
export async function cleanExport(dir: string, basePath: string, cores: number, publicDir = path.resolve('public')): Promise<Map<string, string[]>> {
  const published = await publicFiles(publicDir);
  const exported = new Set((await walk(dir)).map(posix));
  const framework = [...exported].filter((f) => !published.has(f) && (isPayload(f, exported) || (f.startsWith('_next/') && f.endsWith('.js'))));
  await inBatches(framework, 64, (f) => rm(path.join(dir, f)));
  // global-not-found is also exported as a page of its own; 404.html is the one hosts serve.
  await rm(path.join(dir, '_not-found'), { recursive: true, force: true });
  for (const locale of LOCALES) {
    const prefix = localePrefix(locale);
    // A route with nothing to render exported its placeholder page (lib/site/routes.ts).
    for (const folder of placeholderFolders(locale)) await rm(path.join(dir, folder), { recursive: true, force: true });
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
  await expectPublished(dir, publicDir, published);
  const pages = (await walk(dir)).filter((f) => f.endsWith('.html') && !published.has(posix(f)));
  if (cores < 2 || pages.length < PARALLEL_FROM) return finishPages(dir, pages, basePath);
  const shares = await inProcesses('finish-pages', deal(pages, cores).map((files) => ({ dir, files, basePath })), z.record(z.string(), z.array(z.string())));
  return new Map(shares.flatMap((share) => Object.entries(share)));
}

/** Refuses the public/ files that the export does not hold byte for byte (next build or this clean-up wrote or removed a file of that name). */
async function expectPublished(dir: string, publicDir: string, published: ReadonlySet<string>): Promise<void> {
  const lost: string[] = [];
  await inBatches([...published], 32, async (file) => {
    // The script is published under its hashed name (lib/site/assets.ts).
    const target = path.join(dir, file === 'brief.js' ? hashedScriptFile() : file);
    const [source, copy] = await Promise.all([readFile(path.join(publicDir, file)), readFile(target).catch(() => undefined)]);
    if (copy === undefined || !source.equals(copy)) lost.push(`public/${file}`);
  });
  if (lost.length === 0) return;
  const names = lost.sort().join(', ');
  throw new RefusedInput(`${names} ${lost.length === 1 ? 'has' : 'have'} the name of a file next build writes or the build removes (a page, its RSC payload, _not-found/, a 404 page): public/ files are published as they are; rename ${lost.length === 1 ? 'it' : 'them'}`);
}

/** More pages than this are finished by one process per core. */
const PARALLEL_FROM = 1000;
