/**
 * Running `next build` on the planned pages: it exports them into the workspace's render folder. It
 * starts before the plan exists, so its start-up and compile overlap the content step; its pages
 * wait for the plan (lib/pages/store.ts), and it is stopped when the plan says there is nothing to render.
 */
import path from 'node:path';
import { orphanGuard, spawnGroup } from './lifetime';
import type { Workspace } from './workspace';

export interface RunningBuild {
  /** Resolves to true when next build succeeded. */
  readonly done: Promise<boolean>;
  /** Stops next build. */
  readonly stop: () => void;
}

/** Starts `next build` (its output shown as it comes), with the plan and models to come in `modelsDir`. */
export function startNextBuild(ws: Workspace, modelsDir: string): RunningBuild {
  // A process group of its own: stopping it stops its workers too; the build stops it on a signal or
  // at exit (lib/engine/lifetime.ts), and it stops itself if the build is killed.
  const next = spawnGroup(process.execPath, [...orphanGuard, path.join(ws.root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: ws.root,
    stdio: 'inherit',
    env: { ...process.env, BRIEF_PAGE_MODELS: modelsDir, BRIEF_RENDER_DIR: ws.render, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const done = new Promise<boolean>((resolve) => {
    next.on('error', () => resolve(false));
    next.on('exit', (code) => resolve(code === 0));
  });
  const stop = () => {
    if (next.pid === undefined || next.exitCode !== null || next.signalCode !== null) return;
    try {
      process.kill(-next.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  return { done, stop };
}
