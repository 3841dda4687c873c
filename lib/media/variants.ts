/** The files published for an image and the `srcset`s naming them. Pure: the build writes exactly these files, pages name exactly these. */
import { ENCODING, IMAGE_DIR, WIDTHS } from './rules';
import type { Image } from './schema';

export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';

/** One published file of an image: `images/<id>-<width>.<ext>`. */
export interface Variant {
  /** Path relative to the export. */
  readonly file: string;
  readonly format: VariantFormat;
  readonly width: number;
  readonly height: number;
  /** Cut to `width` × `height` around the centre (a crop for search engines, lib/media/crops.ts) rather than scaled whole. */
  readonly crop?: true;
}

const EXTENSION: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };

/** The widths an image is published at: the standard ones below its own width, and its own width when not over the largest. */
export function widthsOf(image: Pick<Image, 'width'>): number[] {
  const below = WIDTHS.filter((w) => w < image.width);
  const largest = WIDTHS[WIDTHS.length - 1] ?? image.width;
  return image.width <= largest ? [...below, image.width] : below;
}

const variant = (image: Image, format: VariantFormat, width: number): Variant => ({
  file: `${IMAGE_DIR}/${image.id}-${width}.${EXTENSION[format]}`,
  format,
  width,
  height: Math.max(1, Math.round((image.height * width) / image.width)),
});

/** The fallback `<img src>`: JPEG (PNG when transparent), at the largest published width. */
export function fallbackOf(image: Image): Variant {
  const widths = widthsOf(image);
  return variant(image, image.alpha ? 'png' : 'jpeg', widths[widths.length - 1] ?? image.width);
}

/** Every file published for an image: AVIF and WebP at each width, and the fallback. */
export function variantsOf(image: Image): Variant[] {
  const widths = widthsOf(image);
  return [...widths.map((w) => variant(image, 'avif', w)), ...widths.map((w) => variant(image, 'webp', w)), fallbackOf(image)];
}

/** `srcset` of one format: `<base>/images/<id>-320.avif 320w, …`. */
export function srcsetOf(image: Image, format: 'avif' | 'webp', basePath: string): string {
  return widthsOf(image).map((w) => `${basePath}/${variant(image, format, w).file} ${w}w`).join(', ');
}

/** The settings every published file depends on, for the hash in its name. */
export const ENCODING_KEY = JSON.stringify({ WIDTHS, ENCODING });

/**
 * In `npm run dev`, images are not encoded: pages show the original file, served on loopback by
 * scripts/dev.mjs from the content folder (`BRIEF_DEV_IMAGES`). `undefined` in a build.
 */
export function devImageUrl(image: Pick<Image, 'src'>): string | undefined {
  const origin = process.env.NODE_ENV === 'development' ? process.env.BRIEF_DEV_IMAGES : undefined;
  return origin ? `${origin}${image.src.split('/').map(encodeURIComponent).join('/')}` : undefined;
}
