/**
 * `build(options)`: content → page models → pages → `out/`, as a list of named phases, in the order
 * they run:
 *
 *   lock → recover → mode → prepare → render → stage → generated files → photos → share images
 *        → search index → compress → swap
 *
 * - lock, recover (./phases/start.ts): one build at a time (./lock.ts); what a killed build left is undone.
 * - mode: incremental when `out/` was made by the same code, dependencies and settings
 *   (./fingerprint.ts), else full; printed with the reason.
 * - prepare, render, stage (./phases/pages.ts): the content step in a process of its own
 *   (./prepare.ts) validates the content and plans the pages whose model changed; `next build`
 *   renders them (./render.ts); the next export is staged next to `out/` (./stage.ts).
 * - generated files … compress (./phases/files.ts): each file of the export only where it changed.
 * - swap: the staged export replaces `out/` whole, in one atomic exchange where the system has one
 *   (./workspace.ts).
 *
 * A failure in any phase is one BuildFailed naming the phase (./failure.ts), and leaves `out/` as it
 * was: staging is discarded, children stopped. A signal stops all of it (./lifetime.ts); a fault of
 * the machine (disk full, permission denied, …) is one line (./faults.ts); every wait has a limit (./wait.ts).
 */
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { BuildFailed, printFailure, toFailure, type Phase } from './failure';
import { stopChildren, stopOnSignals } from './lifetime';
import { compress, generatedFiles, photos, searchIndex, shareImages, swap } from './phases/files';
import { prepare, render, stage } from './phases/pages';
import { outcome, type Run } from './phases/run';
import { chooseMode, lock, recover } from './phases/start';
import { discard } from './stage';
import { workspace } from './workspace';

export { BuildFailed, printFailure } from './failure';

export interface BuildOptions {
  /** The project: its code, public/ and node_modules. */
  readonly root: string;
  /** The export, relative to `root` or absolute (the CLI: BRIEF_OUT_DIR, else `out`). */
  readonly outDir: string;
  /** Caches and the record of each export's build (the CLI: BRIEF_CACHE_DIR, else `.brief-cache`). */
  readonly cacheDir: string;
  /** A full build even where `out/` could be reused (the CLI: `--full`). */
  readonly full: boolean;
  /** Where progress lines (`▶`, `✓`, `•`) go; standard output unless given. */
  readonly log?: (line: string) => void;
  /** What to do with the failure when a signal stops the build, just before the process exits; printFailure unless given. */
  readonly stopped?: (failure: BuildFailed) => void;
}

export interface BuildResult {
  readonly mode: 'full' | 'incremental';
  /** Pages rendered by next build, of all pages. */
  readonly rendered: number;
  readonly pages: number;
  /** Seconds from start to swap. */
  readonly seconds: number;
}

/** Builds the export; throws BuildFailed (and leaves the export as it was) on any failure. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const ws = workspace(options.root, options.outDir, options.cacheDir);
  const run: Run = {
    root: options.root,
    ws,
    outName: path.relative(options.root, ws.out) || ws.out,
    cores: availableParallelism(),
    log: options.log ?? ((line) => console.log(line)),
    phase: 'lock',
    locked: false,
    swapped: false,
    started: performance.now(),
    clock: performance.now(),
  };
  const failure = (error: unknown) => toFailure(error, run.phase, outcome(run), [ws.staging, ws.cacheDir, options.root, tmpdir()]);
  stopOnSignals((signal) => {
    abandon(run);
    (options.stopped ?? printFailure)(new BuildFailed(run.phase, `stopped by ${signal}; ${outcome(run)}.`));
  });
  // However the process ends (a signal, an exit of the caller's), no staging folder of this build is left.
  process.on('exit', () => abandon(run));
  // An error thrown outside the phases' promises (an event handler's) fails the build like any other.
  let onUncaught: (error: unknown) => void = () => {};
  const uncaught = new Promise<never>((_, reject) => (onUncaught = reject));
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  try {
    return await Promise.race([phases(run, options.full), uncaught]);
  } catch (error) {
    stopChildren();
    abandon(run);
    throw failure(error);
  } finally {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  }
}

/** The phases, in the order they run; `run.phase` names the one running (a failure names it). */
async function phases(run: Run, full: boolean): Promise<BuildResult> {
  const step = <T>(phase: Phase, work: () => T): T => {
    run.phase = phase;
    return work();
  };
  step('lock', () => lock(run));
  await step('recover', () => recover(run));
  const mode = await step('mode', () => chooseMode(run, full));
  const planned = await step('prepare', () => prepare(run, mode));
  const { plan } = planned;
  const rendered = await step('render', () => render(run, mode, planned));
  const scripts = await step('stage', () => stage(run, mode, planned, rendered));
  const files = await step('generated files', () => generatedFiles(run, mode, plan, scripts));
  Object.assign(files, await step('photos', () => photos(run, mode, plan)));
  await step('share images', () => shareImages(run, mode, plan, files));
  const search = await step('search index', () => searchIndex(run, mode, plan));
  const compressed = await step('compress', () => compress(run, mode));
  await step('swap', () => swap(run, { version: 2, fingerprint: mode.fingerprint, pages: plan.hashes, scripts, files, search, compressed: compressed.keys }, rendered));
  return {
    mode: mode.before ? 'incremental' : 'full',
    rendered: rendered ? plan.render.length : 0,
    pages: Object.keys(plan.hashes).length,
    seconds: (performance.now() - run.started) / 1000,
  };
}

/** Leaves nothing of a failed build but `out/`: its staging folder goes (recovery would remove it anyway). */
function abandon(run: Run): void {
  if (run.locked && !run.swapped) discard(run.ws.staging, run.ws.outTrash);
}
