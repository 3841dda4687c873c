/**
 * lib/media/variants.ts as the CMS preview bundle sees it (lib/cms/preview/bundle.ts puts this module in
 * its place): the page's `npm run dev` markup, an image being its original file. Only the editor's
 * browser knows where that file is (the dev server's image server, or Decap's own copy of a file just
 * picked), so an image is named by a placeholder that public/admin/brief-preview.js replaces: a fragment,
 * which the body's sanitiser keeps as it keeps any relative URL.
 */
import type { Image } from '../../media/schema';

export * from '../../media/variants';

/** What names a content image in the preview's HTML until the editor's browser puts its URL there. */
export const PREVIEW_IMAGE = '#brief-preview-image=';

/** The placeholder of a content image (`images/x.jpg`). */
export function devImageUrl(image: Pick<Image, 'src'>): string {
  return `${PREVIEW_IMAGE}${encodeURIComponent(image.src)}`;
}
