/**
 * Faults of the machine a build meets — a full disk, a folder it may not write, a read-only or
 * missing folder — said in one line: what happened, which path, what to do. Anything else is a bug
 * of the build and keeps its stack trace.
 */
import { existsSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { RefusedInput } from './refused';

/** Exit code of a worker process that has already said what went wrong in one line. */
export const REPORTED = 4;

/** Exit code of the prepare process when the content is invalid (it has printed the problems). */
export const INVALID_CONTENT = 3;

const faults: Record<string, { what: string; todo: string }> = {
  ENOSPC: { what: 'disk full', todo: 'free some space on that disk (or set BRIEF_OUT_DIR / BRIEF_CACHE_DIR to a folder on another one), then build again' },
  EDQUOT: { what: 'disk quota exceeded', todo: 'free some space or raise the quota, then build again' },
  EACCES: { what: 'permission denied', todo: 'give the user running the build write access to it (or set BRIEF_OUT_DIR to a folder it may write)' },
  EPERM: { what: 'operation not permitted', todo: 'give the user running the build write access to it (or set BRIEF_OUT_DIR to a folder it may write)' },
  EROFS: { what: 'read-only file system', todo: 'set BRIEF_OUT_DIR / BRIEF_CACHE_DIR to a writable folder, or mount it read-write' },
  ENOENT: { what: 'no such file or folder', todo: 'create the folder (or check BRIEF_OUT_DIR, CONTENT_DIR), then build again' },
  ENOTDIR: { what: 'not a folder', todo: 'check BRIEF_OUT_DIR, CONTENT_DIR and BRIEF_CACHE_DIR' },
  EXDEV: { what: 'the move crosses file systems', todo: 'keep BRIEF_OUT_DIR and its parent folder on one file system' },
  EMFILE: { what: 'too many open files', todo: 'raise the limit (ulimit -n), then build again' },
  ENFILE: { what: 'too many open files on the system', todo: 'close other programs or raise the limit, then build again' },
  EIO: { what: 'input/output error', todo: 'check the disk' },
};

const field = (error: object, key: string): string | undefined => {
  const value: unknown = Reflect.get(error, key);
  return typeof value === 'string' ? value : undefined;
};

/** The first of `folders` (or their nearest existing parent) on a file system with less than 64 KB free. */
function fullFolder(folders: readonly string[]): string | undefined {
  for (const folder of folders) {
    let dir = folder;
    while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    try {
      const { bavail, bsize } = statfsSync(dir);
      if (bavail * bsize < 64 * 1024) return folder;
    } catch {
      // Not there: not the full one.
    }
  }
  return undefined;
}

/**
 * The one line for an expected fault (without the leading `✗ `), or undefined for a bug. A write
 * through a file handle fails with no path: a full disk is then named by which of `folders` (where the
 * build writes) has no space left.
 */
export function faultLine(error: unknown, folders: readonly string[] = []): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = field(error, 'code');
  const fault = code === undefined ? undefined : faults[code];
  if (!fault) return undefined;
  const file = field(error, 'path');
  const dest = field(error, 'dest');
  const full = code === 'ENOSPC' || code === 'EDQUOT';
  // A full or read-only disk is the one written to; otherwise both ends of a copy or rename may be at fault.
  const where = full || code === 'EROFS' || code === 'EXDEV' ? (dest ?? file ?? (full ? fullFolder(folders) : undefined)) : dest ? `${file} → ${dest}` : file;
  const syscall = field(error, 'syscall');
  return `${fault.what} (${code})${where ? `${syscall ? ` in ${syscall}` : ''} at ${where}` : `: ${error.message}`}; ${fault.todo}`;
}

/**
 * What to print for an error a build expects (without the leading `✗ `): an input it refuses, as
 * its message says it; a fault, followed by `outcome` (what became of the export). Undefined for a bug.
 */
export function expectedFailure(error: unknown, outcome: string, folders: readonly string[] = []): string | undefined {
  if (error instanceof RefusedInput) return error.message;
  const fault = faultLine(error, folders);
  return fault === undefined ? undefined : `${fault}; ${outcome}`;
}
