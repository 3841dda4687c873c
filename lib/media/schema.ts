/** The zod schemas of an accepted image and of a picture as pages show it: the single source of their types. */
import { z } from 'zod';

/** An image file of the content folder, checked and measured. */
export const imageSchema = z.strictObject({
  /** Its path inside the content folder, `/`-separated (`images/musk.jpg`). */
  src: z.string(),
  /** The published files' name stem: a hash of the bytes and the encoding settings. */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  /** Hash of the file's bytes, to know when the file changed. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Size as shown (after the camera's orientation is applied). */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Transparency: the fallback is then a PNG, not a JPEG. */
  alpha: z.boolean(),
});

/** A picture on a page: the image, and what the editor says of it. */
export const pictureSchema = imageSchema.extend({
  /** Text alternative; empty only for a decorative image. */
  alt: z.string(),
  /** Who holds the rights ("Photo: Jane Doe / Agency"); shown with the image. */
  credit: z.string().optional(),
  caption: z.string().optional(),
});

export type Image = z.output<typeof imageSchema>;
export type Picture = z.output<typeof pictureSchema>;
