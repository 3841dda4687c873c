/**
 * The words a brief's body HTML carries itself, in the brief's language: they are part of the
 * rendered Markdown (and of its cache), not of the page around it (lib/edition/messages.ts).
 */
import type { Locale } from '../site/config';

export interface BodyLabels {
  /** The hidden heading of an article's footnotes, and the label of a footnote's link back to where it is cited (`n`: `1`, `1-2`). */
  readonly footnotes: string;
  readonly backToReference: (n: string) => string;
  /** The name of the box a wide table of an article scrolls in (keyboard users reach it with Tab). */
  readonly scrollableTable: string;
}

export const bodyLabels: Readonly<Record<Locale, BodyLabels>> = {
  en: { footnotes: 'Footnotes', backToReference: (n) => `Back to reference ${n}`, scrollableTable: 'Table' },
  tr: { footnotes: 'Dipnotlar', backToReference: (n) => `${n} numaralı göndermeye dön`, scrollableTable: 'Tablo' },
};
