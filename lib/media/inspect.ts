/**
 * Checking an image file before anything publishes it: its size, its format (read from its first
 * bytes, not its name, before any decoder sees it), its pixel count from the header (a decompression bomb is refused before decoding),
 * and one small decode, so a damaged file is reported with its brief rather than failing the build later.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { ACCEPTED_FORMATS, ENCODER_REVISION, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './rules';
import type { Image } from './schema';
import { signatureOf } from './signature';
import { locateImage, svgRefused } from './source';
import { ENCODING_KEY } from './variants';

export type Inspected = { readonly image: Image } | { readonly problem: string };

const ACCEPTED = Object.values(ACCEPTED_FORMATS).join(', ').replace(/, (?=[^,]*$)/, ' or ');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Everything the published bytes depend on besides the image: settings, encoder revision, sharp and libvips. */
const ENCODER_KEY = JSON.stringify({ settings: ENCODING_KEY, revision: ENCODER_REVISION, sharp: sharp.versions.sharp, vips: sharp.versions.vips });

/** Hash of a file's bytes: what the parse cache compares to know an image changed. */
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Checks the image `written` names in the content folder `dir`, and measures it. */
export async function inspectImage(dir: string, written: string): Promise<Inspected> {
  const located = locateImage(dir, written);
  if ('problem' in located) return located;
  const { file, src } = located;
  const info = await stat(file);
  if (!info.isFile()) return { problem: `expected an image file at ${JSON.stringify(src)}, found ${info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe (FIFO)' : 'something that is not a file'}` };
  if (info.size > MAX_IMAGE_BYTES) {
    return { problem: `expected an image file of at most ${megabytes(MAX_IMAGE_BYTES)}, found ${megabytes(info.size)} (${src}); export it for the web first` };
  }
  const bytes = await readFile(file);
  const signature = signatureOf(bytes);
  if ('other' in signature) {
    if (signature.other === 'SVG') return { problem: svgRefused(src) };
    if (signature.other === 'unknown') return { problem: `expected a ${ACCEPTED} image, found a file that is not an image or is damaged (${src})` };
    return { problem: `expected a ${ACCEPTED} image, found ${signature.other} (${src}); convert it` };
  }
  const format = signature.format;
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { problem: `expected a ${ACCEPTED} image, found a ${ACCEPTED_FORMATS[format]} file that is damaged (${src})` };
  }
  // sharp names AVIF `heif` (its decoder); anything else than the signature said is refused.
  const decoded = meta.format === 'heif' && meta.compression === 'av1' ? 'avif' : meta.format;
  if (decoded !== format) return { problem: `expected a ${ACCEPTED} image, found a file that starts as ${ACCEPTED_FORMATS[format]} but is read as ${decoded.toUpperCase()} (${src})` };
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
  const id = createHash('sha256').update(`${ENCODER_KEY}\0${digest}`).digest('hex').slice(0, 16);
  return { image: { src, id, sha256: digest, width, height, alpha: meta.hasAlpha } };
}
