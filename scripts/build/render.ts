/** Running `next build` on the planned pages: it exports them into the workspace's render folder. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Workspace } from './workspace';

/** Runs `next build` (its output shown as it comes) with the plan and models in `modelsDir`; true when it succeeded. */
export function nextBuild(ws: Workspace, modelsDir: string): boolean {
  const next = spawnSync(process.execPath, [path.join(ws.root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: ws.root,
    stdio: 'inherit',
    env: { ...process.env, BRIEF_PAGE_MODELS: modelsDir, BRIEF_RENDER_DIR: ws.render, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return next.status === 0;
}
