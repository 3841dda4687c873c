/**
 * GFM footnotes, rendered in the brief's language (handlers for remark-html's mdast → hast step).
 *
 * mdast-util-to-hast writes footnotes with English labels and with ids that already carry the
 * sanitiser's prefix (which the sanitiser would then add a second time), and remark-html passes it
 * no options for either. These handlers write the same HTML as its own footnote code, with two
 * differences: the hidden heading and the back-links' labels come from lib/content/labels.ts, and
 * ids are written unprefixed like every other id of the body (the sanitiser prefixes each once),
 * while links carry the prefixed form.
 */
import type { Element, ElementContent } from 'hast';
import type { FootnoteReference, Root } from 'mdast';
import type { Handlers, State } from 'mdast-util-to-hast';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { bodyLabels, type BodyLabels } from '../labels';
import type { Locale } from '../../site/config';
import { ID_PREFIX } from '../sanitize';

/** Notes cited, in the order they are first cited, and how often each is (by upper-case identifier). */
interface Citations {
  readonly order: string[];
  readonly counts: Map<string, number>;
}

/** The handlers: a citation (`[^1]`) as a numbered link, and the notes as a list after the body. */
export function footnoteHandlers(locale: Locale): Handlers {
  const cited: Citations = { order: [], counts: new Map() };
  return {
    footnoteReference: (state: State, node: FootnoteReference) => citation(state, node, cited),
    root: (state: State, node: Root) => {
      cited.order.length = 0;
      cited.counts.clear();
      // The body's nodes, then the notes: mdast-util-to-hast makes them the root's children.
      const children = state.wrap(state.all(node));
      const notes = footnotes(state, cited, bodyLabels[locale]);
      if (notes) children.push({ type: 'text', value: '\n' }, notes);
      return children;
    },
  };
}

/** The identifier as mdast-util-to-hast keys notes (upper case) and as it writes it in ids. */
const keyOf = (identifier: string): string => identifier.toUpperCase();
const idOf = (key: string): string => normalizeUri(key.toLowerCase());

/** `<sup><a href="#…fn-1" id="fnref-1" …>1</a></sup>`; a note's second citation is `fnref-1-2`. */
function citation(state: State, node: FootnoteReference, cited: Citations): Element {
  const key = keyOf(node.identifier);
  const id = idOf(key);
  const before = cited.counts.get(key);
  if (before === undefined) cited.order.push(key);
  const number = cited.order.indexOf(key) + 1;
  const uses = (before ?? 0) + 1;
  cited.counts.set(key, uses);
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${ID_PREFIX}fn-${id}`, id: `fnref-${id}${uses > 1 ? `-${uses}` : ''}`, dataFootnoteRef: true, ariaDescribedBy: ['footnote-label'] },
    children: [{ type: 'text', value: String(number) }],
  };
  state.patch(node, link);
  const sup: Element = { type: 'element', tagName: 'sup', properties: {}, children: [link] };
  state.patch(node, sup);
  return state.applyData(node, sup);
}

/**
 * The notes cited, in the order first cited (a note cited only from another note comes after it),
 * each ending in a link back to each of its citations; undefined when the body cites none.
 */
function footnotes(state: State, cited: Citations, labels: BodyLabels): Element | undefined {
  // Rendering a note may cite another: the list grows while it is read.
  const contents: ElementContent[][] = [];
  for (let index = 0; index < cited.order.length; index++) {
    const definition = state.footnoteById.get(cited.order[index] ?? '');
    if (definition) contents[index] = state.all(definition);
  }
  const items: Element[] = [];
  cited.order.forEach((key, index) => {
    const definition = state.footnoteById.get(key);
    if (!definition) return;
    const content = contents[index] ?? [];
    const id = idOf(keyOf(definition.identifier));
    const backLinks = backReferences(id, index + 1, cited.counts.get(key) ?? 0, labels);
    const tail = content.at(-1);
    if (tail?.type === 'element' && tail.tagName === 'p') {
      const last = tail.children.at(-1);
      if (last?.type === 'text') last.value += ' ';
      else tail.children.push({ type: 'text', value: ' ' });
      tail.children.push(...backLinks);
    } else {
      content.push(...backLinks);
    }
    const item: Element = { type: 'element', tagName: 'li', properties: { id: `fn-${id}` }, children: state.wrap(content, true) };
    state.patch(definition, item);
    items.push(item);
  });
  if (items.length === 0) return undefined;
  return {
    type: 'element',
    tagName: 'section',
    properties: { dataFootnotes: true, className: ['footnotes'] },
    children: [
      { type: 'element', tagName: 'h2', properties: { className: ['sr-only'], id: 'footnote-label' }, children: [{ type: 'text', value: labels.footnotes }] },
      { type: 'text', value: '\n' },
      { type: 'element', tagName: 'ol', properties: {}, children: state.wrap(items, true) },
      { type: 'text', value: '\n' },
    ],
  };
}

/** `↩` links back to each citation of note `number` (the second is `↩²`), separated by spaces. */
function backReferences(id: string, number: number, citations: number, labels: BodyLabels): ElementContent[] {
  const links: ElementContent[] = [];
  for (let use = 1; use <= citations; use++) {
    if (links.length > 0) links.push({ type: 'text', value: ' ' });
    const suffix = use > 1 ? `-${use}` : '';
    const arrow: ElementContent[] = [{ type: 'text', value: '↩' }];
    if (use > 1) arrow.push({ type: 'element', tagName: 'sup', properties: {}, children: [{ type: 'text', value: String(use) }] });
    links.push({
      type: 'element',
      tagName: 'a',
      properties: { href: `#${ID_PREFIX}fnref-${id}${suffix}`, dataFootnoteBackref: '', ariaLabel: labels.backToReference(`${number}${suffix}`), className: ['data-footnote-backref'] },
      children: arrow,
    });
  }
  return links;
}
