/**
 * One build at a time in a project: builds share `.next`, the render folder, the caches and the
 * staging folders, and a build's recovery removes what it takes for a dead build's leftovers. The
 * lock is a file in the project root naming its build (PID, start time); it is created whole (a
 * hard link of a complete file, which fails if the lock exists) and taken over only from a build
 * that is no longer running.
 */
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The lock file, in the project root. */
export const LOCK_FILE = '.brief-build.lock';

const holderSchema = z.strictObject({
  pid: z.number().int().positive(),
  /** When the build started (ISO 8601), as messages show it. */
  started: z.string(),
  /** The process's start time in clock ticks since boot (Linux), so a PID used again by another process is not taken for the build. */
  ticks: z.string().nullable(),
});
/** The build that holds the lock. */
export type Holder = z.output<typeof holderSchema>;

/** Another build is running: its message names it and says what to do. */
export class BuildRunning extends Error {
  constructor(readonly holder: Holder) {
    super(`another build is running in this project (PID ${holder.pid}, started ${shown(holder.started)}); wait for it to end, or stop it with kill ${holder.pid}`);
  }
}

/** A start time as messages show it: `2026-12-07 20:41:03 UTC`. */
export const shown = (iso: string): string => iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');

/** A process's start time in clock ticks since boot (field 22 of /proc/PID/stat), or null where there is no /proc. */
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether `pid` has exited and waits only to be reaped (a zombie: `kill(pid, 0)` still succeeds on it). */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state === 'Z' || state === 'X';
  } catch {
    return false;
  }
}

/** Whether process `pid` is alive (and, when `ticks` is known, is still the process that was recorded). */
export function isRunning(pid: number, ticks: string | null = null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user.
    if (!(error instanceof Error && 'code' in error && error.code === 'EPERM')) return false;
  }
  // A build killed with its parent (kill -9 of npm's group) is a zombie until init reaps it: it runs no more.
  if (isZombie(pid)) return false;
  if (ticks === null) return true;
  const now = startTicks(pid);
  return now === null || now === ticks;
}

function readHolder(file: string): { text: string; holder: Holder | undefined } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // gone meanwhile
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { text, holder: undefined };
  }
  const parsed = holderSchema.safeParse(json);
  return { text, holder: parsed.success ? parsed.data : undefined };
}

/** Creates `file` with `text` only if it does not exist, whole (never seen half written). */
function createWhole(file: string, text: string): boolean {
  const temp = `${file}.${process.pid}`;
  writeFileSync(temp, text);
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/**
 * Removes the lock `file` if it still holds `stale`. Checking and removing are done holding a second
 * lock, so two builds taking over the same dead build cannot remove each other's new lock.
 */
function removeIfStill(file: string, stale: string): void {
  const guard = `${file}.takeover`;
  const me = JSON.stringify({ pid: process.pid });
  if (!createWhole(guard, me)) {
    // Another build is taking over (a few milliseconds), or one was killed while doing so.
    const age = Date.now() - (statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 10_000) unlinkSync(guard);
    return;
  }
  try {
    if (readHolder(file)?.text === stale) unlinkSync(file);
  } finally {
    unlinkSync(guard);
  }
}

/**
 * Takes the build lock of the project at `root` for this process until it exits. Throws BuildRunning
 * when a running build holds it; returns the dead build it took over from, if any.
 */
export function acquireLock(root: string): { replaced: Holder | undefined } {
  const file = path.join(root, LOCK_FILE);
  const me: Holder = { pid: process.pid, started: new Date().toISOString(), ticks: startTicks(process.pid) };
  let replaced: Holder | undefined;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (createWhole(file, JSON.stringify(me))) {
      process.on('exit', () => {
        if (readHolder(file)?.holder?.pid === process.pid) unlinkSync(file);
      });
      return { replaced };
    }
    const found = readHolder(file);
    if (!found) continue; // released meanwhile
    const { holder } = found;
    // A lock of this very PID is a dead build's whose PID came round again (a container's first PIDs).
    if (holder && holder.pid !== process.pid && isRunning(holder.pid, holder.ticks)) throw new BuildRunning(holder);
    replaced = holder;
    removeIfStill(file, found.text);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  throw new Error(`could not take the build lock ${file}; remove it if no build is running`);
}
