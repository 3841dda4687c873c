/**
 * Writing an image's published files with sharp: turned upright, resized (never enlarged), encoded
 * as AVIF, WebP and a JPEG/PNG fallback; a brief's photo also cut in crops for search engines.
 * Nothing of the original's metadata is written: no EXIF (GPS position, camera serial, dates), no
 * XMP (editing history), no IPTC, no ICC profile (pixels are converted to sRGB). Files are written atomically, so a killed build never leaves half of one.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { sha256 } from './inspect';
import { ENCODING, MAX_IMAGE_PIXELS } from './rules';
import type { Image } from './schema';
import { variantsOf, type Variant } from './variants';

/** One variant's bytes. */
export async function encodeVariant(bytes: Uint8Array, variant: Variant): Promise<Buffer> {
  // A crop is scaled to cover its size and cut around the centre (after the camera's orientation is applied).
  const size = variant.crop ? { width: variant.width, height: variant.height, fit: 'cover' as const, position: 'centre' } : { width: variant.width };
  const resized = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', autoOrient: true }).resize({ ...size, withoutEnlargement: true });
  switch (variant.format) {
    case 'avif':
      return resized.avif(ENCODING.avif).toBuffer();
    case 'webp':
      return resized.webp(ENCODING.webp).toBuffer();
    case 'jpeg':
      return resized.flatten({ background: '#ffffff' }).jpeg(ENCODING.jpeg).toBuffer();
    case 'png':
      return resized.png(ENCODING.png).toBuffer();
  }
}

/**
 * Writes every file of `image` (read from `contentDir`) that `outDir` lacks (`has` says which it has):
 * `files`, its variants unless given (lib/media/crops.ts adds a photo's crops).
 * Fails when the file changed since it was checked: the pages would name files of other bytes.
 */
export async function writeVariants(contentDir: string, image: Image, outDir: string, has: (file: string) => boolean, files: readonly Variant[] = variantsOf(image)): Promise<number> {
  const missing = files.filter((v) => !has(v.file));
  if (missing.length === 0) return 0;
  const bytes = await readFile(path.join(contentDir, image.src));
  if (sha256(bytes) !== image.sha256) throw new Error(`${image.src} changed while the site was being built; build again`);
  await Promise.all(
    missing.map(async (variant) => {
      const target = path.join(outDir, variant.file);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, await encodeVariant(bytes, variant));
      await rename(temp, target);
    }),
  );
  return missing.length;
}
