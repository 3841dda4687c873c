/**
 * Everything a build starts ends with it. Each process it starts (`next build`, the workers of
 * lib/engine/parallel.ts) runs in a process group of its own, so stopping it stops what it started
 * too; a signal to the build (SIGINT, SIGTERM, SIGHUP) stops every group and exits without swapping;
 * a build killed with SIGKILL is noticed by its children (lib/engine/orphan-guard.mjs). Temporary
 * folders carry their owner's PID in their name: removed at exit, and by the next build when their
 * owner is dead.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRunning } from './lock';

/** `--import` arguments that make a node process end with the process that started it. */
export const orphanGuard = ['--import', new URL('./orphan-guard.mjs', import.meta.url).href];

const running = new Set<ChildProcess>();
const temporary = new Set<string>();

/** Kills `child` and its process group (SIGKILL: what it leaves is discarded anyway), if it still runs. */
export function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Kills the process group of every child still running. */
export function stopChildren(): void {
  for (const child of running) stopGroup(child);
  running.clear();
}

/** `spawn` in a process group of its own, stopped with the build. */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

/** The temporary folders a build makes: `brief-build-<task>-<pid>-XXXXXX`. */
const TEMP_NAME = /^brief-build-[a-z-]+-(\d+)-[A-Za-z0-9]{6}$/;

/** A new temporary folder, removed when this process exits (also after a signal). */
export async function temporaryFolder(task: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `brief-build-${task}-${process.pid}-`));
  temporary.add(dir);
  return dir;
}

/** Removes a temporary folder now. */
export function removeTemporary(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  temporary.delete(dir);
}

/** Removes the temporary folders of builds that are no longer running (killed with SIGKILL); returns how many. */
export function removeOrphanedTemporaries(): number {
  let removed = 0;
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

let deferred: NodeJS.Signals | undefined;
let inCritical = false;
const exitCode = (signal: NodeJS.Signals) => 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15);

/**
 * Makes this process stop its children and exit on SIGINT, SIGTERM and SIGHUP (`onStop` runs first,
 * e.g. to say so), and clean up at any exit. A signal during `critical` waits until it is over.
 */
export function stopOnSignals(onStop: (signal: NodeJS.Signals) => void = () => {}): void {
  process.on('exit', () => {
    stopChildren();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (inCritical) {
        deferred = signal;
        return;
      }
      onStop(signal);
      process.exit(exitCode(signal));
    });
  }
}

/** Runs `step` (a few renames: the swap) with signals held back until it is done. */
export async function critical<T>(step: () => Promise<T>): Promise<T> {
  inCritical = true;
  try {
    return await step();
  } finally {
    inCritical = false;
    if (deferred) process.kill(process.pid, deferred);
  }
}
