/** Helpers of the CMS tests: `npm run cms` started in a project copy, on free loopback ports, and stopped whole. */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../site/helpers';

export interface RunningCms {
  /** The dev server's origin, such as `http://127.0.0.1:40123`. */
  readonly origin: string;
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
    const timer = setTimeout(() => reject(new Error(`npm run cms did not start in 90 s:\n${log}`)), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (/Ready in/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  });
  return { origin: `http://127.0.0.1:${port}`, process: child };
}

/** Stops every process of the group: the dev server writes into the copy until all have exited; then the copy can go. */
export async function stopCms(cms: RunningCms | undefined): Promise<void> {
  const group = cms?.process.pid;
  if (group === undefined) return;
  process.kill(-group, 'SIGTERM');
  for (let tries = 0; tries < 100; tries++) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(-group, 'SIGKILL');
}
