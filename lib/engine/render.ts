/**
 * Running `next build` on the planned pages: it exports them into the workspace's render folder. In
 * an incremental build it starts before the plan exists, so its start-up and compile overlap the
 * content step; its pages wait for the plan (lib/pages/store.ts), and it is stopped when the plan
 * says there is nothing to render.
 */
import path from 'node:path';
import { orphanGuard, spawnGroup, stopGroup } from './lifetime';
import { exitOf, TimedOut } from './wait';
import type { Workspace } from './workspace';

export interface RunningBuild {
  /** Resolves to true when next build succeeded, false when it failed or was stopped; rejects (TimedOut) when it hung past the wait limit. */
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
  const done = exitOf(next, 'next build').then(
    ({ code }) => code === 0,
    (error: unknown) => {
      if (error instanceof TimedOut) throw error;
      return false; // could not start
    },
  );
  // Whoever does not wait for it (a build failing before the render) must not see its rejection as unhandled.
  done.catch(() => undefined);
  return { done, stop: () => stopGroup(next) };
}
