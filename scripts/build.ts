/**
 * `npm run build [-- --full]`: content → page models → pages → `out/`.
 *
 * 1. A process of its own (lib/engine/prepare.ts) loads CONTENT_DIR through the parse cache (only
 *    changed files are parsed), validates it all, computes every page's model and compares their
 *    hashes with the build in `out/` (same code, dependencies and settings, else a full build):
 *    only new or changed pages are rendered.
 * 2. `next build` renders those pages, each reading only its own model (in an incremental build it
 *    starts alongside step 1; in a full build after it).
 * 3. The next export is staged next to `out/` (the previous one as hard links, the rendered pages,
 *    feeds, share images, security headers, search index bundles: each only where it changed) and
 *    swapped in whole (one atomic exchange where the system has one). A failed or killed build
 *    leaves `out/` as it was.
 * One build at a time (lib/engine/lock.ts); a signal stops all of it (lib/engine/lifetime.ts);
 * a fault of the machine (disk full, permission denied, …) is one line (lib/engine/faults.ts).
 * Prints the mode and why, and each phase's time; exits non-zero on any failure.
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { site } from '../lib/site/config';
import { buildFingerprint, shareImageFingerprint } from '../lib/engine/fingerprint';
import { expectedFailure, REPORTED } from '../lib/engine/faults';
import { removeOrphanedTemporaries, stopOnSignals } from '../lib/engine/lifetime';
import { acquireLock, BuildRunning, shown } from '../lib/engine/lock';
import { inProcesses, ProcessFailed } from '../lib/engine/parallel';
import { cleanExport, finishPages } from '../lib/engine/post-export';
import { INVALID_CONTENT, preparedSchema, type Prepared } from '../lib/engine/prepare';
import { startNextBuild } from '../lib/engine/render';
import { updateSearchIndex } from '../lib/engine/search-index';
import { updateCompressed } from '../lib/engine/hosting/compress';
import { hostFiles, SERVER_FILES } from '../lib/engine/hosting/host-files';
import { refuseGeneratedNames } from '../lib/engine/public-clash';
import { updatePhotos } from '../lib/engine/photos';
import { updateShareImages } from '../lib/engine/share-images';
import { discard, linkTree, moveInto, moveTree, pageFile, removePage, replaceFile } from '../lib/engine/stage';
import { previousState, recover, swapIn, workspace, type BuildState } from '../lib/engine/workspace';
import { plural } from '../lib/engine/report';

const root = process.cwd();
const ws = workspace(root, process.env.BRIEF_OUT_DIR ?? 'out', process.env.BRIEF_CACHE_DIR ?? '.brief-cache');
const outName = path.relative(root, ws.out) || ws.out;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
/** A path relative to the export with `/` separators, as the build's record keeps it. */
const posix = (file: string) => file.split(path.sep).join('/');
const started = performance.now();
let phase = performance.now();
const done = (line: string) => {
  console.log(`✓ ${line} [${seconds(phase)}]`);
  phase = performance.now();
};

