/** What readers read of a Markdown tree: its visible text, and the words in it. */
import type { Nodes, Root } from 'mdast';

/** Visible text of an mdast node; raw HTML contributes nothing (it is dropped when rendered). */
export function plainText(node: Nodes): string {
  if (node.type === 'html') return '';
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => plainText(child)).join('');
  return '';
}

/** Counts words the way readers see them: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** The plugin: counts the body's words (code included, markup excluded) into `found.words`. */
export function wordCount(found: { words: number }) {
  return () => (tree: Root) => {
    found.words = countWords(plainText(tree));
  };
}

/** Calls `visit` on `node` and every node below it, parents before their children, in document order. */
export function eachNode(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) eachNode(child, visit);
}
