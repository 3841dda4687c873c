/**
 * What scrolls sideways (two remark plugins): a wide table pasted from a README scrolls by itself on a
 * phone instead of the whole page (`scrollableTables`), and a code block with long lines can be
 * reached with Tab (`focusableCode`).
 */
import type { Blockquote, Root, Table } from 'mdast';
import { bodyLabels } from '../labels';
import type { Locale } from '../../site/config';
import { eachNode } from './text';

/**
 * Wraps each table in a `<div>` (the article's styles let it scroll sideways): a named region that
 * takes focus, so keyboard users can scroll it and screen readers announce it. Each is numbered, so a
 * page's regions have distinct names; a parent's tables are numbered before those further down in its
 * children. The wrapper is a blockquote node only in the Markdown tree: it is written as a plain `<div>`.
 */
export function scrollableTables(locale: Locale) {
  return () => (tree: Root) => {
    let tables = 0;
    const scrollable = (table: Table): Blockquote => {
      tables += 1;
      return { type: 'blockquote', children: [table], data: { hName: 'div', hProperties: { role: 'region', ariaLabel: `${bodyLabels[locale].scrollableTable} ${tables}`, tabIndex: 0 } } };
    };
    eachNode(tree, (node) => {
      if (node.type === 'root' || (node.type === 'blockquote' && node.data?.hName !== 'div') || node.type === 'listItem' || node.type === 'footnoteDefinition') {
        node.children = node.children.map((child) => (child.type === 'table' ? scrollable(child) : child));
      }
    });
  };
}

/** A code block takes focus (`tabindex="0"`): its long lines scroll sideways and keyboard users reach it. */
export function focusableCode() {
  return () => (tree: Root) => {
    eachNode(tree, (node) => {
      if (node.type === 'code') node.data = { ...node.data, hProperties: { ...node.data?.hProperties, tabIndex: 0 } };
    });
  };
}
