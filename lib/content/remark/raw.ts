/**
 * Raw HTML's code is not text (a remark plugin). The sanitiser drops an editor's raw HTML tags but
 * keeps the text between them: `a <script>alert(1)</script> b` would show `alert(1)` to readers, so
 * what is written between an inline `<script>` (or `<style>`, …) and its end tag in the same parent
 * is removed first. Parents are cleaned before their children, so what is removed is never read by
 * the plugins after this one.
 */
import type { Nodes, Root } from 'mdast';
import { eachNode } from './text';

/** Elements whose content is code, not text: the sanitiser drops their tags and would show the code. */
const SCRIPT_TAG = /^<(script|style|template|textarea|title)(?:\s[^>]*)?>$/i;

export function dropScriptText() {
  return () => (tree: Root) => {
    eachNode(tree, (node) => {
      if ('children' in node) dropBetweenTags(node.children);
    });
  };
}

function dropBetweenTags(children: Nodes[]): void {
  for (let start = 0; start < children.length; start++) {
    const open = children[start];
    const tag = open?.type === 'html' ? SCRIPT_TAG.exec(open.value.trim())?.[1] : undefined;
    if (tag === undefined) continue;
    const close = children.findIndex((node, index) => index > start && node.type === 'html' && new RegExp(`^</${tag}\\s*>$`, 'i').test(node.value.trim()));
    if (close > start + 1) children.splice(start + 1, close - start - 1);
  }
}
