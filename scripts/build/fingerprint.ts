/**
 * What a build's output depends on besides content, as hashes: the code (every file that renders
 * pages or writes the export), the dependencies (the lockfile), Node's version (Intl formats dates)
 * and the settings. A build reuses earlier output only when these are unchanged; anything else falls
 * back to a full build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { site } from '../../lib/site/config';

/** Folders and files whose every byte can change the export. */
const CODE = ['app', 'components', 'lib', 'public', 'scripts/build', 'scripts/build.ts', 'next.config.ts', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** What the content pipeline (parsing and validating a file) depends on. */
const PIPELINE = ['lib/content', 'lib/media', 'lib/site', 'package-lock.json'];

/** Every file below `entries` (files or folders, relative to `root`), sorted. */
function filesOf(root: string, entries: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(root, entry);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      continue; // an optional file (postcss.config.mjs) that a project may not have
    }
    if (stat.isFile()) found.push(entry);
    else {
      for (const e of readdirSync(full, { withFileTypes: true, recursive: true })) {
        if (e.isFile()) found.push(path.relative(root, path.join(e.parentPath, e.name)));
      }
    }
  }
  return found.map((f) => f.split(path.sep).join('/')).sort();
}

function hashFiles(root: string, entries: readonly string[], extra: string): string {
  const hash = createHash('sha256').update(`${extra}\0`);
  for (const file of filesOf(root, entries)) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

/** The settings that change output (`BASE_PATH`, `SITE_URL`, page size, share images), as one line. */
export function settingsLine(): string {
  return JSON.stringify({ basePath: site.basePath, url: site.url, pageSize: site.pageSize, ogImages: site.ogImages, node: process.version });
}

/** Hash of the code, dependencies, Node version and settings: equal fingerprints, interchangeable builds. */
export function buildFingerprint(root: string): string {
  return hashFiles(root, CODE, settingsLine());
}

/** Hash of what parsing one content file depends on (the salt of the parse cache); body images' URLs hold BASE_PATH. */
export function pipelineFingerprint(root: string): string {
  return hashFiles(root, PIPELINE, `${process.version}\0${site.basePath}`);
}

/** Hash of the code that draws share images (for their cache, which outlives other code changes). */
export function shareImageFingerprint(root: string): string {
  return hashFiles(root, ['scripts/build/share-images.tsx', 'lib/site', 'package-lock.json'], JSON.stringify({ url: site.url, node: process.version }));
}
