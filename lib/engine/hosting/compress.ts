/**
 * Precompressed copies of the export's text files: `x.br` (Brotli, quality 10; 9 over 1 MiB) and `x.gz` (gzip,
 * level 9, the best) next to `x`, which nginx (`gzip_static`, `brotli_static`) and Apache
 * (.htaccess) send to browsers that accept them, at no CPU cost per request. The same bytes in give
 * the same bytes out (zlib's gzip header carries no time or name). The encoding runs in one worker
 * thread per core (./compress-worker.mjs, run by lib/engine/parallel.ts `inThreads`).
 *
 * Incremental: a file's copies are remade only when the file is not the one they were made from.
 * Unchanged files reach the staged export as hard links of `out/`'s, so their inode, size and
 * modification time are those recorded last time; anything the build rewrote is a new file.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { inBatches, inThreads } from '../parallel';
import { writeCopies } from './compress-worker.mjs';

/** Both encodings of some bytes; one that does not make them smaller is left out. */
export { BROTLI_QUALITY, encodeCopies as compress } from './compress-worker.mjs';

/** Text formats worth compressing: pages, stylesheets, scripts, feeds, sitemaps, JSON, SVG, robots.txt, the CMS's config.yml. */
export const COMPRESSIBLE = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg', 'txt', 'webmanifest', 'yml'] as const;
/** The two encodings, in the order servers prefer them. */
export const ENCODINGS = [
  { extension: 'br', name: 'br' },
  { extension: 'gz', name: 'gzip' },
] as const;

const compressible = new RegExp(`\\.(?:${COMPRESSIBLE.join('|')})$`);

type Sizes = ReturnType<typeof writeCopies>;
const sizesSchema = z.object({ source: z.number(), br: z.number(), gz: z.number() });

/** Fewer files than this are compressed here: a worker thread's start-up would cost more. */
const THREADS_FROM = 16;

/** Writes the copies of `files` (absolute paths) in `threads` worker threads; each file's sizes, in order. */
async function writeAll(files: readonly string[], threads: number): Promise<Sizes[]> {
  if (files.length < THREADS_FROM || threads < 2) return files.map((file) => writeCopies(file));
  return inThreads(new URL('./compress-worker.mjs', import.meta.url), files, threads, sizesSchema, (file) => `compressing ${file}`);
}

/** The export's files that get compressed copies (relative, `/`-separated). */
async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && compressible.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** What identifies one version of a file on disk, and which copies were made of it (`br`, `gz`). */
const signature = (info: { ino: number; size: number; mtimeMs: number }, copies: string) => `${info.ino}:${info.size}:${info.mtimeMs}:${copies}`;

export interface Compressed {
  /** Source file → its signature, for the next build. */
  keys: Record<string, string>;
  /** Files compressed by this build. */
  compressed: number;
  /** Bytes of the compressed sources, and of their Brotli and gzip copies. */
  bytes: { source: number; br: number; gz: number };
}

/** Writes (or keeps) the compressed copies of every text file in `dir`, and deletes the copies of files that are gone. */
export async function updateCompressed(dir: string, previous: Readonly<Record<string, string>>, threads: number): Promise<Compressed> {
  const keys: Record<string, string> = {};
  const exists = (file: string) => stat(file).then(() => true, () => false);
  // Which files changed since their copies were made (stat only: cheap for thousands of files).
  const changed: { file: string; info: { ino: number; size: number; mtimeMs: number } }[] = [];
  await inBatches(await textFiles(dir), 16, async (file) => {
    const full = path.join(dir, file);
    const info = await stat(full);
    const before = previous[file];
    if (before !== undefined && before.startsWith(signature(info, ''))) {
      const copies = before.slice(signature(info, '').length);
      const kept = await Promise.all(ENCODINGS.filter((e) => copies.includes(e.extension)).map((e) => exists(`${full}.${e.extension}`)));
      if (kept.every(Boolean)) {
        keys[file] = before;
        return;
      }
    }
    changed.push({ file, info });
  });
  const sizes = await writeAll(
    changed.map(({ file }) => path.join(dir, file)),
    threads,
  );
  const bytes = { source: 0, br: 0, gz: 0 };
  changed.forEach(({ file, info }, i) => {
    const size = sizes[i] ?? { source: 0, br: 0, gz: 0 };
    keys[file] = signature(info, ENCODINGS.filter((e) => size[e.extension] > 0).map((e) => e.extension).join(''));
    bytes.source += size.source;
    bytes.br += size.br;
    bytes.gz += size.gz;
  });
  for (const file of Object.keys(previous)) {
    if (file in keys) continue;
    for (const { extension } of ENCODINGS) await rm(path.join(dir, `${file}.${extension}`), { force: true });
  }
  return { keys, compressed: changed.length, bytes };
}
