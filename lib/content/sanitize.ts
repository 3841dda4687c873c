/**
 * The sanitiser's schema: GitHub's (hast-util-sanitize's default: no raw HTML, no script URLs, ids
 * prefixed) plus what the pipeline itself writes: `<figure>`/`<figcaption>`, the `srcset`, `sizes`,
 * `type`, `width`, `height`, `loading` and `decoding` of `<picture>`, and the role and name of a wide
 * table's scrolling box. Editors'
 * raw HTML never reaches it (remark-html drops it first), so these only ever carry generated values.
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
    // The box a wide table scrolls in (markdown.ts `scrollable`): a named region.
    div: [...(attributes.div ?? []), ['role', 'region'], 'ariaLabel'],
  },
};
