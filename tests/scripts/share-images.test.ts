import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateShareImages, type ShareImage } from '../../lib/engine/share-images';
import { tempDir } from '../temp';

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// More images than a build draws in its own process: they are spread over worker processes.
const images: ShareImage[] = Array.from({ length: 120 }, (_, i) => ({
  file: `og/brief-${i}.png`,
  card: { kicker: 'Technology', title: `Brief number ${i} of a first build`, footer: '30 November 2026' },
}));

describe('share images', () => {
  it('draws a first build’s images over several processes, then reuses them from the cache', async () => {
    const cache = tempDir('brief-og-cache-');
    const first = tempDir('brief-og-export-');
    const drawn = await updateShareImages(first, images, {}, cache, 'code-1', 2);
    expect(drawn).toMatchObject({ drawn: 120, linked: 0 });
    const files = readdirSync(path.join(first, 'og')).sort();
    expect(files).toHaveLength(120);
    for (const file of files) expect(pngSize(readFileSync(path.join(first, 'og', file)))).toEqual({ width: 1200, height: 630 });

    // The same images in the same export: nothing to do.
    expect(await updateShareImages(first, images, drawn.keys, cache, 'code-1', 2)).toMatchObject({ drawn: 0, linked: 0 });
    // Another export (a cold build with the cache kept): linked from the cache, byte for byte.
    const second = tempDir('brief-og-export-');
    expect(await updateShareImages(second, images, {}, cache, 'code-1', 2)).toMatchObject({ drawn: 0, linked: 120 });
    expect(readFileSync(path.join(second, 'og/brief-7.png')).equals(readFileSync(path.join(first, 'og/brief-7.png')))).toBe(true);
    // New drawing code: drawn again.
    const third = tempDir('brief-og-export-');
    expect(await updateShareImages(third, images.slice(0, 3), {}, cache, 'code-2', 2)).toMatchObject({ drawn: 3, linked: 0 });
  }, 60_000);
});
