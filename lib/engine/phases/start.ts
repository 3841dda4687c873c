/** The phases before any work: take the lock, recover from a killed build, choose full or incremental. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { BuildFailed } from '../failure';
import { buildFingerprint } from '../fingerprint';
import { removeOrphanedTemporaries } from '../lifetime';
import { acquireLock, BuildRunning, shown } from '../lock';
import { plural } from '../report';
import { previousState, recover as recoverWorkspace } from '../workspace';
import type { Mode, Run } from './run';

/** One build at a time in a project (lib/engine/lock.ts): another running build fails this one, naming it. */
export function lock(run: Run): void {
  try {
    const { replaced } = acquireLock(run.root);
    run.locked = true;
    if (replaced) run.log(`• took over the build lock of PID ${replaced.pid} (started ${shown(replaced.started)}), which is no longer running`);
  } catch (error) {
    if (error instanceof BuildRunning) throw new BuildFailed('lock', error.message);
    throw error;
  }
}

/** Removes what killed builds left (temporary folders, staging, a half-done swap), once the export's folder is known to exist. */
export async function recover(run: Run): Promise<void> {
  const exportParent = path.dirname(run.ws.out);
  if (!statSync(exportParent, { throwIfNoEntry: false })?.isDirectory()) {
    throw new BuildFailed('recover', `the folder of the export, ${exportParent}, does not exist; create it or set BRIEF_OUT_DIR to a path in a folder that does.`);
  }
  const orphans = removeOrphanedTemporaries();
  if (orphans > 0) run.log(`• removed ${plural(orphans, 'temporary folder')} of killed builds`);
  for (const step of await recoverWorkspace(run.ws)) run.log(`• recovered: ${step}`);
}

/**
 * Incremental when `out/` was built by the same code, dependencies and settings (lib/engine/fingerprint.ts)
 * and `full` is not asked for; full otherwise. Prints which, and why.
 */
export async function chooseMode(run: Run, full: boolean): Promise<Mode> {
  const { ws } = run;
  const fingerprint = buildFingerprint(run.root, [ws.out, ws.staging, ws.old, ws.outTrash, ws.trash, ws.cacheDir]);
  const previous = full ? { reason: '--full' } : await previousState(ws, fingerprint);
  const before = 'state' in previous ? previous.state : undefined;
  run.log(before ? `▶ incremental build: reusing ${run.outName}/ (same code, dependencies and settings)` : `▶ full build: ${'reason' in previous ? previous.reason : ''}`);
  return { fingerprint, before };
}
