/**
 * Where an image an editor names is, and whether it may be read: a path inside the content folder,
 * never a URL, an absolute path or a way out of the folder (`..`, or a link pointing elsewhere).
 * Every message says what was expected and what was found.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

export type Located = { readonly file: string; readonly src: string } | { readonly problem: string };

const EXAMPLE = 'a path inside the content folder such as images/photo.jpg';

/** Resolves `written` (as the editor wrote it) against the content folder `dir`. Reads nothing but the folder's links. */
export function locateImage(dir: string, written: string): Located {
  const raw = written.trim();
  let value = raw;
  try {
    value = decodeURIComponent(raw); // Markdown writes `my%20photo.jpg` for `my photo.jpg`; every check sees the decoded path
  } catch {
    // not percent-encoded: taken as written
  }
  if (value === '') return { problem: `expected ${EXAMPLE}, found nothing` };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https' || value.startsWith('//')) {
    return { problem: `expected ${EXAMPLE}, found a remote URL (${raw}): the build is offline and cannot check, optimise or keep it; save the image in the content folder and use its path` };
  }
  if (scheme !== undefined && !/^[a-z]$/i.test(scheme)) return { problem: `expected ${EXAMPLE}, found a ${scheme}: URL` };
  if (/^([a-z]:)?[\\/]/i.test(value)) return { problem: `expected ${EXAMPLE}, found an absolute path (${raw})` };
  if (/[?#]/.test(raw)) return { problem: `expected ${EXAMPLE}, found a query or fragment in ${JSON.stringify(raw)}` };
  const src = path.posix.normalize(value.replaceAll('\\', '/'));
  if (src === '..' || src.startsWith('../')) return { problem: `expected ${EXAMPLE}, found ${JSON.stringify(raw)}, which leaves the content folder` };
  if (/\.svgz?$/i.test(src)) return { problem: svgRefused(raw) };
  const file = path.join(dir, src);
  try {
    const real = realpathSync(file);
    const root = realpathSync(dir);
    if (real !== root && !real.startsWith(root + path.sep)) {
      return { problem: `expected ${EXAMPLE}, found ${JSON.stringify(raw)}, a link to a file outside the content folder` };
    }
  } catch {
    return { problem: `expected an image file at ${JSON.stringify(src)} in the content folder, found no such file` };
  }
  return { file, src };
}

export const svgRefused = (value: string) =>
  `expected a JPEG, PNG, WebP or AVIF image, found an SVG (${value}): SVG can carry script, so it is not published; export it as PNG`;
