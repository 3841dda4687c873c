/**
 * Reading a file of the content folder: only a regular file, never through a symbolic link, and
 * never a named pipe, folder, socket or device. Every link is refused (as Hugo does), not only one
 * that leaves the project: a link inside it can reach `.env` or `.git/config`, a link's target can
 * change without the link (or Git, or the build's fingerprint of the folder) changing, and a pull
 * request shows the link, not what it would publish. Copying the file costs an editor nothing.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { lstat, open, readlink, type FileHandle } from 'node:fs/promises';

/** Opens without following a last-component link, and without waiting for a writer on a named pipe. */
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** What a file is when it is not a regular file, as the editor is told; `undefined` for a regular file. */
function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

const linkProblem = (target: string) => `is a symbolic link to ${target}: links are not published; copy the file into the content folder instead`;
const kindProblem = (kind: string) => `is ${kind}, not a file: only regular files are read; remove it or put a file in its place`;

/** Why `file` will not be read (a link, a pipe, a folder…), or `undefined` for a regular file. Never reads it. */
export async function refusal(file: string): Promise<string | undefined> {
  const stats = await lstat(file);
  if (stats.isSymbolicLink()) return linkProblem(await readlink(file).catch(() => 'a target that cannot be read'));
  const kind = kindOf(stats);
  return kind === undefined ? undefined : kindProblem(kind);
}

function refusalSync(file: string): string {
  const stats = lstatSync(file);
  if (stats.isSymbolicLink()) {
    let target = 'a target that cannot be read';
    try {
      target = readlinkSync(file);
    } catch {
      // described without its target
    }
    return linkProblem(target);
  }
  return kindProblem(kindOf(stats) ?? 'not a regular file');
}

/** A file's bytes, or why it is not read. Checked on the open file, so a file swapped for a link or a pipe after listing is refused too. */
export async function readRegularFile(file: string): Promise<Buffer | { readonly problem: string }> {
  let handle: FileHandle;
  try {
    handle = await open(file, FLAGS);
  } catch (error) {
    // ELOOP: a link; ENXIO: a socket; anything else (gone, unreadable) is the caller's to word.
    if (isCode(error, 'ELOOP') || isCode(error, 'ENXIO')) return { problem: (await refusal(file).catch(() => undefined)) ?? kindProblem('not a regular file') };
    throw error;
  }
  try {
    const kind = kindOf(await handle.stat());
    return kind === undefined ? await handle.readFile() : { problem: kindProblem(kind) };
  } finally {
    await handle.close();
  }
}

/** `readRegularFile`, synchronously. */
export function readRegularFileSync(file: string): Buffer | { readonly problem: string } {
  let fd: number;
  try {
    fd = openSync(file, FLAGS);
  } catch (error) {
    if (isCode(error, 'ELOOP') || isCode(error, 'ENXIO')) return { problem: refusalSync(file) };
    throw error;
  }
  try {
    const kind = kindOf(fstatSync(fd));
    return kind === undefined ? readFileSync(fd) : { problem: kindProblem(kind) };
  } finally {
    closeSync(fd);
  }
}

const isCode = (error: unknown, code: string): boolean => error instanceof Error && 'code' in error && error.code === code;
