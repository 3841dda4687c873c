/**
 * What Brief accepts as an image and what it publishes of one. Changing an encoding setting changes
 * every published file's name (`ENCODING` is part of it), so browsers that cached an image for a
 * year never see stale bytes under an old name.
 */

/** Largest image file accepted. A news photo exported for the web is 0.2–5 MB; camera originals up to ~25 MB. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** Most pixels accepted (50 MP: a full-frame camera's original). Checked from the file's header, before any decoding. */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Formats accepted, as sharp names them, with the names editors know. */
export const ACCEPTED_FORMATS = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF' } as const;
export type AcceptedFormat = keyof typeof ACCEPTED_FORMATS;

/** Widths published (CSS pixels × density); an image is never enlarged, so smaller ones get fewer. */
export const WIDTHS = [320, 640, 960, 1280] as const;

/**
 * Encoder settings, in the published file names' hash. AVIF at effort 0 (libaom's fastest): two to
 * six times faster than effort 3 for at most a tenth more bytes (figures in docs/performance.md).
 */
export const ENCODING = {
  avif: { quality: 50, effort: 0 },
  webp: { quality: 72, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
  png: { compressionLevel: 9, effort: 7 },
} as const;

/**
 * Bump when encode.ts changes the bytes it writes (resizing, metadata, colour): with the settings
 * above and sharp's and libvips' versions, it is part of every published file's name.
 */
export const ENCODER_REVISION = 1;

/** Folder of the published variants, at the export's root. */
export const IMAGE_DIR = 'images';

/**
 * The crops of a brief's photo offered to search engines (JSON-LD `image`), never shown to readers:
 * Google's Article guidance asks for 16:9, 4:3 and 1:1 images, and Discover shows an image large only
 * when it is at least 1,200 px wide. Each is cut around the centre and published at `width`; a ratio
 * whose crop of the original is narrower is not published (never enlarged). The sizes are in the file
 * names; bump ENCODER_REVISION if the way they are cut changes.
 */
export const CROPS = { width: 1200, ratios: [[16, 9], [4, 3], [1, 1]] } as const;
