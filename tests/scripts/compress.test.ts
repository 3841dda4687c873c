import { readFileSync, rmSync, statSync, writeFileSync, mkdirSync, renameSync, existsSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compress, updateCompressed } from '../../lib/engine/hosting/compress';
import { tempDir } from '../temp';

const page = Buffer.from(`<!doctype html><html lang="en"><body>${'<p>The brief, in three points. </p>'.repeat(200)}</body></html>`);

describe('compress', () => {
  it('gives the same bytes for the same input, which decode to the input; gzip carries no time or name', () => {
    const [a, b] = [compress(page), compress(page)];
    expect(a.br?.equals(b.br ?? Buffer.alloc(0))).toBe(true);
    expect(a.gz?.equals(b.gz ?? Buffer.alloc(0))).toBe(true);
    expect(brotliDecompressSync(a.br ?? Buffer.alloc(0)).equals(page)).toBe(true);
    expect(gunzipSync(a.gz ?? Buffer.alloc(0)).equals(page)).toBe(true);
    // Bytes 4–7 are the modification time; bit 3 of byte 3 says a file name follows.
    expect([...(a.gz ?? Buffer.alloc(0)).subarray(3, 8)]).toEqual([0, 0, 0, 0, 0]);
    expect((a.br?.length ?? Infinity) < (a.gz?.length ?? 0)).toBe(true);
  });

  it('leaves out an encoding that would not make the file smaller', () => {
    expect(compress(Buffer.from('a'))).toEqual({});
  });
});

describe('updateCompressed', () => {
  it('compresses many files in worker threads, each copy decoding to its own file', async () => {
    const dir = tempDir('brief-compress-many-');
    const pages = Array.from({ length: 40 }, (_, i) => Buffer.from(page.toString().replace('three', `number ${i}`)));
    pages.forEach((bytes, i) => writeFileSync(path.join(dir, `p${i}.html`), bytes));
    const result = await updateCompressed(dir, {}, 2);
    expect(result.compressed).toBe(40);
    pages.forEach((bytes, i) => {
      expect(brotliDecompressSync(readFileSync(path.join(dir, `p${i}.html.br`))).equals(bytes), `p${i}`).toBe(true);
      expect(gunzipSync(readFileSync(path.join(dir, `p${i}.html.gz`))).equals(bytes), `p${i}`).toBe(true);
    });
    expect(result.bytes.source).toBe(pages.reduce((n, b) => n + b.length, 0));
    expect(result.bytes.br).toBeLessThan(result.bytes.gz);
  });

  it('copies text files only, keeps what did not change, remakes what did, and removes the copies of deleted files', async () => {
    const dir = tempDir('brief-compress-');
    mkdirSync(path.join(dir, 'articles', 'x'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), page);
    writeFileSync(path.join(dir, 'articles', 'x', 'index.html'), page);
    writeFileSync(path.join(dir, 'feed.xml'), page);
    writeFileSync(path.join(dir, 'photo.png'), page);
    const first = await updateCompressed(dir, {}, 2);
    expect(Object.keys(first.keys).sort()).toEqual(['articles/x/index.html', 'feed.xml', 'index.html']);
    expect(first.compressed).toBe(3);
    expect(existsSync(path.join(dir, 'photo.png.br'))).toBe(false);
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'feed.xml.br'))).equals(page)).toBe(true);

    // Nothing changed: nothing is compressed or rewritten.
    const inode = statSync(path.join(dir, 'index.html.br')).ino;
    const again = await updateCompressed(dir, first.keys, 2);
    expect(again.compressed).toBe(0);
    expect(again.keys).toEqual(first.keys);
    expect(statSync(path.join(dir, 'index.html.br')).ino).toBe(inode);

    // A build replaces one page (a new file renamed over it), deletes another, and a copy went missing.
    const changed = Buffer.from(page.toString().replace('three', 'four'));
    writeFileSync(path.join(dir, 'new.tmp'), changed);
    renameSync(path.join(dir, 'new.tmp'), path.join(dir, 'index.html'));
    rmSync(path.join(dir, 'articles', 'x', 'index.html'));
    rmSync(path.join(dir, 'feed.xml.gz'));
    const third = await updateCompressed(dir, again.keys, 2);
    expect(third.compressed).toBe(2);
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'index.html.br'))).equals(changed)).toBe(true);
    expect(gunzipSync(readFileSync(path.join(dir, 'index.html.gz'))).equals(changed)).toBe(true);
    expect(gunzipSync(readFileSync(path.join(dir, 'feed.xml.gz'))).equals(page)).toBe(true);
    expect(existsSync(path.join(dir, 'articles', 'x', 'index.html.br'))).toBe(false);
    expect(existsSync(path.join(dir, 'articles', 'x', 'index.html.gz'))).toBe(false);
  });
});
