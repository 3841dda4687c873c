/**
 * Swapping two folders in one step. Linux's renameat2(RENAME_EXCHANGE) exchanges two paths
 * atomically: there is no instant at which either name is missing, so a host serving `out/` never
 * sees it gone, even if the build is killed mid-swap. Node has no binding for it, and neither
 * coreutils 9.1 (`mv --exchange` is 9.5) nor util-linux 2.38 (`exch` is 2.40) has a command; python3's
 * ctypes calls it. Where that is not possible (no python3, not Linux, a file system
 * without exchange), the caller falls back to two renames.
 */
import { spawnSync } from 'node:child_process';
import { tooLong, waitLimit } from './wait';

const EXCHANGE = [
  'import ctypes, os, sys',
  'libc = ctypes.CDLL(None, use_errno=True)',
  'AT_FDCWD, RENAME_EXCHANGE = -100, 2',
  'if libc.renameat2(AT_FDCWD, os.fsencode(sys.argv[1]), AT_FDCWD, os.fsencode(sys.argv[2]), RENAME_EXCHANGE) != 0:',
  '    sys.stderr.write(os.strerror(ctypes.get_errno()))',
  '    sys.exit(3)',
].join('\n');

/** Exchanges folders `a` and `b` atomically; returns null when done, else why it could not (nothing moved). */
export function exchange(a: string, b: string): string | null {
  if (process.platform !== 'linux') return `not Linux (${process.platform})`;
  // -I -S: no user site, no site module, no environment: a bare interpreter starts fastest.
  const limit = waitLimit();
  const run = spawnSync('python3', ['-I', '-S', '-c', EXCHANGE, a, b], { encoding: 'utf8', timeout: limit, killSignal: 'SIGKILL' });
  // Stopped mid-way, it may or may not have exchanged them: no fallback, the build fails (both folders are whole builds).
  if (run.error && 'code' in run.error && run.error.code === 'ETIMEDOUT') throw tooLong(`exchanging ${b} and ${a} (python3)`, limit);
  if (run.error) return 'python3 not found';
  if (run.status === 0) return null;
  return run.status === 3 ? `renameat2: ${run.stderr.trim()}` : `python3 has no renameat2 (exit ${run.status})`;
}
