/** The one Markdown pipeline: GFM Markdown → sanitised HTML with heading anchors, sections and a word count. */
import type { Blockquote, Heading, Link, LinkReference, Nodes, Root, Table } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { bodyLabels } from './labels';
import type { Section } from './schema';
import { site, type Locale } from '../site/config';
import { escapeExtraHashes, fragmentKey } from './links';
import { slugify } from './slug';
import { bodyImages, type BodyImages, type ImageProblem, type ImageResolver } from './body-images';
import type { Image as ImageFile } from '../media/schema';
import { SANITIZE } from './sanitize';

export type { ImageResolver };

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

export interface DeadFragment {
  readonly line: number;
  readonly fragment: string;
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
  const deadFragments: DeadFragment[] = [];
  const titleHeadings: number[] = [];
  let words = 0;
  let tables = 0;

  const collect = () => (tree: Root) => {
    // A body with a level-1 heading (a README's `# Project`, a changelog's `# Changelog`) is shown one
    // level lower throughout: the page's title is its only level-1 heading.
    const offset = hasTitleHeading(tree) ? 1 : 0;
    // The page's title is the only level-1 heading above the body; levels below are the Markdown's own.
    let previousLevel = 1 - offset;
    const used = new Map<string, number>();
    const anchors = new Map<string, string>();
    const inPage: Array<{ node: Link | LinkReference; url: string }> = [];
    const definitions = new Map<string, string>();
    const visit = (node: Nodes): void => {
      if (node.type === 'heading') {
        const line = node.position?.start.line ?? 1;
        if (node.depth === 1) titleHeadings.push(line);
        let level: number = node.depth;
        if (level > previousLevel + 1) {
          const shown = previousLevel + 1;
          headingSkips.push({ line, found: level, shown });
          level = shown;
        }
        previousLevel = level;
        node.depth = LEVELS[Math.min(level + offset, 6) - 1] ?? 6;
        addAnchor(node, used, anchors, sections);
      }
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = escapeExtraHashes(node.url);
      if (node.type === 'link' && node.url.startsWith('#')) inPage.push({ node, url: node.url });
      // A link with nothing to read (`[]()`) would be an empty, focusable link: it is left out.
      if (node.type === 'link' && plainText(node).trim() === '' && !node.children.some((child) => child.type === 'image' || child.type === 'imageReference')) textOnly(node);
      if (node.type === 'linkReference') inPage.push({ node, url: '' });
      if (node.type === 'definition') definitions.set(node.identifier, node.url);
      if (node.type === 'root' || (node.type === 'blockquote' && node.data?.hName !== 'div') || node.type === 'listItem' || node.type === 'footnoteDefinition') {
        node.children = node.children.map((child) => (child.type === 'table' ? scrollable(child, locale, (tables += 1)) : child));
      }
      // A code block scrolls sideways when its lines are long: keyboard users reach it with Tab.
      if (node.type === 'code') node.data = { ...node.data, hProperties: { ...node.data?.hProperties, tabIndex: 0 } };
      if ('children' in node) {
        dropScriptText(node.children);
        node.children.forEach(visit);
      }
    };
    visit(tree);
    words = countWords(plainText(tree));
    const ids = new Set(anchors.values());
    // Links to a section of the page, as written for GitHub (`#setup`, `#faq-1`), reach the heading's
    // prefixed id; one that reaches nothing is shown as its text.
    for (const { node, url: written } of inPage) {
      const url = node.type === 'link' ? written : definitions.get(node.identifier);
      if (url === undefined || !url.startsWith('#')) continue;
      const fragment = url.slice(1);
      // The page's own links to its headings already carry the prefixed id.
      if (fragment === '' || ids.has(fragment)) continue;
      const target = anchors.get(fragment) ?? anchors.get(fragmentKey(fragment));
      if (target !== undefined && node.type === 'link') node.url = `#${target}`;
      else if (target !== undefined) node.data = { ...node.data, hProperties: { href: `#${target}` } };
      else {
        deadFragments.push({ line: node.position?.start.line ?? 1, fragment });
        textOnly(node);
      }
    }
  };

  const pictures: BodyImages = { images: new Map(), problems: [] };
  const file = await remark()
    .use(remarkGfm)
    .use(collect)
    .use(bodyImages(options.images, options.basePath ?? site.basePath, pictures))
    .use(remarkHtml, { sanitize: SANITIZE })
    .process(markdown);
  // GFM footnote ids arrive already prefixed and the sanitiser prefixes them again; undo the
  // double prefix so footnote links (which carry a single prefix) reach their targets.
  const html = localiseFootnotes(String(file).replaceAll(`"${ID_PREFIX}${ID_PREFIX}`, `"${ID_PREFIX}`), locale);
  return { html, sections, words, headingSkips, deadFragments, titleHeadings, images: [...pictures.images.values()], imageProblems: pictures.problems };
}

