/**
 * The site's own script under a name that changes when its bytes do. `public/brief.js` is the
 * source (Next copies it to the export as `brief.js`); post-export moves it to
 * `assets/brief.<hash>.js`, which pages reference, so hosts can let browsers keep it for a year
 * (lib/engine/cache-policy.ts) and a release never serves stale code. `next dev` serves the
 * source as it is.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The script's source, relative to the project. */
export const SCRIPT_SOURCE = path.join('public', 'brief.js');

let hashed: string | undefined;

/** `assets/brief.<first 12 hex digits of the sha256 of its bytes>.js`, relative to the export. */
export function hashedScriptFile(root = process.cwd()): string {
  hashed ??= `assets/brief.${createHash('sha256').update(readFileSync(path.join(root, SCRIPT_SOURCE))).digest('hex').slice(0, 12)}.js`;
  return hashed;
}

/** The script's URL path (without the base path): the hashed file in a production build, the source otherwise. */
export const scriptPath = (): string => (process.env.NODE_ENV === 'production' ? `/${hashedScriptFile()}` : '/brief.js');
