/**
 * The crops of a brief's photo for search engines (CROPS: 16:9, 4:3 and 1:1, 1,200 px wide),
 * `images/<id>-<width>x<height>.<ext>`, in the fallback's format. Pure: the build writes exactly
 * these files (lib/engine/photos.ts), the JSON-LD names exactly these (lib/syndication/structured-data.ts).
 */
import { CROPS, IMAGE_DIR } from './rules';
import type { Image } from './schema';
import { fallbackOf, variantsOf, type Variant } from './variants';

/** The crops `image` allows, widest ratio first: those whose cut of the original is at least CROPS.width wide. */
export function cropsOf(image: Image): Variant[] {
  const { format, file } = fallbackOf(image);
  const extension = file.slice(file.lastIndexOf('.'));
  return CROPS.ratios.flatMap(([across, down]) => {
    // The largest cut at this ratio: the full height of a wider original, the full width of a taller one.
    const cutWidth = image.width * down >= image.height * across ? Math.floor((image.height * across) / down) : image.width;
    if (cutWidth < CROPS.width) return [];
    const width = CROPS.width;
    const height = Math.round((width * down) / across);
    return [{ file: `${IMAGE_DIR}/${image.id}-${width}x${height}${extension}`, format, width, height, crop: true as const }];
  });
}

/** Every file published for an image: its variants, and its crops when it is a brief's photo (`hero`). */
export const publishedFilesOf = (image: Image, hero: boolean): Variant[] => [...variantsOf(image), ...(hero ? cropsOf(image) : [])];
