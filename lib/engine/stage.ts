/**
 * Assembling the next export in the staging folder. An incremental build starts from a copy of
 * `out/` made of hard links (instant, no bytes copied), so every change here must replace a file
 * (write elsewhere, then rename over it), never write into it: writing into a link would change
 * the live `out/` too. The staging folder is next to `out/`, on the export's file system, which need
 * not be the project's: what comes from the project (rendered pages) is copied across where a
 * rename cannot cross.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tooLong, waitLimit } from './wait';

/** Recreates the tree `from` at `to`, every file a hard link: with `cp -al` where there is one (a native loop, much faster), else file by file. */
export function linkTree(from: string, to: string): void {
  if (process.platform === 'linux') {
    const limit = waitLimit();
    const cp = spawnSync('cp', ['-al', from, to], { timeout: limit, killSignal: 'SIGKILL' });
    if (cp.error && 'code' in cp.error && cp.error.code === 'ETIMEDOUT') throw tooLong(`linking ${from} into ${to} (cp -al)`, limit);
    if (cp.status === 0) return;
  }
  rmSync(to, { recursive: true, force: true });
  linkFiles(from, to);
}

/** `linkTree` in JavaScript: a copy where links are not possible. */
function linkFiles(from: string, to: string): void {
  const made = new Set<string>();
  const folder = (dir: string) => {
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  folder(to);
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    if (entry.isDirectory()) {
      folder(target);
      continue;
    }
    folder(path.dirname(target));
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/**
 * Deletes a folder without waiting: it is renamed out of the way at once (into `trash`, on the same
 * file system), then removed by a background `rm -rf` that outlives this process. Where that is not
 * possible, it is deleted here and now.
 */
export function discard(dir: string, trash: string): void {
  if (!existsSync(dir)) return;
  const target = path.join(trash, `${path.basename(dir)}-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(trash, { recursive: true });
    renameSync(dir, target);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  if (process.platform === 'win32') rmSync(target, { recursive: true, force: true });
  else {
    const rm = spawn('rm', ['-rf', target], { detached: true, stdio: 'ignore' });
    // No rm on the PATH: delete it here (a fresh spawn's error comes before this process could exit).
    rm.on('error', () => rmSync(target, { recursive: true, force: true }));
    rm.unref();
  }
}

/** Writes `data` to `file` by replacing it (a temporary file renamed over it), creating folders as needed. */
export async function replaceFile(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}

const crossesDevices = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'EXDEV';

/** Moves file `from` to `to`, replacing whatever is there (a copy renamed into place where it crosses file systems). */
export function moveInto(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if (!crossesDevices(error)) throw error;
    const temp = `${to}.${process.pid}.tmp`;
    copyFileSync(from, temp);
    renameSync(temp, to);
    rmSync(from, { force: true });
  }
}

/** Moves a whole folder (a copy where it crosses file systems). */
export function moveTree(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if (!crossesDevices(error)) throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** The file of a page: `/` → `index.html`, `/tr/articles/x/` → `tr/articles/x/index.html` (trailingSlash). */
export const pageFile = (pagePath: string): string => path.join(...pagePath.split('/').filter(Boolean), 'index.html');

/** Deletes a page's file, then its folders while they are empty (never `root` itself). */
export function removePage(root: string, pagePath: string): void {
  const file = path.join(root, pageFile(pagePath));
  rmSync(file, { force: true });
  for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      break; // not empty
    }
  }
}
