// The encoder of the build's precompressed copies (./compress.ts), and the worker thread that runs
// it (lib/engine/parallel.ts `inThreads`): plain JavaScript, so a worker thread loads it under node,
// tsx and vitest alike. Synchronous zlib in one thread per core: the asynchronous API was slower,
// passing its buffers back and forth in small chunks (docs: how a build works, performance).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isMainThread, parentPort } from 'node:worker_threads';

/**
 * Brotli's quality. 11, the highest, takes about three times as long as 10 for a few percent fewer
 * bytes: 10 keeps publishing fast.
 */
export const BROTLI_QUALITY = 10;

/**
 * Files over 1 MiB (only the CMS's bundle, that /admin/ loads): quality 9. At 10 Brotli takes longer
 * for it alone than for the rest of a small site's text; 9 is several times faster for a few percent
 * more bytes, on a file that editors' browsers then keep for a year.
 */
export const LARGE_FILE = 1024 * 1024;
export const BROTLI_QUALITY_LARGE = 9;

/** Both encodings of `bytes` (Brotli at BROTLI_QUALITY, or BROTLI_QUALITY_LARGE over LARGE_FILE; gzip at level 9, its best); one that does not make it smaller is left out. */
export function encodeCopies(bytes) {
  const quality = bytes.length > LARGE_FILE ? BROTLI_QUALITY_LARGE : BROTLI_QUALITY;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  const gz = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
  return { ...(br.length < bytes.length ? { br } : {}), ...(gz.length < bytes.length ? { gz } : {}) };
}

/**
 * Writes `file`'s copies next to it, each by replacing (a temporary file renamed over it: the
 * staged export is made of hard links to the live one), and deletes a copy that is not worth it.
 */
export function writeCopies(file) {
  const source = readFileSync(file);
  const copies = encodeCopies(source);
  const sizes = { source: source.length, br: 0, gz: 0 };
  for (const extension of ['br', 'gz']) {
    const copy = copies[extension];
    const target = `${file}.${extension}`;
    if (!copy) {
      rmSync(target, { force: true });
      continue;
    }
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, copy);
    renameSync(temp, target);
    sizes[extension] = copy.length;
  }
  return sizes;
}

// As a worker thread (lib/engine/parallel.ts `inThreads`): one file per message, its sizes (0: no copy) in reply.
if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (file) => {
    try {
      port.postMessage({ value: writeCopies(file) });
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}
