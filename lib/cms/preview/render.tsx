/** Renders the CMS preview of a brief to HTML, from the form's data: the bundle's entry point calls this in the editor's browser. */
import { renderToStaticMarkup } from 'react-dom/server';
import { checkBudget, nulLine } from '../../content/limits';
import { renderMarkdown } from '../../content/markdown';
import type { Image } from '../../media/schema';
import { localeOf, previewArticle, previewEntrySchema, previewSiteSchema, type MeasuredImage } from './model';
import { BriefPreviewView } from './view';

/** Measures an image of the content folder (`images/x.jpg`) in the editor's browser; `undefined` when it cannot be loaded. */
export type MeasureImage = (src: string) => Promise<MeasuredImage | undefined>;

/** A path inside the content folder, as the contract accepts one: relative, no `..`, not a URL. */
const isContentPath = (src: string): boolean => src !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[\\/]/.test(src) && !src.split(/[\\/]/).includes('..');

/** Stands for a published file's hash: the preview shows the original file, not the build's copies. */
const imageOf = (src: string, size: MeasuredImage): Image => ({ src, id: '0000000000000000', sha256: '0'.repeat(64), width: size.width, height: size.height, alpha: false });

/**
 * The preview's HTML: `entry` is the form's data (Decap's entry `data` as JSON), `site` the topics and
 * authors /admin/ carries, `today` the date a brief without one shows.
 */
export async function renderPreview(input: { entry: unknown; site: unknown; today: string }, measure: MeasureImage): Promise<string> {
  const entry = previewEntrySchema.parse(input.entry ?? {});
  const site = previewSiteSchema.parse(input.site);
  const locale = localeOf(entry);
  // A body past the brief's budget would freeze the editor's tab in remark (quadratic emphasis, deep
  // nesting): it is not rendered, and the preview says what the build will say.
  const over = overBudget(entry.body);
  const body = over.length > 0 ? { html: '', words: 0, sections: [] } : await renderMarkdown(entry.body, locale, {
    images: async (written) => {
      if (!isContentPath(written)) return { problem: 'expected a path inside the content folder such as images/photo.jpg' };
      const size = await measure(written);
      return size ? { image: imageOf(written, size) } : { problem: 'not found in the content folder' };
    },
  });
  const photo = entry.image?.src && isContentPath(entry.image.src) ? await measure(entry.image.src) : undefined;
  const article = previewArticle(entry, site, locale, body.words, photo, input.today);
  return renderToStaticMarkup(<BriefPreviewView article={article} html={body.html} sections={body.sections} overBudget={over} />);
}

/** What `npm run check` refuses in a body before parsing it (lib/content/limits.ts), as lines of the body field. */
function overBudget(body: string): string[] {
  const nul = nulLine(body);
  return [...(nul === undefined ? [] : [`Line ${nul}: a NUL byte (an invisible control character); delete it`]), ...checkBudget(body).map((p) => `Line ${p.line}: ${p.message}`)];
}
