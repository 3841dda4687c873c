/** A brief's photo in the crops search engines ask for (16:9, 4:3, 1:1 at 1,200 px), as the build publishes them and JSON-LD names them. */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { updatePhotos } from '@/lib/engine/photos';
import { cropsOf, publishedFilesOf } from '@/lib/media/crops';
import { encodeVariant, writeVariants } from '@/lib/media/encode';
import { inspectImage } from '@/lib/media/inspect';
import type { Image } from '@/lib/media/schema';
import { fallbackOf, variantsOf } from '@/lib/media/variants';
import { newsArticle } from '@/lib/syndication/structured-data';
import { makeArticle } from '../components/factory';
import { tempDir } from '../temp';

const fixtures = path.resolve('tests/fixtures/images');

/** A content folder with the photo fixtures under images/. */
function contentFolder(): string {
  const dir = tempDir('brief-crops-');
  mkdirSync(path.join(dir, 'images'));
  for (const name of ['gps-photo.jpg', 'small-photo.jpg', 'logo.png']) copyFileSync(path.join(fixtures, name), path.join(dir, 'images', name));
  return dir;
}

async function accepted(dir: string, src: string): Promise<Image> {
  const result = await inspectImage(dir, src);
  if (!('image' in result)) throw new Error(`refused ${src}: ${result.problem}`);
  return result.image;
}

/** An image of `width` × `height` as the build measures one (the crops' names and sizes depend on nothing else). */
const measured = (width: number, height: number, alpha = false): Image => ({ src: 'images/x.jpg', id: '0123456789abcdef', sha256: '0'.repeat(64), width, height, alpha });
const sizes = (image: Image) => cropsOf(image).map((c) => `${c.width}x${c.height}`);