// ------------------------------------------------------------ lock, faults, signals
/** Whether this build holds the lock (until then, the folders are not its own), and whether the new export is in place. */
let locked = false;
let swapped = false;
const outcome = () => (swapped ? `${outName}/ holds the new build` : `${outName}/ is unchanged`);
/** Leaves nothing of this build but `out/`: its staging folder goes (recovery would remove it anyway). */
const abandon = () => {
  if (locked && !swapped) discard(ws.staging, ws.outTrash);
};
stopOnSignals((signal) => {
  abandon();
  console.error(`✗ stopped by ${signal}; ${outcome()}.`);
});
/** Any error that reaches the top: an expected one in one line, a bug with its stack. */
const fail = (error: unknown) => {
  abandon();
  // A worker has said what went wrong already (one line for a fault, its stack for a bug, nothing if it was killed).
  if (error instanceof ProcessFailed) {
    if (error.code !== REPORTED && error.code !== INVALID_CONTENT) console.error(`✗ ${error.message}; ${outcome()}.`);
    process.exit(1);
  }
  const line = expectedFailure(error, `${outcome()}.`, [ws.staging, ws.cacheDir, root, tmpdir()]);
  if (line === undefined) console.error(error);
  console.error(`✗ ${line ?? `the build failed; ${outcome()}.`}`);
  process.exit(1);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

try {
  const { replaced } = acquireLock(root);
  locked = true;
  if (replaced) console.log(`• took over the build lock of PID ${replaced.pid} (started ${shown(replaced.started)}), which is no longer running`);
} catch (error) {
  if (!(error instanceof BuildRunning)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
const exportParent = path.dirname(ws.out);
if (!statSync(exportParent, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`✗ the folder of the export, ${exportParent}, does not exist; create it or set BRIEF_OUT_DIR to a path in a folder that does.`);
  process.exit(1);
}
const orphans = removeOrphanedTemporaries();
if (orphans > 0) console.log(`• removed ${plural(orphans, 'temporary folder')} of killed builds`);
for (const step of await recover(ws)) console.log(`• recovered: ${step}`);

// ------------------------------------------------------------ mode
const fingerprint = buildFingerprint(root);
const previous = process.argv.includes('--full') ? { reason: '--full' } : await previousState(ws, fingerprint);
const before: BuildState | undefined = 'state' in previous ? previous.state : undefined;
console.log(before ? `▶ incremental build: reusing ${outName}/ (same code, dependencies and settings)` : `▶ full build: ${'reason' in previous ? previous.reason : ''}`);

// ------------------------------------------------------------ content, page models, plan; render
// In an incremental build next build starts now: its start-up and compile (seconds) overlap the content
// step, and its pages wait for the plan. A full build starts it after: parsing a whole archive while
// Next compiles would add their memory peaks (about 1.9 GB at 5,000 briefs, against 1.5 GB one after
// the other). The previous build's plan goes first, so no page can read it.
const modelsDir = path.join(ws.stateDir, 'models');
const renderDir = path.join(root, ws.render);
rmSync(modelsDir, { recursive: true, force: true });
// What a killed build left there goes, so that no page of an earlier render can be taken for one of this render.
discard(renderDir, ws.trash);
let next = before ? startNextBuild(ws, modelsDir) : undefined;
let nextStarted = performance.now();
// Wall-clock time (file times are wall-clock), a little early for coarse file-system clocks.
const renderStartedAt = Date.now() - 1000;
let prepared: Prepared[];
try {
  prepared = await inProcesses('prepare', [{ root, outName, modelsDir, cacheDir: ws.cacheDir, previous: before?.pages ?? null }], preparedSchema);
} catch (error) {
  next?.stop();
  // `fail` exits quietly where the prepare process has said what is wrong with the content, or what fault it met.
  throw error;
}
const [plan] = prepared;
if (!plan) throw new Error('the prepare process gave nothing');
try {
  refuseGeneratedNames(path.join(root, 'public'), [...plan.syndication.map(([file]) => file), ...SERVER_FILES]);
} catch (error) {
  next?.stop();
  throw error;
}
phase = performance.now();

// With no page to render and every page already in out/, next build would add nothing.
const rendered = before === undefined || plan.render.length > 0;
if (rendered) {
  if (!next) {
    nextStarted = performance.now();
    next = startNextBuild(ws, modelsDir);
  }
  if (!(await next.done)) {
    console.error(`✗ next build failed; ${outName}/ is unchanged.`);
    process.exit(1);
  }
  done(before ? `next build: ${seconds(nextStarted)} in all, started with the content step` : 'next build');
} else {
  next?.stop();
  await next?.done;
  console.log('✓ next build: stopped, no page changed');
}

// ------------------------------------------------------------ stage
let scripts: Record<string, string[]>;
if (before === undefined) {
  const finished = await cleanExport(renderDir, site.basePath, availableParallelism());
  rmSync(ws.staging, { recursive: true, force: true });
  moveTree(renderDir, ws.staging);
  scripts = Object.fromEntries([...finished].map(([file, hashes]) => [posix(file), hashes]));
  done(`post-export: ${plural(finished.size, 'page')} without framework runtime`);
} else {
  const files = plan.render.map(pageFile);
  // Every planned page must come from this render, never from an earlier one.
  for (const file of files) {
    const written = statSync(path.join(renderDir, file), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (written < renderStartedAt) {
      console.error(`✗ next build did not render ${file}, a planned page; ${outName}/ is unchanged.`);
      process.exit(1);
    }
  }
  const finished = rendered ? await finishPages(renderDir, files, site.basePath) : new Map<string, string[]>();
  linkTree(ws.out, ws.staging);
  scripts = { ...before.scripts };
  for (const pagePath of plan.removed) {
    removePage(ws.staging, pagePath);
    delete scripts[posix(pageFile(pagePath))];
  }
  for (const [file, hashes] of finished) {
    moveInto(path.join(renderDir, file), path.join(ws.staging, file));
    scripts[posix(file)] = hashes;
  }
  if (rendered) rmSync(renderDir, { recursive: true, force: true });
  done(`staged: ${plural(finished.size, 'page')} rendered, ${plural(plan.removed.length, 'page')} removed, the rest kept`);
}

// ------------------------------------------------------------ generated files
// Generated file (relative to the export) → hash of its bytes, or of what it shows (share images).
const files: Record<string, string> = {};
let rewritten = 0;
const generated = new Map([...plan.syndication, ...hostFiles(Object.values(scripts), site.basePath).files]);
for (const [rootPath, text] of generated) {
  const file = rootPath.slice(1);
  const hash = sha(text);
  files[file] = hash;
  if (before?.files[file] === hash && existsSync(path.join(ws.staging, file))) continue;
  await replaceFile(path.join(ws.staging, file), text);
  rewritten += 1;
}
done(`feeds, sitemaps, robots.txt, server configuration: ${plural(generated.size, 'file')}, ${rewritten} written`);

const photos = await updatePhotos(ws.staging, plan.photos, before?.files ?? {}, path.resolve(site.contentDir), path.join(ws.cacheDir, 'images'));
Object.assign(files, photos.keys);
done(`photos: ${plural(plan.photos.length, 'image')} in ${plural(Object.keys(photos.keys).length, 'file')}, ${photos.encoded} encoded, ${photos.linked} from cache`);

const images = await updateShareImages(ws.staging, plan.images, before?.files ?? {}, path.join(ws.cacheDir, 'og'), shareImageFingerprint(root), availableParallelism());
Object.assign(files, images.keys);
// A feed of a removed topic, the image of a removed brief: what the previous build made and this one does not.
for (const file of Object.keys(before?.files ?? {})) if (!(file in files)) rmSync(path.join(ws.staging, file), { force: true });
done(`share images: ${plural(Object.keys(images.keys).length, 'PNG')}, ${images.drawn} drawn, ${images.linked} from cache${site.ogImages ? '' : ' (per-article images off: BRIEF_OG_IMAGES=0)'}`);

let search: Awaited<ReturnType<typeof updateSearchIndex>>;
const { bundles } = plan;
try {
  search = await updateSearchIndex(ws.staging, bundles, before?.search ?? {}, availableParallelism());
} catch (error) {
  console.error(`✗ search index failed: ${error instanceof Error ? error.message : String(error)}; ${outName}/ is unchanged.`);
  rmSync(ws.staging, { recursive: true, force: true });
  process.exit(1);
}
const indexed = new Map<string, number>();
for (const b of bundles) indexed.set(b.lang, (indexed.get(b.lang) ?? 0) + b.pages.length);
const perLanguage = [...indexed].map(([lang, n]) => `${lang} ${n}`).join(', ');
done(`search index: ${plural(bundles.reduce((n, b) => n + b.pages.length, 0), 'page')} (${perLanguage || 'none'}) in ${plural(bundles.length, 'bundle')}, ${search.bundles} rebuilt (${plural(search.pages, 'page')})`);

// ------------------------------------------------------------ precompressed copies
const compressed = await updateCompressed(ws.staging, before?.compressed ?? {}, availableParallelism());
const ratio = (part: number) => (compressed.bytes.source > 0 ? `${((part / compressed.bytes.source) * 100).toFixed(0)} %` : '–');
done(`compressed: ${plural(Object.keys(compressed.keys).length, 'text file')}, ${compressed.compressed} compressed now (Brotli ${ratio(compressed.bytes.br)}, gzip ${ratio(compressed.bytes.gz)} of their size)`);

// ------------------------------------------------------------ swap
const fallback = await swapIn(ws, { version: 2, fingerprint, pages: plan.hashes, scripts, files, search: search.keys, compressed: compressed.keys });
swapped = true;
if (fallback) console.log(`• swapped with two renames, ${outName}/ missing for an instant: no atomic exchange here (${fallback})`);
// What next build keeps of the pages it rendered is not needed (they are in out/ now), and Next would
// delete it file by file at the start of the next build: it goes in the background, after the swap.
if (rendered) discard(path.join(root, '.next', 'server'), ws.trash);
done(`${outName}/ updated`);
console.log(`✓ built in ${seconds(started)} (${before ? 'incremental' : 'full'})`);
