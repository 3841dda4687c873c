/**
 * The phases that make the pages: the content step (a process of its own: content → page models →
 * plan), `next build` on the planned pages, and staging the next export next to `out/`.
 */
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { site } from '../../site/config';
import { BuildFailed } from '../failure';
import { SERVER_FILES } from '../hosting/host-files';
import { inProcesses } from '../parallel';
import { cleanExport, finishPages } from '../post-export';
import { preparedSchema, type Prepared } from '../prepare';
import { refuseGeneratedNames } from '../public-clash';
import { startNextBuild, type RunningBuild } from '../render';
import { plural } from '../report';
import { discard, linkTree, moveInto, moveTree, pageFile, removePage } from '../stage';
import { done, modelsDir, posix, renderDir, seconds, type Mode, type Run } from './run';

/** The plan of the content step, and next build when it already runs. */
export interface Planned {
  readonly plan: Prepared;
  readonly next: RunningBuild | undefined;
  /** When next build started (performance.now()), and the wall-clock time its pages must be newer than. */
  readonly nextStarted: number;
  readonly renderStartedAt: number;
}

/**
 * Runs the content step in a process of its own (lib/engine/prepare.ts): loads and validates the
 * content, computes every page's model and plans what to render. In an incremental build next build
 * starts first, its start-up and compile overlapping this step, its pages waiting for the plan; a full
 * build starts it after, so that their memory peaks do not add up. The previous render's models and
 * pages go first, so that no page of this build can read or be taken for them.
 */
export async function prepare(run: Run, mode: Mode): Promise<Planned> {
  const { ws } = run;
  rmSync(modelsDir(run), { recursive: true, force: true });
  discard(renderDir(run), ws.trash);
  const next = mode.before ? startNextBuild(ws, modelsDir(run)) : undefined;
  const nextStarted = performance.now();
  // Wall-clock time (file times are wall-clock), a little early for coarse file-system clocks.
  const renderStartedAt = Date.now() - 1000;
  try {
    const input = { root: run.root, outName: run.outName, modelsDir: modelsDir(run), cacheDir: ws.cacheDir, previous: mode.before?.pages ?? null };
    const [plan] = await inProcesses('prepare', [input], preparedSchema);
    if (!plan) throw new Error('the prepare process gave nothing');
    refuseGeneratedNames(path.join(run.root, 'public'), [...plan.syndication.map(([file]) => file), ...SERVER_FILES]);
    run.clock = performance.now();
    return { plan, next, nextStarted, renderStartedAt };
  } catch (error) {
    next?.stop();
    throw error;
  }
}

/** Runs next build to its end, or stops it when there is no page to render and every page is in `out/` already; returns whether it rendered. */
export async function render(run: Run, mode: Mode, { plan, next, nextStarted }: Planned): Promise<boolean> {
  if (mode.before !== undefined && plan.render.length === 0) {
    next?.stop();
    await next?.done;
    run.log('✓ next build: stopped, no page changed');
    return false;
  }
  const started = next ? nextStarted : performance.now();
  const running = next ?? startNextBuild(run.ws, modelsDir(run));
  if (!(await running.done)) throw new BuildFailed('render', `next build failed; ${run.outName}/ is unchanged.`);
  done(run, mode.before ? `next build: ${seconds(started)} in all, started with the content step` : 'next build');
  return true;
}

/**
 * Assembles the next export in the staging folder; returns each page's inline script hashes (for the
 * security headers). A full build moves the whole render there, without framework runtime; an
 * incremental one starts from hard links of `out/`, removes the pages gone and moves in the pages
 * rendered, each of which must come from this render.
 */
export async function stage(run: Run, mode: Mode, { plan, renderStartedAt }: Planned, rendered: boolean): Promise<Record<string, string[]>> {
  const { ws } = run;
  if (mode.before === undefined) {
    const finished = await cleanExport(renderDir(run), site.basePath, run.cores);
    rmSync(ws.staging, { recursive: true, force: true });
    moveTree(renderDir(run), ws.staging);
    done(run, `post-export: ${plural(finished.size, 'page')} without framework runtime`);
    return Object.fromEntries([...finished].map(([file, hashes]) => [posix(file), hashes]));
  }
  const files = plan.render.map(pageFile);
  for (const file of files) {
    const written = statSync(path.join(renderDir(run), file), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (written < renderStartedAt) throw new BuildFailed('stage', `next build did not render ${file}, a planned page; ${run.outName}/ is unchanged.`);
  }
  const finished = rendered ? await finishPages(renderDir(run), files, site.basePath) : new Map<string, string[]>();
  linkTree(ws.out, ws.staging);
  const scripts = { ...mode.before.scripts };
  for (const pagePath of plan.removed) {
    removePage(ws.staging, pagePath);
    delete scripts[posix(pageFile(pagePath))];
  }
  for (const [file, hashes] of finished) {
    moveInto(path.join(renderDir(run), file), path.join(ws.staging, file));
    scripts[posix(file)] = hashes;
  }
  if (rendered) rmSync(renderDir(run), { recursive: true, force: true });
  done(run, `staged: ${plural(finished.size, 'page')} rendered, ${plural(plan.removed.length, 'page')} removed, the rest kept`);
  return scripts;
}
