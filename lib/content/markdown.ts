/**
 * The one Markdown pipeline: GFM Markdown → sanitised HTML with heading anchors, sections and a word
 * count. Each job is one plugin working on the Markdown tree (lib/content/remark/, and body-images.ts),
 * run in the order below; remark-html then turns the tree into HTML (footnotes by remark/footnotes.ts's
 * handlers) and sanitises it with lib/content/sanitize.ts's schema, which drops raw HTML and
 * `javascript:` and `data:` URLs.
 */
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import type { Section } from './schema';
import { site, type Locale } from '../site/config';
import { bodyImages, type BodyImages, type ImageProblem, type ImageResolver } from './body-images';
import type { Image as ImageFile } from '../media/schema';
import { SANITIZE } from './sanitize';
import { dropScriptText } from './remark/raw';
import { headingAnchors, headingLevels, type Anchors, type HeadingSkip } from './remark/headings';
import { emptyLinks, escapeUrlHashes, inPageLinks, type DeadFragment } from './remark/links';
import { focusableCode, scrollableTables } from './remark/scroll';
import { footnoteHandlers } from './remark/footnotes';
import { wordCount } from './remark/text';

export { countWords } from './remark/text';
export type { DeadFragment, HeadingSkip, ImageResolver, Section };

export interface MarkdownOptions {
  /** Checks body images; without one, a body image is a problem (nothing can check it). */
  readonly images?: ImageResolver;
  /** BASE_PATH, for the published images' URLs (default: the site's). */
  readonly basePath?: string;
}

export interface RenderedMarkdown {
  /** The image files the body shows, in order, each once. */
  readonly images: ImageFile[];
  /** Body images that cannot be published, with their line and column in the Markdown given. */
  readonly imageProblems: ImageProblem[];
  readonly html: string;
  readonly sections: Section[];
  /** Words of readable text (code included, markup excluded). */
  readonly words: number;
  /** Headings moved up so the page's outline skips no level (pasted bodies often start at `###`). */
  readonly headingSkips: HeadingSkip[];
  /**
   * In-page links (`[see](#setup)`) that reach no heading of the body, with their line: they are
   * shown as plain text (GitHub's READMEs link to anchors of raw HTML that the sanitiser removes).
   */
  readonly deadFragments: DeadFragment[];
  /** Lines of level-1 headings in the body: the title is the page's only one, so every body heading is shown a level lower. */
  readonly titleHeadings: number[];
}

/**
 * Renders Markdown to sanitised HTML. `locale` is the article's edition: the footnotes' hidden
 * heading, their back-links' labels and the tables' names are in its language.
 */
export async function renderMarkdown(markdown: string, locale: Locale = site.defaultLocale, options: MarkdownOptions = {}): Promise<RenderedMarkdown> {
  const outline: { headingSkips: HeadingSkip[]; titleHeadings: number[] } = { headingSkips: [], titleHeadings: [] };
  const anchors: Anchors = { sections: [], anchors: new Map() };
  const links: { deadFragments: DeadFragment[] } = { deadFragments: [] };
  const text = { words: 0 };
  const pictures: BodyImages = { images: new Map(), problems: [] };
  const file = await remark()
    .use(remarkGfm)
    .use(dropScriptText())
    .use(headingLevels(outline))
    .use(headingAnchors(anchors))
    .use(escapeUrlHashes())
    .use(emptyLinks())
    .use(inPageLinks(anchors.anchors, links))
    .use(scrollableTables(locale))
    .use(focusableCode())
    .use(wordCount(text))
    .use(bodyImages(options.images, options.basePath ?? site.basePath, pictures))
    .use(remarkHtml, { sanitize: SANITIZE, handlers: footnoteHandlers(locale) })
    .process(markdown);
  return {
    html: String(file),
    sections: anchors.sections,
    words: text.words,
    ...outline,
    ...links,
    images: [...pictures.images.values()],
    imageProblems: pictures.problems,
  };
}
