/**
 * Precompressed copies of the export's text files: `x.br` (Brotli, quality 11) and `x.gz` (gzip,
 * level 9) next to `x`, which nginx (`gzip_static`, `brotli_static`) and Apache (.htaccess) send
 * to browsers that accept them, at no CPU cost per request. The same bytes in give the same bytes
 * out (zlib's gzip header carries no time or name).
 *
 * Incremental: a file's copies are remade only when the file is not the one they were made from.
 * Unchanged files reach the staged export as hard links of `out/`'s, so their inode, size and
 * modification time are those recorded last time; anything the build rewrote is a new file.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { constants, brotliCompress, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { inBatches } from '../post-export';
import { replaceFile } from '../stage';

/** Text formats worth compressing: pages, stylesheets, scripts, feeds, sitemaps, JSON, SVG, robots.txt. */
export const COMPRESSIBLE = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg', 'txt', 'webmanifest'] as const;
/** The two encodings, in the order servers prefer them. */
export const ENCODINGS = [
  { extension: 'br', name: 'br' },
  { extension: 'gz', name: 'gzip' },
] as const;

const compressible = new RegExp(`\\.(?:${COMPRESSIBLE.join('|')})$`);
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Both encodings of `bytes` at their best levels; an encoding that does not make it smaller is left out. */
export async function compress(bytes: Uint8Array): Promise<{ br?: Buffer; gz?: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gzipped(bytes, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { ...(br.length < bytes.length ? { br } : {}), ...(gz.length < bytes.length ? { gz } : {}) };
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
export async function updateCompressed(dir: string, previous: Readonly<Record<string, string>>, concurrency: number): Promise<Compressed> {
  const keys: Record<string, string> = {};
  const bytes = { source: 0, br: 0, gz: 0 };
  let compressed = 0;
  const exists = (file: string) => stat(file).then(() => true, () => false);
  await inBatches(await textFiles(dir), concurrency, async (file) => {
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
    const source = await readFile(full);
    const copies = await compress(source);
    for (const { extension } of ENCODINGS) {
      const copy = copies[extension];
      if (copy) await replaceFile(`${full}.${extension}`, copy);
      else await rm(`${full}.${extension}`, { force: true });
    }
    keys[file] = signature(info, ENCODINGS.filter((e) => copies[e.extension]).map((e) => e.extension).join(''));
    compressed += 1;
    bytes.source += source.length;
    bytes.br += copies.br?.length ?? 0;
    bytes.gz += copies.gz?.length ?? 0;
  });
  for (const file of Object.keys(previous)) {
    if (file in keys) continue;
    for (const { extension } of ENCODINGS) await rm(path.join(dir, `${file}.${extension}`), { force: true });
  }
  return { keys, compressed, bytes };
}
