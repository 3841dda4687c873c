/** The one Markdown pipeline: GFM Markdown → sanitised HTML with heading anchors, sections and a word count. */
import type { Definition, Heading, Image, ImageReference, Nodes, Paragraph, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { pictureElement } from '../media/hast';
import type { Image as ImageFile } from '../media/schema';
import { SANITIZE } from './sanitize';
import { messages } from '../site/messages';
import type { Section } from './schema';
import { site, type Locale } from '../site/config';
import { escapeExtraHashes } from './links';
import { slugify } from './slug';

export type { Section };

/** remark-html's sanitiser prefixes every id with this, so content can't clobber DOM globals. */
const ID_PREFIX = 'user-content-';


const LEVELS: readonly Heading['depth'][] = [1, 2, 3, 4, 5, 6];

/** A heading more than one level below the one before it (the page's title is level 1), and the level it is shown at. */
export interface HeadingSkip {
  /** Line in the Markdown given to `renderMarkdown`, from 1. */
  readonly line: number;
  readonly found: number;
  readonly shown: number;
}

export interface RenderedMarkdown {
  readonly html: string;
  readonly sections: Section[];
  /** Words of readable text (code included, markup excluded). */
  readonly words: number;
  /** Headings moved up so the page's outline skips no level (pasted bodies often start at `###`). */
  readonly headingSkips: HeadingSkip[];
  /** The image files the body shows, in order, each once. */
  readonly images: ImageFile[];
  /** Body images that cannot be published, with their line and column in the Markdown given. */
  readonly imageProblems: { readonly line: number; readonly column: number; readonly message: string }[];
}

/** Checks an image an editor names (`images/x.jpg`) and measures it; reads the content folder. */
export type ImageResolver = (written: string) => Promise<{ readonly image: ImageFile } | { readonly problem: string }>;

export interface MarkdownOptions {
  /** Resolves body images; without one, a body image is a problem (nothing can check it). */
  readonly images?: ImageResolver;
  /** BASE_PATH, for the published images' URLs. */
  readonly basePath?: string;
}

/** Visible text of an mdast node; raw HTML contributes nothing (it is dropped when rendered). */
function plainText(node: Nodes): string {
  if (node.type === 'html') return '';
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => plainText(child)).join('');
  return '';
}

/** Counts words the way readers see them: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/**
 * Renders Markdown to sanitised HTML. Raw HTML, `javascript:` and `data:` URLs are removed by
 * remark-html's default sanitiser. `locale` is the article's edition: the footnotes' hidden heading
 * and back-link labels are in its language.
 */
