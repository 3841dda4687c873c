/** The one Markdown pipeline: GFM Markdown → sanitised HTML with heading anchors, sections and a word count. */
import type { Heading, Image, Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
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
export async function renderMarkdown(markdown: string, locale: Locale = site.defaultLocale): Promise<RenderedMarkdown> {
  const sections: Section[] = [];
  const headingSkips: HeadingSkip[] = [];
  let words = 0;
  // The page's title is the only level-1 heading above the body.
  let previousLevel = 1;

  const collect = () => (tree: Root) => {
    words = countWords(plainText(tree));
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
      if (node.type === 'image' && !isSafeImageUrl(node.url)) altTextOnly(node);
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };

  const file = await remark().use(remarkGfm).use(collect).use(remarkHtml).process(markdown);
  // GFM footnote ids arrive already prefixed and the sanitiser prefixes them again; undo the
  // double prefix so footnote links (which carry a single prefix) reach their targets.
  const html = localiseFootnotes(String(file).replaceAll(`"${ID_PREFIX}${ID_PREFIX}`, `"${ID_PREFIX}`), locale);
  return { html, sections, words, headingSkips };
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

/** The sanitiser keeps `src` only when it is relative or http(s); anything else would leave an `<img>` without src. */
function isSafeImageUrl(url: string): boolean {
  const value = url.trim();
  const scheme = /^([^/?#]*):/.exec(value)?.[1];
  return value !== '' && (scheme === undefined || /^https?$/i.test(scheme));
}

/** Renders an image whose URL the sanitiser would drop as its alt text (an `<img>` without src is invalid HTML). */
function altTextOnly(image: Image): void {
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
