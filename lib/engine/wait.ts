/**
 * A limit on every wait of the build: a child process, `next build`, a worker thread, Pagefind, the
 * swap. What takes longer than BRIEF_WAIT_LIMIT seconds (an hour unless set) is stopped, and the
 * build fails naming it, instead of waiting for ever.
 */
import type { ChildProcess } from 'node:child_process';
import { waitLimit } from '../site/config';
import { stopGroup } from './lifetime';

/** A wait that lasted longer than its limit: what was waited for is stopped. */
export class TimedOut extends Error {
  override readonly name = 'TimedOut';
}

export { waitLimit };

const shownLimit = (ms: number) => (ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`);

/** The error of a wait for `what` stopped after `limit` milliseconds. */
export const tooLong = (what: string, limit: number): TimedOut => new TimedOut(`${what} did not finish within ${shownLimit(limit)} (BRIEF_WAIT_LIMIT), and was stopped`);

/**
 * `work`, or a TimedOut error naming `what` if it takes longer than `limit` milliseconds (then
 * `onTimeout` runs first, to stop what hangs).
 */
export function within<T>(work: Promise<T>, what: string, onTimeout: () => void = () => {}, limit = waitLimit()): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(tooLong(what, limit));
    }, limit);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** How a child process ended, waited for at most `limit` ms; one that takes longer is killed with its process group. */
export function exitOf(child: ChildProcess, what: string, limit = waitLimit()): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return within(exited, what, () => stopGroup(child), limit);
}

