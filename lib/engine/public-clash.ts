/**
 * A file of public/ is published as it is, so one with the name of a file the build generates (a
 * public/robots.txt, sitemap.xml, feed.xml, _headers, .htaccess) would be replaced without a word:
 * the build refuses it instead, naming each, before anything is rendered.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { RefusedInput } from './refused';

/** Throws `RefusedInput` when `publicDir` holds a file at one of `generated` (export-relative paths, `/x` or `x`). */
export function refuseGeneratedNames(publicDir: string, generated: Iterable<string>): void {
  const clashes = [...new Set([...generated].map((p) => p.replace(/^\/+/, '')))]
    .filter((file) => lstatSync(path.join(publicDir, file), { throwIfNoEntry: false }) !== undefined)
    .sort();
  if (clashes.length === 0) return;
  const named = clashes.map((f) => `public/${f}`).join(', ');
  throw new RefusedInput(`${named} ${clashes.length === 1 ? 'has the name of a file' : 'have the names of files'} the build writes itself (feeds, sitemaps, robots.txt, server configuration): it would be replaced without a word; rename or remove ${clashes.length === 1 ? 'it' : 'them'} (the build's own file is generated from the content and settings)`);
}
