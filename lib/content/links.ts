import { slugify } from './slug';

/**
 * A URL whose fragment holds a second `#` (`page#a#b`, common in Markdown pasted from elsewhere) is not
 * a valid URL, and the HTML checker refuses it as an `href`. The later `#`s are part of the fragment:
 * they are written as `%23`, which is what a browser requests for them anyway.
 */
export function escapeExtraHashes(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at + 1) + url.slice(at + 1).replaceAll('#', '%23');
}

/**
 * The loose form of an in-page fragment, by which a link written for another site's heading ids
 * (GitHub: `#parsetext-options`, `#configuration-️` for "Configuration ⚙️") finds this site's:
 * its letters and digits only, in the slug's spelling. Percent-escapes are decoded first.
 */
export function fragmentKey(fragment: string): string {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // A stray % stays as it is.
  }
  return `~${slugify(decoded).replaceAll('-', '')}`;
}
