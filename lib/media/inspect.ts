/**
 * Checking an image file before anything publishes it: its size, its format (read from its bytes,
 * not its name), its pixel count from the header (a decompression bomb is refused before decoding),
 * and one small decode, so a damaged file is reported with its brief rather than failing the build later.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { ACCEPTED_FORMATS, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, type AcceptedFormat } from './rules';
import type { Image } from './schema';
import { locateImage, svgRefused } from './source';
import { ENCODING_KEY } from './variants';

export type Inspected = { readonly image: Image } | { readonly problem: string };

const ACCEPTED = Object.values(ACCEPTED_FORMATS).join(', ').replace(/, (?=[^,]*$)/, ' or ');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const isAccepted = (format: string): format is AcceptedFormat => Object.hasOwn(ACCEPTED_FORMATS, format);

/** Hash of a file's bytes: what the parse cache compares to know an image changed. */
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Checks the image `written` names in the content folder `dir`, and measures it. */
export async function inspectImage(dir: string, written: string): Promise<Inspected> {
  const located = locateImage(dir, written);
  if ('problem' in located) return located;
  const { file, src } = located;
  const info = await stat(file);
  if (!info.isFile()) return { problem: `expected an image file at ${JSON.stringify(src)}, found a folder` };
  if (info.size > MAX_IMAGE_BYTES) {
    return { problem: `expected an image file of at most ${megabytes(MAX_IMAGE_BYTES)}, found ${megabytes(info.size)} (${src}); export it for the web first` };
  }
  const bytes = await readFile(file);
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { problem: `expected a ${ACCEPTED} image, found a file that is not an image or is damaged (${src})` };
  }
  // sharp reads AVIF with its HEIF decoder; other HEIF (iPhone .heic) is not accepted.
  const format = meta.format === 'heif' && meta.compression === 'av1' ? 'avif' : meta.format;
  if (format === 'svg') return { problem: svgRefused(src) };
  if (!isAccepted(format)) return { problem: `expected a ${ACCEPTED} image, found ${format.toUpperCase()} (${src}); convert it` };
  const pixels = meta.width * meta.height;
  if (pixels > MAX_IMAGE_PIXELS) {
    const size = `${meta.width.toLocaleString('en')} × ${meta.height.toLocaleString('en')} pixels (${Math.round(pixels / 1e6)} MP)`;
    return { problem: `expected at most ${MAX_IMAGE_PIXELS / 1e6} megapixels, found ${size} in ${src}; resize it first` };
  }
  try {
    await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).resize(32, 32, { fit: 'inside' }).raw().toBuffer();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problem: `expected a ${ACCEPTED} image that can be read, found a damaged ${ACCEPTED_FORMATS[format]} file (${src}: ${reason})` };
  }
  const { width, height } = meta.autoOrient;
  const digest = sha256(bytes);
  const id = createHash('sha256').update(`${ENCODING_KEY}\0${digest}`).digest('hex').slice(0, 16);
  return { image: { src, id, sha256: digest, width, height, alpha: meta.hasAlpha } };
}
