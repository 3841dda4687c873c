/**
 * The phases that complete the staged export, each only where something changed since `out/`: the
 * generated files (feeds, sitemaps, robots.txt, server configuration), photos, share images, the
 * search index, precompressed copies; then the swap that puts it in place of `out/`.
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { site } from '../../site/config';
import { BuildFailed } from '../failure';
import { expectedFailure } from '../faults';
import { shareImageFingerprint } from '../fingerprint';
import { updateCompressed, type Compressed } from '../hosting/compress';
import { hostFiles } from '../hosting/host-files';
import { ProcessFailed } from '../parallel';
import { updatePhotos } from '../photos';
import type { Prepared } from '../prepare';
import { plural } from '../report';
import { updateSearchIndex } from '../search-index';
import { updateShareImages } from '../share-images';
import { discard, replaceFile } from '../stage';
import { TimedOut } from '../wait';
import { swapIn, type BuildState } from '../workspace';
import { done, type Mode, type Run } from './run';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Writes the feeds, sitemaps, robots.txt and server configuration that changed; returns file (relative to the export) → hash of its bytes. */
export async function generatedFiles(run: Run, mode: Mode, plan: Prepared, scripts: Record<string, string[]>): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  let rewritten = 0;
  const generated = new Map([...plan.syndication, ...hostFiles(Object.values(scripts), site.basePath).files]);
  for (const [rootPath, text] of generated) {
    const file = rootPath.slice(1);
    const hash = sha(text);
    files[file] = hash;
    if (mode.before?.files[file] === hash && existsSync(path.join(run.ws.staging, file))) continue;
    await replaceFile(path.join(run.ws.staging, file), text);
    rewritten += 1;
  }
  done(run, `feeds, sitemaps, robots.txt, server configuration: ${plural(generated.size, 'file')}, ${rewritten} written`);
  return files;
}

/** Puts the published photos' files in place (lib/engine/photos.ts); returns file → key. */
export async function photos(run: Run, mode: Mode, plan: Prepared): Promise<Record<string, string>> {
  const result = await updatePhotos(run.ws.staging, plan.photos, mode.before?.files ?? {}, path.resolve(site.contentDir), path.join(run.ws.cacheDir, 'images'), plan.heroes);
  done(run, `photos: ${plural(plan.photos.length, 'image')} in ${plural(Object.keys(result.keys).length, 'file')}, ${result.encoded} encoded, ${result.linked} from cache`);
  return result.keys;
}

/**
 * Puts the share images in place (lib/engine/share-images.tsx) and adds them to `files`; then, `files`
 * being complete, removes what the previous build generated and this one does not (a feed of a
 * removed topic, the image of a removed brief).
 */
export async function shareImages(run: Run, mode: Mode, plan: Prepared, files: Record<string, string>): Promise<void> {
  const images = await updateShareImages(run.ws.staging, plan.images, mode.before?.files ?? {}, path.join(run.ws.cacheDir, 'og'), shareImageFingerprint(run.root), run.cores);
  Object.assign(files, images.keys);
  for (const file of Object.keys(mode.before?.files ?? {})) if (!(file in files)) rmSync(path.join(run.ws.staging, file), { force: true });
  done(run, `share images: ${plural(Object.keys(images.keys).length, 'PNG')}, ${images.drawn} drawn, ${images.linked} from cache${site.ogImages ? '' : ' (per-article images off: BRIEF_OG_IMAGES=0)'}`);
}

/** Rebuilds the search index bundles whose pages changed (lib/engine/search-index.ts); returns bundle → key. */
export async function searchIndex(run: Run, mode: Mode, plan: Prepared): Promise<Record<string, string>> {
  const { bundles } = plan;
  let search: Awaited<ReturnType<typeof updateSearchIndex>>;
  try {
    search = await updateSearchIndex(run.ws.staging, bundles, mode.before?.search ?? {}, run.cores);
  } catch (error) {
    // Pagefind's own failures (a page it could not index, a wrong count) in one line; faults, hangs and workers' failures as any phase's.
    if (error instanceof ProcessFailed || error instanceof TimedOut || expectedFailure(error, '') !== undefined) throw error;
    throw new BuildFailed('search index', `search index failed: ${error instanceof Error ? error.message : String(error)}; ${run.outName}/ is unchanged.`);
  }
  const indexed = new Map<string, number>();
  for (const b of bundles) indexed.set(b.lang, (indexed.get(b.lang) ?? 0) + b.pages.length);
  const perLanguage = [...indexed].map(([lang, n]) => `${lang} ${n}`).join(', ');
  done(run, `search index: ${plural(bundles.reduce((n, b) => n + b.pages.length, 0), 'page')} (${perLanguage || 'none'}) in ${plural(bundles.length, 'bundle')}, ${search.bundles} rebuilt (${plural(search.pages, 'page')})`);
  return search.keys;
}

/** Writes the Brotli and gzip copies of the text files that changed (lib/engine/hosting/compress.ts). */
export async function compress(run: Run, mode: Mode): Promise<Compressed> {
  const compressed = await updateCompressed(run.ws.staging, mode.before?.compressed ?? {}, run.cores);
  const ratio = (part: number) => (compressed.bytes.source > 0 ? `${((part / compressed.bytes.source) * 100).toFixed(0)} %` : '–');
  done(run, `compressed: ${plural(Object.keys(compressed.keys).length, 'text file')}, ${compressed.compressed} compressed now (Brotli ${ratio(compressed.bytes.br)}, gzip ${ratio(compressed.bytes.gz)} of their size)`);
  return compressed;
}

/**
 * Puts the staged export in place of `out/` and commits its state (lib/engine/workspace.ts), the only
 * moment `out/` changes. What next build kept of the pages it rendered is in `out/` now, and Next
 * would delete it file by file at the start of the next build: it goes in the background.
 */
export async function swap(run: Run, state: BuildState, rendered: boolean): Promise<void> {
  const fallback = await swapIn(run.ws, state);
  run.swapped = true;
  if (fallback) run.log(`• swapped with two renames, ${run.outName}/ missing for an instant: no atomic exchange here (${fallback})`);
  if (rendered) discard(path.join(run.root, '.next', 'server'), run.ws.trash);
  done(run, `${run.outName}/ updated`);
}
