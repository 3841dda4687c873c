/** Lengths and list sizes read from the content contract's zod schemas, so the form and its hints follow them (lib/content/bounds.ts). */
export { listBounds, maxLengthOf, unwrapOptional } from '../content/bounds';
