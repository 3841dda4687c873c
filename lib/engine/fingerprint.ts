/**
 * What a build's output depends on besides content, as hashes: the code (every file that renders
 * pages or writes the export), the dependencies (the lockfile), Node's version (Intl formats dates)
 * and the settings. A build reuses earlier output only when these are unchanged; anything else falls
 * back to a full build. Walking these folders is also where the build refuses, before anything is
 * built, a symbolic link or a FIFO, socket or device among them (public/ is published as it is).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { site } from '../site/config';
import { RefusedInput } from './refused';

/** Folders and files whose every byte can change the export. */
const CODE = ['app', 'components', 'lib', 'public', 'scripts/build', 'scripts/build.ts', 'next.config.ts', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** What the content pipeline (parsing and validating a file) depends on. */
const PIPELINE = ['lib/content', 'lib/media', 'lib/site', 'package-lock.json'];

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
 * Every file below `entries` (files or folders, relative to `root`), sorted. Throws RefusedInput,
 * naming them all, if any entry is a symbolic link or a FIFO, socket or device.
 */
function filesOf(root: string, entries: readonly string[]): string[] {
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
  for (const entry of entries) {
    const full = path.join(root, entry);
    const stat = lstatSync(full, { throwIfNoEntry: false });
    // An optional file (postcss.config.mjs) that a project may not have.
    if (stat === undefined || !check(entry, stat)) continue;
    if (stat.isFile()) found.push(entry);
    else {
      // Recursive readdir does not follow links, so a linked folder is seen as the link it is.
      for (const e of readdirSync(full, { withFileTypes: true, recursive: true })) {
        const relative = path.relative(root, path.join(e.parentPath, e.name));
        if (check(relative, e) && e.isFile()) found.push(relative);
      }
    }
  }
  const byPath = (a: Found, b: Found) => (a[0] < b[0] ? -1 : 1);
  if (links.length > 0 || special.length > 0) throw new RefusedInput(refusal(links.sort(byPath), special.sort(byPath)));
  return found.map(posix).sort();
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

/** Hash of the code, dependencies, Node version and settings: equal fingerprints, interchangeable builds. Throws RefusedInput for a link in public/ or the code. */
export function buildFingerprint(root: string): string {
  return hashFiles(root, CODE, settingsLine());
}

/** Hash of what parsing one content file depends on (the salt of the parse cache); body images' URLs hold BASE_PATH. */
export function pipelineFingerprint(root: string): string {
  return hashFiles(root, PIPELINE, `${process.version}\0${site.basePath}`);
}

/** Hash of the code that draws share images (for their cache, which outlives other code changes). */
export function shareImageFingerprint(root: string): string {
  return hashFiles(root, ['lib/engine/share-images.tsx', 'lib/site', 'package-lock.json'], JSON.stringify({ url: site.url, node: process.version }));
}
