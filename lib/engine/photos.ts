/**
 * The published files of the content's images (lib/media): AVIF and WebP at each width and a
 * JPEG/PNG fallback, `images/<id>-<width>.<ext>`, and a brief's photo's crops for search engines
 * (`images/<id>-1200x675.jpg`, lib/media/crops.ts). A file is kept where the previous export has it
 * (its name is a hash of the image's bytes and the encoding settings, so the same name is the same
 * bytes, the encoder's settings and versions), linked from the cache where an earlier build encoded
 * it, and encoded otherwise. The cache then drops the files of images no longer published.
 */
import { copyFileSync, existsSync, linkSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeVariants } from '../media/encode';
import { IMAGE_DIR } from '../media/rules';
import type { Image } from '../media/schema';
import { publishedFilesOf } from '../media/crops';

/**
 * Puts every variant of `images` in `exportDir`, and the crops of those whose id is in `heroes` (briefs'
 * photos). Returns each file's key (the image's id), how many files were encoded, and how many were linked from the cache.
 */
export async function updatePhotos(
  exportDir: string,
  images: readonly Image[],
  previous: Readonly<Record<string, string>>,
  contentDir: string,
  cacheDir: string,
  heroes: readonly string[],
): Promise<{ keys: Record<string, string>; encoded: number; linked: number }> {
  const keys: Record<string, string> = {};
  const cropped = new Set(heroes);
  let encoded = 0;
  let linked = 0;
  for (const image of images) {
    const files = publishedFilesOf(image, cropped.has(image.id));
    const wanted = files.filter((v) => {
      keys[v.file] = image.id;
      return !(previous[v.file] === image.id && existsSync(path.join(exportDir, v.file)));
    });
    if (wanted.length === 0) continue;
    encoded += await writeVariants(contentDir, image, cacheDir, (file) => existsSync(path.join(cacheDir, file)), files);
    for (const { file } of wanted) {
      // A new link renamed over the old file: the previous export, which may share that file, is untouched.
      const target = path.join(exportDir, file);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      await rm(temp, { force: true });
      try {
        linkSync(path.join(cacheDir, file), temp);
      } catch {
        copyFileSync(path.join(cacheDir, file), temp); // the cache is on another file system
      }
      await rename(temp, target);
      linked += 1;
    }
  }
  // The cache keeps the files of current images only (an edited or removed image's go).
  const current = new Set(images.map((image) => image.id));
  const cached = await readdir(path.join(cacheDir, IMAGE_DIR)).catch(() => []);
  await Promise.all(cached.filter((name) => !current.has(name.split('-')[0] ?? '')).map((name) => rm(path.join(cacheDir, IMAGE_DIR, name), { force: true })));
  return { keys, encoded, linked: linked - encoded };
}
