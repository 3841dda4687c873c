/**
 * Hero photos for a generated benchmark corpus: a share of its briefs get `image:` and a synthetic
 * 1600 × 1067 JPEG of their own (seeded noise at two scales: no one's rights, a photo's texture and
 * weight, about 250 KB). Deterministic: the same corpus and share give the same bytes. The reference
 * corpus (`--corpus`) is left as it is: it has no images.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { briefs, read, write } from './scenarios';

const WIDTH = 1600;
const HEIGHT = 1067;

/** A grid of seeded random colours `w`×`h`, smoothed up to the photo's size. */
function layer(seed: number, w: number, h: number): Promise<Buffer> {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const grid = Buffer.from(Array.from({ length: w * h * 3 }, () => Math.floor(random() * 256)));
  return sharp(grid, { raw: { width: w, height: h, channels: 3 } }).resize(WIDTH, HEIGHT, { kernel: 'cubic' }).png({ compressionLevel: 1 }).toBuffer();
}

/** One synthetic photo: broad colour fields with fine detail over them. */
export async function syntheticPhoto(seed: number): Promise<Buffer> {
  const [base, detail] = await Promise.all([layer(seed, 12, 8), layer(seed + 1, 400, 267)]);
  return sharp(base).composite([{ input: detail, blend: 'soft-light' }]).jpeg({ quality: 85 }).toBuffer();
}

/** Gives every `1 / share`-th brief of `dir` (sorted by file name) a hero photo; returns how many. */
export async function addPhotos(dir: string, share: number): Promise<number> {
  if (share <= 0) return 0;
  const every = Math.max(1, Math.round(1 / share));
  const chosen = briefs(dir).filter((_, i) => i % every === 0);
  mkdirSync(path.join(dir, 'images'), { recursive: true });
  for (const [i, name] of chosen.entries()) {
    const file = path.join(dir, name);
    const slug = name.replace(/\.md$/, '');
    writeFileSync(path.join(dir, 'images', `${slug}.jpg`), await syntheticPhoto(1000 + i * 7));
    const { data, body } = read(file);
    write(file, { ...data, image: { src: `images/${slug}.jpg`, alt: `A synthetic photo for the brief ${slug}`, credit: 'Photo: benchmark generator' } }, body);
  }
  return chosen.length;
}
