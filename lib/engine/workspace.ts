/**
 * Where a build works and what it remembers. The export is assembled in a staging folder next to
 * `out/` and swapped in only when complete, so `out/` is always one whole build, old or new; the
 * state of the build that made `out/` (fingerprint, page model hashes, …) is kept in the cache folder
 * and committed after the swap. A build killed at any point leaves `out/` whole; the next one
 * recovers by itself (and rebuilds fully when it cannot tell which build `out/` holds). Only one
 * build runs at a time (lib/engine/lock.ts), so whatever recovery finds is a dead build's.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { critical } from './lifetime';
import { discard } from './stage';
import { exchange } from './swap';

/** The folders of one output folder's builds. */
export interface Workspace {
  readonly root: string;
  /** The export hosts serve. */
  readonly out: string;
  /**
   * Next's export of the pages to render, as a path relative to `root` (`distDir` wants one). One
   * folder for every output: a different `distDir` would make Next compile everything again.
   */
  readonly render: string;
  /** The next export, assembled before the swap. */
  readonly staging: string;
  /** The previous export, for the instant of the swap. */
  readonly old: string;
  /** This output's state and page models. */
  readonly stateDir: string;
  /** Content-addressed caches shared by every output: parsed articles, share images. */
  readonly cacheDir: string;
  /** Folders renamed out of the way, being deleted in the background (lib/engine/stage.ts `discard`). */
  readonly trash: string;
  /** The same, next to `out/`: on the export's file system, which may not be the project's. */
  readonly outTrash: string;
}

/** The workspace of output folder `outDir` (default `out`), with caches in `cacheDir` (default `.brief-cache`). */
export function workspace(root: string, outDir: string, cacheDir: string): Workspace {
  const out = path.resolve(root, outDir);
  const sibling = (suffix: string) => path.join(path.dirname(out), `.${path.basename(out)}.${suffix}`);
  const cache = path.resolve(root, cacheDir);
  const key = path.relative(root, out).replace(/[^a-zA-Z0-9_-]+/g, '_') || 'out';
  return {
    root,
    out,
    render: '.brief-render',
    staging: sibling('staging'),
    old: sibling('old'),
    stateDir: path.join(cache, 'builds', key),
    cacheDir: cache,
    trash: path.join(root, '.brief-trash'),
    outTrash: sibling('trash'),
  };
}

/** What a build remembers of the export it made. */
export const buildStateSchema = z.strictObject({
  version: z.literal(2),
  /** Code, dependencies and settings (lib/engine/fingerprint.ts). */
  fingerprint: z.string(),
  /** Page URL → hash of its model. */
  pages: z.record(z.string(), z.string()),
  /** HTML file → the CSP hashes of its inline scripts. */
  scripts: z.record(z.string(), z.array(z.string())),
  /** Generated file (feeds, sitemaps, share images, header files) → hash of its bytes or of what it was made from. */
  files: z.record(z.string(), z.string()),
  /** Search index bundle → hash of its pages. */
  search: z.record(z.string(), z.string()),
  /** Text file → the version of it that its .br / .gz copies were made from (lib/engine/hosting/compress.ts). */
  compressed: z.record(z.string(), z.string()),
});
export type BuildState = z.output<typeof buildStateSchema>;

const stateFile = (ws: Workspace) => path.join(ws.stateDir, 'state.json');
const pendingFile = (ws: Workspace) => path.join(ws.stateDir, 'state.pending.json');

/**
 * Undoes what a killed build left: restores `out/` if it was mid-swap, removes staging, and forgets a
 * state it cannot trust. Call it holding the build lock: a running build's folders look the same.
 */
export async function recover(ws: Workspace): Promise<string[]> {
  const done: string[] = [];
  if (!existsSync(ws.out) && existsSync(ws.old)) {
    await rename(ws.old, ws.out);
    done.push(`restored ${path.basename(ws.out)}/ from an interrupted swap`);
  }
  for (const leftover of [ws.staging, ws.old]) {
    if (existsSync(leftover)) {
      discard(leftover, ws.outTrash);
      done.push(`removed ${path.basename(leftover)}`);
    }
  }
  // Whatever a background delete of an earlier build did not finish.
  for (const trash of [ws.trash, ws.outTrash]) for (const name of await readdir(trash).catch(() => [])) discard(path.join(trash, name), trash);
  if (existsSync(pendingFile(ws))) {
    // Killed between writing the new state and committing it: out/ may hold either build.
    await rm(pendingFile(ws), { force: true });
    await rm(stateFile(ws), { force: true });
    done.push('forgot the state of an interrupted build');
  }
  return done;
}

/** The state of the build in `out/`, or why there is none to reuse. */
export async function previousState(ws: Workspace, fingerprint: string): Promise<{ state: BuildState } | { reason: string }> {
  if (!existsSync(ws.out)) return { reason: `no ${path.basename(ws.out)}/ yet` };
  let text: string;
  try {
    text = await readFile(stateFile(ws), 'utf8');
  } catch {
    return { reason: 'no record of the previous build (a fresh checkout or cache)' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { reason: 'the record of the previous build is unreadable' };
  }
  const parsed = buildStateSchema.safeParse(json);
  if (!parsed.success) return { reason: 'the record of the previous build is from another version' };
  if (parsed.data.fingerprint !== fingerprint) return { reason: 'code, dependencies or settings changed' };
  return { state: parsed.data };
}

/**
 * Puts the staged export in place of `out/` and commits its state: the only moment `out/` changes.
 * `out/` and staging are exchanged in one step where the system can (lib/engine/swap.ts), so
 * `out/` exists at every instant; elsewhere two renames leave it missing for an instant (and a
 * build killed then has it restored by `recover`). Returns why it fell back to two renames, if it did.
 */
export async function swapIn(ws: Workspace, state: BuildState): Promise<string | undefined> {
  await mkdir(ws.stateDir, { recursive: true });
  await writeFile(pendingFile(ws), JSON.stringify(state));
  const commit = () => rename(pendingFile(ws), stateFile(ws));
  return critical(async () => {
    if (!existsSync(ws.out)) {
      await rename(ws.staging, ws.out);
      await commit();
      return undefined;
    }
    const fallback = exchange(ws.staging, ws.out);
    if (fallback === null) {
      // The previous export is now at the staging path.
      await commit();
      discard(ws.staging, ws.outTrash);
      return undefined;
    }
    await rename(ws.out, ws.old);
    await rename(ws.staging, ws.out);
    await commit();
    discard(ws.old, ws.outTrash);
    return fallback;
  });
}