describe('the crops of a brief’s photo', () => {
  const dir = contentFolder();

  it('are 16:9, 4:3 and 1:1, each 1,200 px wide, JPEG, named by the image’s hash and their size', async () => {
    const photo = await accepted(dir, 'images/gps-photo.jpg'); // 2400 × 1600
    expect(cropsOf(photo).map((c) => [c.file.replace(photo.id, 'ID'), c.format])).toEqual([
      ['images/ID-1200x675.jpg', 'jpeg'],
      ['images/ID-1200x900.jpg', 'jpeg'],
      ['images/ID-1200x1200.jpg', 'jpeg'],
    ]);
    const out = tempDir('brief-crops-out-');
    expect(await writeVariants(dir, photo, out, () => false, cropsOf(photo))).toBe(3);
    const ratios = [16 / 9, 4 / 3, 1];
    for (const [i, crop] of cropsOf(photo).entries()) {
      const meta = await sharp(readFileSync(path.join(out, crop.file))).metadata();
      expect([meta.format, meta.width]).toEqual(['jpeg', 1200]);
      // The ratio to within a pixel of height.
      expect(Math.abs(meta.height - 1200 / (ratios[i] ?? 0))).toBeLessThanOrEqual(1);
    }
  });

  it('are cut around the centre of the photo', async () => {
    const photo = await accepted(dir, 'images/gps-photo.jpg');
    const [wide] = cropsOf(photo);
    if (!wide) throw new Error('no 16:9 crop');
    const original = readFileSync(path.join(dir, photo.src));
    const crop = await sharp(await encodeVariant(original, wide)).raw().toBuffer();
    // The 2400 × 1350 band in the middle of the 1600-px height, and the same band at the top.
    const band = (top: number) => sharp(original).extract({ left: 0, top, width: 2400, height: 1350 }).resize(1200, 675).raw().toBuffer();
    const difference = (a: Buffer, b: Buffer) => a.reduce((sum, value, i) => sum + Math.abs(value - (b[i] ?? 0)), 0) / a.length;
    const centre = difference(crop, await band(125));
    expect(centre).toBeLessThan(4); // JPEG's loss only
    expect(difference(crop, await band(0))).toBeGreaterThan(centre * 3);
  });

  it('are not made from a photo too small for them (never enlarged), nor for a ratio whose cut would be under 1,200 px wide', async () => {
    expect(cropsOf(await accepted(dir, 'images/small-photo.jpg'))).toEqual([]); // 600 × 400
    expect(sizes(measured(2000, 1000))).toEqual(['1200x675', '1200x900']); // a 1000-px square is too small
    expect(sizes(measured(1200, 1800))).toEqual(['1200x675', '1200x900', '1200x1200']); // upright: the full width
    expect(sizes(measured(1199, 4000))).toEqual([]);
    expect(sizes(measured(2133, 1200))).toEqual(['1200x675', '1200x900', '1200x1200']);
    // A transparent image keeps its fallback's format.
    expect(cropsOf(measured(1600, 1600, true)).map((c) => [c.file, c.format])).toEqual([
      ['images/0123456789abcdef-1200x675.png', 'png'],
      ['images/0123456789abcdef-1200x900.png', 'png'],
      ['images/0123456789abcdef-1200x1200.png', 'png'],
    ]);
  });

  it('carry no metadata of the original: no GPS position, camera serial, XMP history or colour profile', async () => {
    const photo = await accepted(dir, 'images/gps-photo.jpg');
    const original = readFileSync(path.join(dir, photo.src));
    // The fixture carries all of them (tests/lib/images.test.ts proves it).
    expect(original.includes('SN-SECRET-4242') && original.includes('SECRET-EDIT-HISTORY')).toBe(true);
    for (const crop of cropsOf(photo)) {
      const bytes = await encodeVariant(original, crop);
      const meta = await sharp(bytes).metadata();
      expect([crop.file, meta.exif, meta.xmp, meta.icc, meta.iptc]).toEqual([crop.file, undefined, undefined, undefined, undefined]);
      for (const secret of ['FixtureCam', 'SN-SECRET', 'SECRET-EDIT-HISTORY']) expect(bytes.includes(secret)).toBe(false);
    }
  });

  it('are published for a brief’s photo only, and encoded once: a second build, or one into a new export, encodes nothing', async () => {
    const photo = await accepted(dir, 'images/gps-photo.jpg');
    const body = await accepted(dir, 'images/small-photo.jpg');
    expect(publishedFilesOf(photo, false)).toEqual(variantsOf(photo));
    expect(publishedFilesOf(photo, true)).toEqual([...variantsOf(photo), ...cropsOf(photo)]);
    const cache = tempDir('brief-crops-cache-');
    const first = tempDir('brief-crops-export-');
    const built = await updatePhotos(first, [photo, body], {}, dir, cache, [photo.id]);
    // 9 files of the 2400-px photo and its 3 crops, 5 of the 600-px one.
    expect([Object.keys(built.keys).length, built.encoded, built.linked]).toEqual([17, 17, 0]);
    for (const crop of cropsOf(photo)) expect(built.keys[crop.file]).toBe(photo.id);
    expect(await updatePhotos(first, [photo, body], built.keys, dir, cache, [photo.id])).toMatchObject({ encoded: 0, linked: 0 });
    expect(await updatePhotos(tempDir('brief-crops-export-'), [photo, body], {}, dir, cache, [photo.id])).toMatchObject({ encoded: 0, linked: 17 });
    // The photo shown in a body only: no crops.
    expect(Object.keys((await updatePhotos(tempDir('brief-crops-export-'), [photo], {}, dir, cache, [])).keys)).toHaveLength(9);
  });
});

describe('JSON-LD `image` of a brief', () => {
  const dir = contentFolder();
  const origin = 'https://news.example/brief';
  const publisher = { name: 'Brief', origin, logo: '/icon.svg' };
  const picture = (image: Image) => ({ ...image, alt: 'A harbour', credit: 'Photo: Test' });

  it('lists the photo’s crops, as absolute URLs, when it has them', async () => {
    const photo = await accepted(dir, 'images/gps-photo.jpg');
    const ld = newsArticle(makeArticle({ image: picture(photo) }), publisher, '/og/grid-storage-vote.png');
    expect(ld.image).toEqual([`${origin}/images/${photo.id}-1200x675.jpg`, `${origin}/images/${photo.id}-1200x900.jpg`, `${origin}/images/${photo.id}-1200x1200.jpg`]);
  });

  it('keeps the share image, then the photo’s largest file, when the photo is too small for crops; the share image alone without a photo', async () => {
    const small = await accepted(dir, 'images/small-photo.jpg');
    expect(newsArticle(makeArticle({ image: picture(small) }), publisher, '/og/grid-storage-vote.png').image).toEqual([
      `${origin}/og/grid-storage-vote.png`,
      `${origin}/${fallbackOf(small).file}`,
    ]);
    expect(newsArticle(makeArticle(), publisher, '/og/grid-storage-vote.png').image).toEqual([`${origin}/og/grid-storage-vote.png`]);
  });
});
