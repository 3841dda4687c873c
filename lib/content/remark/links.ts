/**
 * Links (three remark plugins): every URL a valid one (`escapeUrlHashes`), no link without text
 * (`emptyLinks`), and links to a section of the page reaching its heading (`inPageLinks`).
 */
import type { Link, LinkReference, Root } from 'mdast';
import { escapeExtraHashes, fragmentKey } from '../links';
import { eachNode, plainText } from './text';

/** An in-page link (`[see](#setup)`) that reaches no heading of the body, and its line. */
export interface DeadFragment {
  readonly line: number;
  readonly fragment: string;
}

/** A second `#` in a link's, image's or definition's URL is written `%23`, so every href is a valid URL. */
export function escapeUrlHashes() {
  return () => (tree: Root) => {
    eachNode(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = escapeExtraHashes(node.url);
    });
  };
}

/** A link with nothing to read (`[]()`) would be an empty, focusable link: it is shown as its (empty) text. */
export function emptyLinks() {
  return () => (tree: Root) => {
    eachNode(tree, (node) => {
      if (node.type === 'link' && plainText(node).trim() === '' && !node.children.some((child) => child.type === 'image' || child.type === 'imageReference')) textOnly(node);
    });
  };
}

/**
 * Links to a section of the page, as written for GitHub (`#setup`, `#faq-1`), reach the heading's
 * prefixed id (`anchors`, from headingAnchors); one that reaches nothing is shown as its text and
 * listed in `deadFragments`.
 */
export function inPageLinks(anchors: ReadonlyMap<string, string>, found: { readonly deadFragments: DeadFragment[] }) {
  return () => (tree: Root) => {
    const links: Array<Link | LinkReference> = [];
    const definitions = new Map<string, string>();
    eachNode(tree, (node) => {
      if (node.type === 'link' || node.type === 'linkReference') links.push(node);
      if (node.type === 'definition') definitions.set(node.identifier, node.url);
    });
    const ids = new Set(anchors.values());
    for (const node of links) {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
      if (url === undefined || !url.startsWith('#')) continue;
      const fragment = url.slice(1);
      // The page's own links to its headings already carry the prefixed id.
      if (fragment === '' || ids.has(fragment)) continue;
      const target = anchors.get(fragment) ?? anchors.get(fragmentKey(fragment));
      if (target !== undefined && node.type === 'link') node.url = `#${target}`;
      else if (target !== undefined) node.data = { ...node.data, hProperties: { href: `#${target}` } };
      else {
        found.deadFragments.push({ line: node.position?.start.line ?? 1, fragment });
        textOnly(node);
      }
    }
  };
}

/** Renders a link as its text only (a `<span>`), for a link that would lead nowhere. */
function textOnly(link: Link | LinkReference): void {
  link.data = { ...link.data, hName: 'span', hProperties: { href: undefined, title: undefined } };
}
