/**
 * How long browsers and CDNs may keep each file of the export: the one source of the rules that
 * `_headers`, nginx's map and Apache's `.htaccess` are written from (./host-files.ts).
 */

import { DECAP_FOLDER } from '../../cms/admin-page';

/** A year, with `immutable`: browsers do not even revalidate on reload. Only for files named by a hash of their bytes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Everything else (pages, feeds, sitemaps, robots.txt, share images, the search index's entry
 * files): caches keep a copy but ask before each use, and the server answers `304 Not Modified`
 * (no body) while the file's ETag / Last-Modified still match. A news site publishes corrections
 * and updates: a reader never sees a stale version, and a check costs one round trip, not the page.
 */
export const REVALIDATE = 'public, no-cache';

/**
 * Folders of the export whose every file is named by a hash of its bytes (a changed file gets a new
 * name, never new bytes; a vendored bundle's folder is named by its version), as path segments; `:name` stands for any one segment.
 */
export const HASHED_FOLDERS: readonly (readonly string[])[] = [
  ['_next', 'static'], // Next's stylesheet and media
  ['assets'], // the site's script, brief.<hash>.js (lib/site/assets.ts)
  ['images'], // photos, images/<id>-<width>.<format> (lib/media/variants.ts)
  ['pagefind', ':lang', ':bundle', 'fragment'], // Pagefind's content-hashed index files
  ['pagefind', ':lang', ':bundle', 'index'],
  ['pagefind', ':lang', ':bundle', 'filter'],
  ['admin', DECAP_FOLDER], // the CMS's bundle, in a folder named by its version (lib/cms/admin-page.ts)
];

/** The Cache-Control of a URL path of a site hosted at `basePath`. */
export function cacheControl(urlPath: string, basePath = ''): string {
  return hashedPathPattern(basePath).test(urlPath) ? IMMUTABLE : REVALIDATE;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression (PCRE, as nginx and Apache read it) matching the URL paths under the hashed folders. */
export function hashedPathRegex(basePath = ''): string {
  const folders = HASHED_FOLDERS.map((segments) => segments.map((s) => (s.startsWith(':') ? '[^/]+' : escape(s))).join('/'));
  return `^${escape(basePath)}/(?:${folders.join('|')})/`;
}

const hashedPathPattern = (basePath: string) => new RegExp(hashedPathRegex(basePath));

/** The hashed folders as `_headers` URL patterns (Netlify and Cloudflare Pages: `:name` one segment, a final `*` the rest). */
export const hashedPathGlobs = (basePath = ''): string[] => HASHED_FOLDERS.map((segments) => `${basePath}/${segments.join('/')}/*`);