/**
 * GFM footnotes come with English labels, and remark-html has no option for them: they are put in
 * the article's language here. Only the generator writes these exact attributes: an editor's raw
 * HTML never reaches the output, and Markdown cannot write `aria-label`.
 */
function localiseFootnotes(html: string, locale: Locale): string {
  if (!html.includes('data-footnotes')) return html;
  const t = bodyLabels[locale];
  return html
    .replace(`<h2 class="sr-only" id="${ID_PREFIX}footnote-label">Footnotes</h2>`, `<h2 class="sr-only" id="${ID_PREFIX}footnote-label">${t.footnotes}</h2>`)
    .replace(/ aria-label="Back to reference ([\d-]+)"/g, (_, n: string) => ` aria-label="${t.backToReference(n)}"`);
}

/**
 * Wraps a table in a `<div>` (the article's styles let it scroll sideways), so a wide table pasted from
 * a README scrolls by itself on a phone instead of the whole page. The wrapper is a blockquote node
 * only in the Markdown tree: it is written as a plain `<div>`.
 */
function scrollable(table: Table, locale: Locale, n: number): Blockquote {
  // A named region that takes focus: keyboard users can scroll it, screen readers announce it. Each
  // is numbered, so a page's regions have distinct names.
  return { type: 'blockquote', children: [table], data: { hName: 'div', hProperties: { role: 'region', ariaLabel: `${bodyLabels[locale].scrollableTable} ${n}`, tabIndex: 0 } } };
}

/** Elements whose content is code, not text: the sanitiser drops their tags and would show the code. */
const SCRIPT_TAG = /^<(script|style|template|textarea|title)(?:\s[^>]*)?>$/i;

/**
 * Removes what is written between an inline `<script>` (or `<style>`, …) and its end tag in the same
 * paragraph: `a <script>alert(1)</script> b` would otherwise show `alert(1)` to readers.
 */
function dropScriptText(children: Nodes[]): void {
  for (let start = 0; start < children.length; start++) {
    const open = children[start];
    const tag = open?.type === 'html' ? SCRIPT_TAG.exec(open.value.trim())?.[1] : undefined;
    if (tag === undefined) continue;
    const close = children.findIndex((node, index) => index > start && node.type === 'html' && new RegExp(`^</${tag}\\s*>$`, 'i').test(node.value.trim()));
    if (close > start + 1) children.splice(start + 1, close - start - 1);
  }
}

/** Whether the body has a level-1 heading anywhere (in lists and quotes too). */
function hasTitleHeading(node: Nodes): boolean {
  if (node.type === 'heading') return node.depth === 1;
  return 'children' in node && node.children.some(hasTitleHeading);
}

/** Renders a link as its text only (a `<span>`), for a link that would lead nowhere. */
function textOnly(link: Link | LinkReference): void {
  link.data = { ...link.data, hName: 'span', hProperties: { href: undefined, title: undefined } };
}

/** Nodes that render as an `<a>`: a heading holding one must not be wrapped in another. */
const LINKS = new Set<Nodes['type']>(['link', 'linkReference', 'footnoteReference']);

/**
 * A heading's explicit id, written after its text as in Pandoc, MkDocs, Hugo and Docusaurus:
 * `## API reference {#api}`. It is removed from the text.
 */
const CUSTOM_ID = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

function customId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = CUSTOM_ID.exec(last.value);
  if (!match?.[1]) return undefined;
  last.value = last.value.slice(0, match.index);
  return slugify(match[1]) || undefined;
}

/**
 * Gives `heading` a unique id (`anchors` maps each id, and the loose form of it that GitHub-style
 * links are matched by, to the id the page carries) and makes its text a link to itself.
 */
function addAnchor(heading: Heading, used: Map<string, number>, anchors: Map<string, string>, sections: Section[]): void {
  const explicit = customId(heading);
  const title = plainText(heading).trim();
  const base = explicit ?? (slugify(title) || 'section');
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  const slug = seen === 0 ? base : `${base}-${seen}`;
  const id = `${ID_PREFIX}${slug}`;
  heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: slug } };
  // Exact ids first; a loose form never replaces an earlier heading's.
  anchors.set(slug, id);
  if (!anchors.has(fragmentKey(slug))) anchors.set(fragmentKey(slug), id);
  // The heading's text links to itself, so readers can copy a link to any section.
  const hasLink = (node: Nodes): boolean => LINKS.has(node.type) || ('children' in node && node.children.some(hasLink));
  if (!heading.children.some(hasLink)) {
    heading.children = [{ type: 'link', url: `#${id}`, children: heading.children }];
  }
  if (heading.depth === 2) sections.push({ id, title });
}
