/** Image files as the build receives them: what is refused (and why, in the editor's words), and what is published of the rest. */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeVariant, writeVariants } from '@/lib/media/encode';
import { inspectImage } from '@/lib/media/inspect';
import type { Image } from '@/lib/media/schema';
import { fallbackOf, srcsetOf, variantsOf, widthsOf } from '@/lib/media/variants';
import { tempDir } from '../temp';

const fixtures = path.resolve('tests/fixtures/images');

/** A content folder with the image fixtures under images/. */
function contentFolder(): string {
  const dir = tempDir('brief-images-');
  mkdirSync(path.join(dir, 'images'));
  for (const name of ['gps-photo.jpg', 'small-photo.jpg', 'sideways.jpg', 'logo.png', 'animation.gif', 'truncated.jpg', 'not-an-image.jpg', 'drawing.svg', 'bomb.png']) {
    copyFileSync(path.join(fixtures, name), path.join(dir, 'images', name));
  }
  return dir;
}

async function accepted(dir: string, src: string): Promise<Image> {
  const result = await inspectImage(dir, src);
  if (!('image' in result)) throw new Error(`refused ${src}: ${result.problem}`);
  return result.image;
}

async function refused(dir: string, src: string): Promise<string> {
  const result = await inspectImage(dir, src);
  if (!('problem' in result)) throw new Error(`accepted ${src}`);
  return result.problem;
}

