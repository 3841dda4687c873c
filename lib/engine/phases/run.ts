/** What the phases of one build share: its folders, how it prints, how far it got, and what it reuses. */
import path from 'node:path';
import type { Phase } from '../failure';
import type { BuildState, Workspace } from '../workspace';

export interface Run {
  readonly root: string;
  readonly ws: Workspace;
  /** The export as messages name it (`out`, `out-inc`). */
  readonly outName: string;
  readonly cores: number;
  /** Prints a progress line. */
  readonly log: (line: string) => void;
  /** The phase running now (a failure names it). */
  phase: Phase;
  /** Whether this build holds the lock (until then, the folders are not its own), and whether the new export is in place. */
  locked: boolean;
  swapped: boolean;
  /** When the build, and the phase a `✓` line will time, started (performance.now()). */
  readonly started: number;
  clock: number;
}

/** What the build reuses: the fingerprint it will record, and the state of the build in `out/` when it is incremental. */
export interface Mode {
  readonly fingerprint: string;
  readonly before: BuildState | undefined;
}

export const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Prints `✓ line [time of the phase]` and starts timing the next one. */
export function done(run: Run, line: string): void {
  run.log(`✓ ${line} [${seconds(run.clock)}]`);
  run.clock = performance.now();
}

/** What became of the export, for a failure's line. */
export const outcome = (run: Run): string => (run.swapped ? `${run.outName}/ holds the new build` : `${run.outName}/ is unchanged`);

/** The folder of the page models this build writes for next build. */
export const modelsDir = (run: Run): string => path.join(run.ws.stateDir, 'models');

/** The folder next build exports the rendered pages into. */
export const renderDir = (run: Run): string => path.join(run.root, run.ws.render);

/** A path relative to the export with `/` separators, as the build's record keeps it. */
export const posix = (file: string): string => file.split(path.sep).join('/');
