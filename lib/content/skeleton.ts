/**
 * What `npm run new` writes into a new brief where the editor's words must go. Only these texts are
 * placeholders: `check` refuses a field or body line that still starts with one, and nothing else,
 * so a brief may well begin a paragraph with the word "TODO".
 */
export const SKELETON = {
  description: 'TODO one or two sentences: what happened and why a reader should care.',
  author: 'TODO your name',
  summary: ['TODO first point of the 3-point summary.', 'TODO second point.', 'TODO third point.'],
  whyItMatters: ['TODO why this matters to the reader.'],
  body: ['## What happened', '', 'TODO the facts, with who said what.', '', '## Why it matters', '', 'TODO the consequences.', ''],
  /** The type of work a new brief starts as, written out (scripts/new.ts lists the others in a comment beside it). */
  kind: 'explainer',
} as const;

const PLACEHOLDERS: readonly string[] = [
  SKELETON.description,
  SKELETON.author,
  ...SKELETON.summary,
  ...SKELETON.whyItMatters,
  ...SKELETON.body.filter((line) => line.startsWith('TODO')),
];

/** Whether `text` (a field's value or a body line) still starts with one of the skeleton's placeholders. */
export function isPlaceholder(text: string): boolean {
  const value = text.trim();
  return PLACEHOLDERS.some((placeholder) => value.startsWith(placeholder));
}