describe('checking an image file', () => {
  const dir = contentFolder();

  it('measures an accepted image as it is shown (upright), and names its files by its bytes', async () => {
    const photo = await accepted(dir, 'images/gps-photo.jpg');
    expect(photo).toMatchObject({ src: 'images/gps-photo.jpg', width: 2400, height: 1600, alpha: false });
    // Stored 300 × 200 with EXIF orientation 6: shown (and published) 200 wide, 300 high.
    expect(await accepted(dir, 'images/sideways.jpg')).toMatchObject({ width: 200, height: 300 });
    expect(await accepted(dir, 'images/logo.png')).toMatchObject({ alpha: true });
    // `./` and percent-encoding are read as editors mean them.
    expect((await accepted(dir, './images/gps-photo.jpg')).id).toBe(photo.id);
    copyFileSync(path.join(dir, 'images/gps-photo.jpg'), path.join(dir, 'images/my photo.jpg'));
    expect((await accepted(dir, 'images/my%20photo.jpg')).id).toBe(photo.id);
  });

  it('refuses what is not a file of the content folder, naming what it found', async () => {
    expect(await refused(dir, 'images/missing.jpg')).toBe('expected an image file at "images/missing.jpg" in the content folder, found no such file');
    expect(await refused(dir, '../secret.jpg')).toMatch(/found "\.\.\/secret\.jpg", which leaves the content folder/);
    expect(await refused(dir, 'images/../../etc/passwd')).toMatch(/which leaves the content folder/);
    expect(await refused(dir, '/etc/passwd')).toMatch(/found an absolute path \(\/etc\/passwd\)/);
    expect(await refused(dir, 'C:\\photos\\a.jpg')).toMatch(/found an absolute path/);
    expect(await refused(dir, 'https://img.shields.io/badge/build-passing-green.svg')).toMatch(/found a remote URL \(https:\/\/img\.shields\.io\/.*\): the build is offline/);
    expect(await refused(dir, '//cdn.example.com/a.jpg')).toMatch(/found a remote URL/);
    expect(await refused(dir, 'data:image/png;base64,iVBORw0KGgo=')).toMatch(/found a data: URL/);
    expect(await refused(dir, 'javascript:alert(1)')).toMatch(/found a javascript: URL/);
    expect(await refused(dir, 'images/gps-photo.jpg?v=2')).toMatch(/found a query or fragment/);
    // A link inside the folder that points outside it.
    const outside = tempDir('brief-outside-');
    copyFileSync(path.join(fixtures, 'small-photo.jpg'), path.join(outside, 'private.jpg'));
    symlinkSync(path.join(outside, 'private.jpg'), path.join(dir, 'images', 'link.jpg'));
    expect(await refused(dir, 'images/link.jpg')).toMatch(/a link to a file outside the content folder/);
  });

  it('refuses files that are not JPEG, PNG, WebP or AVIF images, by their first bytes, before a decoder reads them', async () => {
    expect(await refused(dir, 'images/drawing.svg')).toMatch(/found an SVG \(.*\): SVG can carry script, so it is not published; export it as PNG/);
    expect(await refused(dir, 'images/not-an-image.jpg')).toBe('expected a JPEG, PNG, WebP or AVIF image, found a file that is not an image or is damaged (images/not-an-image.jpg)');
    expect(await refused(dir, 'images/truncated.jpg')).toMatch(/found a damaged JPEG file \(images\/truncated\.jpg: .*premature end/);
    expect(await refused(dir, 'images/animation.gif')).toMatch(/found GIF \(images\/animation\.gif\); convert it/);
    // An SVG saved under a photo's name is still an SVG.
    copyFileSync(path.join(dir, 'images/drawing.svg'), path.join(dir, 'images/drawing.jpg'));
    expect(await refused(dir, 'images/drawing.jpg')).toMatch(/found an SVG/);
    // A PNG under a JPEG's name is a PNG, and accepted as one.
    copyFileSync(path.join(dir, 'images/logo.png'), path.join(dir, 'images/logo.jpg'));
    expect((await accepted(dir, 'images/logo.jpg')).alpha).toBe(true);
    // Percent-encoding is decoded before the path is checked.
    expect(await refused(dir, '%2Fetc%2Fpasswd')).toMatch(/found an absolute path \(%2Fetc%2Fpasswd\)/);
    expect(await refused(dir, '..%2Fsecret.jpg')).toMatch(/which leaves the content folder/);
  });

  it('refuses a decompression bomb from its header, before decoding 900 million pixels', async () => {
    const before = process.memoryUsage().rss;
    expect(await refused(dir, 'images/bomb.png')).toBe('expected at most 50 megapixels, found 30,000 × 30,000 pixels (900 MP) in images/bomb.png; resize it first');
    // Decoding it would take ~900 MB (grey) to 2.7 GB (colour); reading its header takes nothing.
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a file over 25 MB before reading it', async () => {
    const big = path.join(dir, 'images', 'huge.jpg');
    writeFileSync(big, '');
    truncateSync(big, 26 * 1024 * 1024);
    expect(await refused(dir, 'images/huge.jpg')).toBe('expected an image file of at most 25.0 MB, found 26.0 MB (images/huge.jpg); export it for the web first');
  });
});

describe('the published files of an image', () => {
  const dir = contentFolder();

  it('are AVIF and WebP at each width up to 1280 (never enlarged) and a JPEG fallback, or PNG when transparent', async () => {
    const photo = await accepted(dir, 'images/gps-photo.jpg');
    expect(widthsOf(photo)).toEqual([320, 640, 960, 1280]);
    expect(variantsOf(photo).map((v) => v.file.replace(photo.id, 'ID'))).toEqual([
      'images/ID-320.avif', 'images/ID-640.avif', 'images/ID-960.avif', 'images/ID-1280.avif',
      'images/ID-320.webp', 'images/ID-640.webp', 'images/ID-960.webp', 'images/ID-1280.webp',
      'images/ID-1280.jpg',
    ]);
    expect(srcsetOf(photo, 'avif', '/brief')).toBe(`/brief/images/${photo.id}-320.avif 320w, /brief/images/${photo.id}-640.avif 640w, /brief/images/${photo.id}-960.avif 960w, /brief/images/${photo.id}-1280.avif 1280w`);
    const small = await accepted(dir, 'images/small-photo.jpg');
    expect(widthsOf(small)).toEqual([320, 600]);
    expect(fallbackOf(await accepted(dir, 'images/logo.png')).file).toMatch(/-400\.png$/);
  });

  it('carry no metadata of the original: no GPS position, camera serial, make, XMP history or colour profile (the pixels are converted to sRGB)', async () => {
    const photo = await accepted(dir, 'images/gps-photo.jpg');
    const original = readFileSync(path.join(dir, photo.src));
    const meta = await sharp(original).metadata();
    // The fixture does carry them: the test would prove nothing otherwise.
    expect(meta.exif?.includes('FixtureCam')).toBe(true);
    expect(meta.exif?.includes('SN-SECRET-4242')).toBe(true);
    expect(original.includes('SECRET-EDIT-HISTORY')).toBe(true);
    const gpsPointer = (exif: Buffer | undefined) => exif !== undefined && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
    expect(gpsPointer(meta.exif)).toBe(true); // EXIF tag 0x8825: the GPS position's block
    expect(meta.icc?.length).toBeGreaterThan(0); // a Display P3 profile
    const out = tempDir('brief-variants-');
    await writeVariants(dir, photo, out, () => false);
    for (const variant of variantsOf(photo)) {
      const bytes = readFileSync(path.join(out, variant.file));
      const published = await sharp(bytes).metadata();
      expect(published.format === 'heif' ? 'avif' : published.format).toBe(variant.format);
      expect([published.width, published.height]).toEqual([variant.width, variant.height]);
      expect(published.exif).toBeUndefined();
      expect(published.xmp).toBeUndefined();
      expect(published.icc).toBeUndefined();
      for (const secret of ['FixtureCam', 'SN-SECRET', 'SECRET-EDIT-HISTORY']) expect(bytes.includes(secret)).toBe(false);
    }
  });

  it('are upright when the camera stored the photo sideways', async () => {
    const sideways = await accepted(dir, 'images/sideways.jpg');
    const [variant] = variantsOf(sideways);
    if (!variant) throw new Error('no variant');
    const meta = await sharp(await encodeVariant(readFileSync(path.join(dir, sideways.src)), variant)).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([200, 300, undefined]);
  });

  it('are the same bytes every time, so a rebuild publishes nothing new', async () => {
    const photo = await accepted(dir, 'images/small-photo.jpg');
    const bytes = readFileSync(path.join(dir, photo.src));
    for (const variant of variantsOf(photo)) expect((await encodeVariant(bytes, variant)).equals(await encodeVariant(bytes, variant))).toBe(true);
  });

  it('are not written from a file that changed after it was checked', async () => {
    const photo = await accepted(dir, 'images/small-photo.jpg');
    copyFileSync(path.join(dir, 'images/gps-photo.jpg'), path.join(dir, 'images/small-photo.jpg'));
    await expect(writeVariants(dir, photo, tempDir('brief-variants-'), () => false)).rejects.toThrow('images/small-photo.jpg changed while the site was being built; build again');
  });
});
