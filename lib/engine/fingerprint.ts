/**
 * What a build's output depends on besides content, as hashes: the code (every file of the project
 * but those that cannot change a page), the dependencies (the lockfile), Node's version (Intl
 * formats dates) and the settings. A build reuses earlier output only when these are unchanged;
 * anything else falls back to a full build. Walking the project is also where the build refuses,
 * before anything is built, a symbolic link or a FIFO, socket or device in it (public/ is published
 * as it is).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { SettingError, site } from '../site/config';
import { RefusedInput } from './refused';

/**
 * What cannot change a page, by name at the top of the project: never hashed. Everything else is (a
 * denylist, so a new folder of code is covered the day it appears). Content is hashed per file by the
 * build itself; node_modules by package-lock.json; the rest is tests, documentation, benchmark
 * results, CI and server examples, editors' settings and the build's own state and output.
 */
const NOT_CODE = new Set(['content', 'tests', 'docs', 'bench', 'deploy', '.ci', '.github', '.git', '.vscode', '.idea', 'node_modules', '.next', 'next-env.d.ts', 'test-results', 'vitest.config.ts']);
/** The same, by pattern: exports (`out`, `out-x`), the build's folders and lock (`.brief-*`, `.out.staging`), top-level Markdown, TypeScript's incremental state. */
const NOT_CODE_PATTERNS = [/^out(?:$|-)/, /^\.brief-/, /^\..+\.(?:staging|old|trash)$/, /\.md$/i, /\.tsbuildinfo$/];

const hashed = (name: string) => !NOT_CODE.has(name) && !NOT_CODE_PATTERNS.some((pattern) => pattern.test(name));

/** What the content pipeline (parsing and validating a file) depends on: these folders import nothing outside them (tests/scripts/fingerprint.test.ts). */
export const PIPELINE = ['lib/content', 'lib/media', 'lib/site', 'package-lock.json'];

/** A refused entry: its path relative to the project, and where it points or what it is. */
type Found = readonly [file: string, what: string];

/** What a folder entry that is neither a file nor a folder is, for a message. */
function kindOf(entry: Stats | Dirent): string {
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  return 'a device';
}

/**
 * Why the build refuses what it found below `entries` (relative paths): one line. Links in public/
 * would be published as their target's bytes (Next's export follows them), so a link to
 * /etc/passwd or ../.env publishes that file. Links in code are refused too rather than hashed by
 * their target's path: the target's bytes can change while the link does not, and an
 * incremental build would then reuse pages the new code no longer renders.
 */
function refusal(links: readonly Found[], special: readonly Found[]): string {
  const parts: string[] = [];
  const named = (list: readonly Found[], join: string) => list.map(([file, to]) => `${file}${join}${to}`).join(', ');
  const publicLinks = links.filter(([file]) => file === 'public' || file.startsWith('public/'));
  const codeLinks = links.filter((link) => !publicLinks.includes(link));
  if (publicLinks.length === 1) parts.push(`${named(publicLinks, ' is a symbolic link to ')}: public/ files are published as they are, and links are refused (they could publish any file of this machine, .env and .git/config included); copy the file instead`);
  else if (publicLinks.length > 1) parts.push(`${publicLinks.length} symbolic links in public/ (${named(publicLinks, ' → ')}): public/ files are published as they are, and links are refused (they could publish any file of this machine, .env and .git/config included); copy the files instead`);
  if (codeLinks.length > 0) parts.push(`${codeLinks.length === 1 ? 'a symbolic link' : `${codeLinks.length} symbolic links`} in the site's code (${named(codeLinks, ' → ')}): links are refused there, since a link's target can change without the link and the build would not notice; copy the file instead`);
  if (special.length > 0) parts.push(`${named(special, ' is ')}: only files and folders are read; remove ${special.length === 1 ? 'it' : 'them'}`);
  return parts.join('; ');
}

/**
 * Every file below `entries` (files or folders, relative to `root`), sorted, leaving out the folders
 * and files at `skipped` (absolute paths). Throws RefusedInput, naming them all, if any entry is a
 * symbolic link or a FIFO, socket or device.
 */
function filesOf(root: string, entries: readonly string[], skipped: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const links: Found[] = [];
  const special: Found[] = [];
  const posix = (file: string) => file.split(path.sep).join('/');
  const check = (relative: string, entry: Stats | Dirent): boolean => {
    if (entry.isSymbolicLink()) links.push([posix(relative), readlinkSync(path.join(root, relative))]);
    else if (!entry.isFile() && !entry.isDirectory()) special.push([posix(relative), kindOf(entry)]);
    else return true;
    return false;
  };
  // Links are not followed (lstat, Dirent): a linked folder is seen as the link it is.
  const walk = (relative: string) => {
    for (const e of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.join(relative, e.name);
      if (skipped.has(path.join(root, child)) || !check(child, e)) continue;
      if (e.isFile()) found.push(child);
      else walk(child);
    }
  };
  for (const entry of entries) {
    const stat = lstatSync(path.join(root, entry), { throwIfNoEntry: false });
    // An optional file or folder that a project may not have.
    if (stat === undefined || skipped.has(path.join(root, entry)) || !check(entry, stat)) continue;
    if (stat.isFile()) found.push(entry);
    else walk(entry);
  }
  const byPath = (a: Found, b: Found) => (a[0] < b[0] ? -1 : 1);
  if (links.length > 0 || special.length > 0) throw new RefusedInput(refusal(links.sort(byPath), special.sort(byPath)));
  return found.map(posix).sort();
}

function hashFiles(root: string, entries: readonly string[], extra: string, skipped?: ReadonlySet<string>): string {
  const hash = createHash('sha256').update(`${extra}\0`);
  for (const file of filesOf(root, entries, skipped)) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

/** The settings that change output (`BASE_PATH`, `SITE_URL`, page size, share images, `SITE_TWITTER`), as one line; a bad setting is refused here, before anything is built. */
export function settingsLine(): string {
  let twitter: string | undefined;
  try {
    twitter = site.twitter;
  } catch (error) {
    throw error instanceof SettingError ? new RefusedInput(`${error.message}; nothing was built`) : error;
  }
  return JSON.stringify({ basePath: site.basePath, url: site.url, pageSize: site.pageSize, ogImages: site.ogImages, node: process.version, twitter });
}

/**
 * Hash of the code, dependencies, Node version and settings: equal fingerprints, interchangeable
 * builds. Hashes every file of the project at `root` but what cannot change a page (NOT_CODE), the
 * content folder and `ignored` (absolute paths: the build's export, staging and cache folders,
 * wherever they are). Throws RefusedInput for a link or a FIFO, socket or device among them.
 */
export function buildFingerprint(root: string, ignored: readonly string[] = []): string {
  const skipped = new Set([path.resolve(root, site.contentDir), ...ignored].map((p) => path.resolve(p)));
  const entries = readdirSync(root).filter(hashed).sort();
  return hashFiles(root, entries, settingsLine(), skipped);
}

/** Hash of what parsing one content file depends on (the salt of the parse cache); body images' URLs hold BASE_PATH. */
export function pipelineFingerprint(root: string): string {
  return hashFiles(root, PIPELINE, `${process.version}\0${site.basePath}`);
}

/** Hash of the code that draws share images (for their cache, which outlives other code changes). */
export function shareImageFingerprint(root: string): string {
  return hashFiles(root, ['lib/engine/share-images.tsx', 'lib/site', 'package-lock.json'], JSON.stringify({ url: site.url, node: process.version }));
}
