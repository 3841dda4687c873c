/**
 * The sanitiser's schema: GitHub's (hast-util-sanitize's default: no raw HTML, no script URLs, ids
 * prefixed) plus what the pipeline itself writes: `<figure>`/`<figcaption>`, the `srcset`, `sizes`,
 * `type`, `width`, `height`, `loading` and `decoding` of `<picture>`, and the role and name of a wide
 * table's scrolling box. Editors' raw HTML never reaches it (remark-html drops it first), so these
 * only ever carry generated values.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

const attributes = defaultSchema.attributes ?? {};

export const SANITIZE: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...attributes,
    img: [...(attributes.img ?? []), 'srcSet', 'sizes', 'width', 'height', 'loading', 'decoding', 'title'],
    source: [...(attributes.source ?? []), 'sizes', 'type'],
    // The box a wide table scrolls in (remark/scroll.ts): a named region.
    div: [...(attributes.div ?? []), ['role', 'region'], 'ariaLabel'],
  },
};

/**
 * What the sanitiser puts before every id (`user-content-setup`), so content can't clobber DOM
 * globals: the pipeline writes ids without it and links to them with it.
 */
export const ID_PREFIX = SANITIZE.clobberPrefix ?? 'user-content-';
