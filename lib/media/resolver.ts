/** The loader's view of a content folder's images: each checked once per load, however many briefs show it. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inspectImage, sha256, type Inspected } from './inspect';
import type { Image } from './schema';

/** Checks and measures images of the content folder `dir`, once per path. */
export function imageResolver(dir: string): (written: string) => Promise<Inspected> {
  const seen = new Map<string, Promise<Inspected>>();
  return (written) => {
    let inspected = seen.get(written);
    if (!inspected) {
      inspected = inspectImage(dir, written);
      seen.set(written, inspected);
    }
    return inspected;
  };
}

/** True when `image` still has the bytes it was checked with (the parse cache keeps a brief only then). */
export function isUnchanged(dir: string, image: Image): boolean {
  try {
    const file = path.join(dir, image.src);
    // Only a regular file is read: reading a named pipe put in an image's place would wait forever (and then it is checked again, and refused).
    return statSync(file).isFile() && sha256(readFileSync(file)) === image.sha256;
  } catch {
    return false;
  }
}
