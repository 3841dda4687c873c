/**
 * After `next build`: a brief is static HTML and needs no framework in the browser, so the
 * Next.js/React runtime is removed from every exported page (scripts, script preloads, and the
 * RSC payload files only that runtime reads). The site's own script (public/brief.js: theme switch,
 * copy link, search, the "/" shortcut) and the inline theme bootstrap are kept. Links stay plain `<a href>`s.
 */
import { readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localePrefix, NO_ARTICLE_SLUG } from '../lib/site/paths';
import { LOCALES } from '../lib/site/config';

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

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Strips every page of `outDir` and deletes the RSC payloads; returns what it did. */
export async function postExport(outDir: string, basePath = ''): Promise<{ pages: number; payloadsRemoved: number }> {
  const files = await walk(outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  await Promise.all(pages.map(async (file) => writeFile(file, stripRuntime(await readFile(file, 'utf8'), basePath))));
  const payloads = files.filter((f) => f.endsWith('.txt') && !f.includes(`${path.sep}_next${path.sep}`) && path.basename(f) !== 'robots.txt');
  await Promise.all(payloads.map((f) => rm(f)));
  // global-not-found is also exported as a page of its own; 404.html is the one hosts serve.
  await rm(path.join(outDir, '_not-found'), { recursive: true, force: true });
  for (const locale of LOCALES) {
    const prefix = localePrefix(locale);
    // An edition with no published brief yet exported a placeholder article page (see NO_ARTICLE_SLUG).
    await rm(path.join(outDir, prefix, 'articles', NO_ARTICLE_SLUG), { recursive: true, force: true });
    await rmdir(path.join(outDir, prefix, 'articles')).catch(() => undefined); // only when that left it empty
    if (prefix === '') continue;
    // Each other edition's 404 page is exported as <locale>/404/index.html; hosts look for <locale>/404.html.
    const folder = path.join(outDir, prefix, '404');
    const page = path.join(folder, 'index.html');
    if (!pages.includes(page)) throw new Error(`post-export: ${path.relative(outDir, page)} is missing; every edition needs app/${locale}/404/page.tsx`);
    await rename(page, path.join(outDir, prefix, '404.html'));
    await rm(folder, { recursive: true, force: true });
  }
  return { pages: pages.length, payloadsRemoved: payloads.length };
}
