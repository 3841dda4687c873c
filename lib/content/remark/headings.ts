/**
 * Headings (two remark plugins). `headingLevels` gives the body an outline that skips no level below
 * the page's title; `headingAnchors` gives each heading a unique id, makes its text a link to itself
 * and lists the level-2 headings as the page's sections.
 */
import type { Heading, Nodes, Root } from 'mdast';
import type { Section } from '../schema';
import { fragmentKey } from '../links';
import { ID_PREFIX } from '../sanitize';
import { slugify } from '../slug';
import { eachNode, plainText } from './text';

/** A heading more than one level below the one before it (the page's title is level 1), and the level it is shown at. */
export interface HeadingSkip {
  /** Line in the Markdown given to `renderMarkdown`, from 1. */
  readonly line: number;
  readonly found: number;
  readonly shown: number;
}

const LEVELS: readonly Heading['depth'][] = [1, 2, 3, 4, 5, 6];

/**
 * The outline. A body with a level-1 heading (a README's `# Project`, a changelog's `# Changelog`) is
 * shown one level lower throughout: the page's title is its only level-1 heading (`titleHeadings`
 * lists their lines). A heading more than one level below the one before it is moved up (`skips`).
 */
export function headingLevels(found: { readonly headingSkips: HeadingSkip[]; readonly titleHeadings: number[] }) {
  return () => (tree: Root) => {
    const offset = hasTitleHeading(tree) ? 1 : 0;
    // The page's title is the only level-1 heading above the body; levels below are the Markdown's own.
    let previousLevel = 1 - offset;
    eachNode(tree, (node) => {
      if (node.type !== 'heading') return;
      const line = node.position?.start.line ?? 1;
      if (node.depth === 1) found.titleHeadings.push(line);
      let level: number = node.depth;
      if (level > previousLevel + 1) {
        const shown = previousLevel + 1;
        found.headingSkips.push({ line, found: level, shown });
        level = shown;
      }
      previousLevel = level;
      node.depth = LEVELS[Math.min(level + offset, 6) - 1] ?? 6;
    });
  };
}

/** Whether the body has a level-1 heading anywhere (in lists and quotes too). */
function hasTitleHeading(node: Nodes): boolean {
  if (node.type === 'heading') return node.depth === 1;
  return 'children' in node && node.children.some(hasTitleHeading);
}

/** What `headingAnchors` finds: the sections, and the id each heading's written or loose form reaches. */
export interface Anchors {
  readonly sections: Section[];
  /** Each id, and the loose form of it that GitHub-style links are matched by, to the id the page carries. */
  readonly anchors: Map<string, string>;
}

/** Ids, self-links and sections, in document order; a second heading of the same text gets `-1`, `-2`, …. */
export function headingAnchors(found: Anchors) {
  return () => (tree: Root) => {
    const used = new Map<string, number>();
    eachNode(tree, (node) => {
      if (node.type === 'heading') addAnchor(node, used, found);
    });
  };
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
 * Gives `heading` a unique id and makes its text a link to itself. The id is written without the
 * sanitiser's prefix, which the sanitiser adds (as to every id); links carry the prefixed form.
 */
function addAnchor(heading: Heading, used: Map<string, number>, { anchors, sections }: Anchors): void {
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