export async function renderMarkdown(markdown: string, locale: Locale = site.defaultLocale, options: MarkdownOptions = {}): Promise<RenderedMarkdown> {
  const sections: Section[] = [];
  const headingSkips: HeadingSkip[] = [];
  /** Body images (`![alt](src)`, or `![alt][ref]` with its definition), and the paragraph when one is all they are in. */
  const found: { image: Image | ImageReference; url: string; title?: string; paragraph?: Paragraph }[] = [];
  let words = 0;
  // The page's title is the only level-1 heading above the body.
  let previousLevel = 1;

  const collect = () => (tree: Root) => {
    words = countWords(plainText(tree));
    const definitions = new Map<string, Definition>();
    const define = (node: Nodes): void => {
      if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
      if ('children' in node) node.children.forEach(define);
    };
    define(tree);
    const imageOf = (node: Image | ImageReference, paragraph?: Paragraph) => {
      const target = node.type === 'image' ? node : definitions.get(node.identifier);
      found.push({ image: node, url: target?.url ?? '', ...(target?.title ? { title: target.title } : {}), ...(paragraph ? { paragraph } : {}) });
    };
    const used = new Map<string, number>();
    const visit = (node: Nodes): void => {
      if (node.type === 'heading') {
        if (node.depth > previousLevel + 1) {
          // LEVELS[n] is level n + 1: the level right below the previous heading.
          const shown = LEVELS[previousLevel] ?? node.depth;
          headingSkips.push({ line: node.position?.start.line ?? 1, found: node.depth, shown });
          node.depth = shown;
        }
        previousLevel = node.depth;
        addAnchor(node, used, sections);
      }
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = escapeExtraHashes(node.url);
      if (node.type === 'image' || node.type === 'imageReference') imageOf(node);
      if (node.type === 'paragraph') {
        const only = onlyImage(node);
        if (only) return imageOf(only, node);
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };

  const images = new Map<string, ImageFile>();
  const imageProblems: RenderedMarkdown['imageProblems'] = [];
  const publishImages = () => async () => {
    for (const { image, url, title, paragraph } of found) {
      const at = { line: image.position?.start.line ?? 1, column: image.position?.start.column ?? 1 };
      const resolved = options.images ? await options.images(url) : { problem: 'expected an image the build can check, found no content folder to read it from' };
      const alt = (image.alt ?? '').trim();
      if ('problem' in resolved) imageProblems.push({ ...at, message: `image ${JSON.stringify(url)}: ${resolved.problem}` });
      else if (alt === '') imageProblems.push({ ...at, message: `image ${JSON.stringify(url)}: expected alt text saying what it shows (![what it shows](${url})), found none` });
      if ('problem' in resolved || alt === '') {
        altTextOnly(image);
        continue;
      }
      images.set(resolved.image.id, resolved.image);
      const caption = title?.trim();
      const picture = pictureElement(resolved.image, alt, options.basePath ?? site.basePath, paragraph ? undefined : caption);
      if (paragraph && caption) {
        // A standalone image with a title is a figure, the title its caption.
        paragraph.data = { ...paragraph.data, hName: 'figure', hChildren: [picture, { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] }] };
      } else {
        image.data = { ...image.data, hName: 'picture', hProperties: { src: undefined, alt: undefined, title: undefined }, hChildren: picture.children };
      }
    }
  };

  const file = await remark().use(remarkGfm).use(collect).use(publishImages).use(remarkHtml, { sanitize: SANITIZE }).process(markdown);
  // GFM footnote ids arrive already prefixed and the sanitiser prefixes them again; undo the
  // double prefix so footnote links (which carry a single prefix) reach their targets.
  const html = localiseFootnotes(String(file).replaceAll(`"${ID_PREFIX}${ID_PREFIX}`, `"${ID_PREFIX}`), locale);
  return { html, sections, words, headingSkips, images: [...images.values()], imageProblems };
}

/** The image of a paragraph holding one image and nothing else but white space. */
function onlyImage(paragraph: Paragraph): Image | ImageReference | undefined {
  const visible = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [first] = visible;
  return visible.length === 1 && (first?.type === 'image' || first?.type === 'imageReference') ? first : undefined;
}

/**
 * GFM footnotes come with English labels, and remark-html has no option for them: they are put in
 * the article's language here. Only the generator writes these exact attributes: an editor's raw
 * HTML never reaches the output, and Markdown cannot write `aria-label`.
 */
function localiseFootnotes(html: string, locale: Locale): string {
  if (!html.includes('data-footnotes')) return html;
  const t = messages[locale];
  return html
    .replace(`<h2 class="sr-only" id="${ID_PREFIX}footnote-label">Footnotes</h2>`, `<h2 class="sr-only" id="${ID_PREFIX}footnote-label">${t.footnotes}</h2>`)
    .replace(/ aria-label="Back to reference ([\d-]+)"/g, (_, n: string) => ` aria-label="${t.backToReference(n)}"`);
}

/** Renders an image that cannot be published as its alt text (the build fails on it; `next dev` shows the text). */
function altTextOnly(image: Image | ImageReference): void {
  image.data = { ...image.data, hName: 'span', hProperties: { src: undefined, alt: undefined, title: undefined }, hChildren: [{ type: 'text', value: image.alt ?? '' }] };
}

function addAnchor(heading: Heading, used: Map<string, number>, sections: Section[]): void {
  const title = plainText(heading).trim();
  const base = slugify(title) || 'section';
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  const slug = seen === 0 ? base : `${base}-${seen}`;
  heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: slug } };
  // The heading's text links to itself, so readers can copy a link to any section.
  const hasLink = (node: Nodes): boolean => node.type === 'link' || ('children' in node && node.children.some(hasLink));
  if (!heading.children.some(hasLink)) {
    heading.children = [{ type: 'link', url: `#${ID_PREFIX}${slug}`, children: heading.children }];
  }
  if (heading.depth === 2) sections.push({ id: `${ID_PREFIX}${slug}`, title });
}
