/**
 * Running `next build` on the planned pages: it exports them into the workspace's render folder. It
 * starts before the plan exists, so its start-up and compile overlap the content step; its pages
 * wait for the plan (lib/pages/store.ts), and it is stopped when the plan says there is nothing to render.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Workspace } from './workspace';

export interface RunningBuild {
  /** Resolves to true when next build succeeded. */
  readonly done: Promise<boolean>;
  /** Stops next build. */
  readonly stop: () => void;
}

/** Starts `next build` (its output shown as it comes), with the plan and models to come in `modelsDir`. */
export function startNextBuild(ws: Workspace, modelsDir: string): RunningBuild {
  const next = spawn(process.execPath, [path.join(ws.root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: ws.root,
    // In the build's process group: a Ctrl-C or a kill of the build reaches next build and its workers too.
    stdio: 'inherit',
    env: { ...process.env, BRIEF_PAGE_MODELS: modelsDir, BRIEF_RENDER_DIR: ws.render, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const done = new Promise<boolean>((resolve) => {
    next.on('error', () => resolve(false));
    next.on('exit', (code) => resolve(code === 0));
  });
  // Its workers end with it: they exit when the channel to their parent closes.
  const stop = () => {
    if (next.exitCode === null) next.kill('SIGKILL');
  };
  // A build that fails or is stopped takes next build with it.
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  return { done, stop };
}
