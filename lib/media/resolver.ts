/** The loader's view of a content folder's images: each checked once per load, however many briefs show it. */
import { readFileSync } from 'node:fs';
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
    return sha256(readFileSync(path.join(dir, image.src))) === image.sha256;
  } catch {
    return false;
  }
}
