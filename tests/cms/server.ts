/** Helpers of the CMS tests: `npm run cms` started in a project copy, on free loopback ports, and stopped whole. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { freePort } from '../site/helpers';

export interface RunningCms {
  /** The dev server's origin, such as `http://127.0.0.1:40123`. */
  readonly origin: string;
  /** The local backend's port (CMS_PORT): its API is `http://127.0.0.1:<port>/api/v1`. */
  readonly backendPort: number;
  readonly process: ChildProcess;
}

/** Starts `npm run cms` in `repo` (its own process group) and resolves once the dev server is ready. */
export async function startCms(repo: string, env: Record<string, string> = {}): Promise<RunningCms> {
  const [port, backendPort] = [await freePort(), await freePort()];
  const child = spawn('npm', ['run', 'cms', '--', '--port', String(port)], {
    cwd: repo,
    env: { ...process.env, CMS_PORT: String(backendPort), NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run cms did not start in 180 s:\n${log}`)), 180_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (/Ready in/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  });
  return { origin: `http://127.0.0.1:${port}`, backendPort, process: child };
}

/** Whether a process of the group `group` runs (Linux's /proc; a zombie, exited but not yet reaped, does not count). */
export function groupAlive(group: number): boolean {
  return readdirSync('/proc').some((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      return false;
    }
    // After the command's name in parentheses: state, parent, process group.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(pgrp) === group && state !== 'Z';
  });
}

/** Stops every process of the group (a test may have stopped it already): the dev server writes into the copy until all have exited; then the copy can go. */
export async function stopCms(cms: RunningCms | undefined): Promise<void> {
  const group = cms?.process.pid;
  if (group === undefined || !groupAlive(group)) return;
  try {
    process.kill(-group, 'SIGTERM');
  } catch {
    return;
  }
  for (let tries = 0; tries < 100; tries++) {
    if (!groupAlive(group)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // Gone meanwhile.
  }
}
