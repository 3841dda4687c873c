/**
 * A URL whose fragment holds a second `#` (`page#a#b`, common in Markdown pasted from elsewhere) is not
 * a valid URL, and the HTML checker refuses it as an `href`. The later `#`s are part of the fragment:
 * they are written as `%23`, which is what a browser requests for them anyway.
 */
export function escapeExtraHashes(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at + 1) + url.slice(at + 1).replaceAll('#', '%23');
}
