/** Lengths and list sizes read from the content contract's zod schemas, so the form and its hints follow them. */
import { z } from 'zod';

/** The schema inside `.optional()` / `.default()`. */
export function unwrapOptional(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def;
  return (def.type === 'optional' || def.type === 'default') && 'innerType' in def && def.innerType instanceof z.core.$ZodType ? unwrapOptional(def.innerType) : schema;
}

/** `maxLength` of a string schema (zod keeps it on the schema). */
export function maxLengthOf(schema: z.core.$ZodType): number {
  const inner = unwrapOptional(schema);
  if (!('maxLength' in inner) || typeof inner.maxLength !== 'number') throw new Error('expected a string schema with a maximum length');
  return inner.maxLength;
}

/** A list schema's `min`/`max` (`.min(n)`, `.max(n)` checks); a tuple's is its length. */
export function listBounds(schema: z.core.$ZodType): { min?: number; max?: number } {
  const def = unwrapOptional(schema)._zod.def;
  if (def.type === 'tuple' && 'items' in def && Array.isArray(def.items)) return { min: def.items.length, max: def.items.length };
  const bounds: { min?: number; max?: number } = {};
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' && 'minimum' in c && typeof c.minimum === 'number') bounds.min = c.minimum;
    if (c.check === 'max_length' && 'maximum' in c && typeof c.maximum === 'number') bounds.max = c.maximum;
  }
  return bounds;
}
