/**
 * What the content contract's zod schemas say about themselves, read from them (zod 4 keeps checks
 * and shapes on the schema): lengths, list sizes and keys. Messages, the CMS's form and "did you
 * mean" suggestions use these, so they follow the schema instead of restating it.
 */
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

/** `1–160`: the lengths a string schema accepts, or the sizes a list schema does, as messages write them. */
export function span(schema: z.core.$ZodType): string {
  const inner = unwrapOptional(schema);
  if (inner instanceof z.ZodString) return `${inner.minLength ?? 0}–${maxLengthOf(inner)}`;
  const { min, max } = listBounds(inner);
  if (min === undefined || max === undefined) throw new Error('expected a list schema with a minimum and a maximum size');
  return `${min}–${max}`;
}

/** The fields an object schema has, those it accepts absent (optional, or with a default) marked `?`: `{ title, url, publisher? }`. */
export function fieldsOf(schema: z.ZodObject): string {
  return `{ ${Object.entries(schema.shape).map(([key, field]) => (z.safeParse(field, undefined).success ? `${key}?` : key)).join(', ')} }`;
}

/** The keys an object (or a mapping) at `path` inside `schema` may have; `mapping` when they are a record's keys. */
export function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): { keys: readonly string[]; mapping: boolean } | undefined {
  const inner = unwrapOptional(schema);
  if (inner instanceof z.ZodPipe) return keysAt(inner.def.out, path);
  const [head, ...rest] = path;
  if (head === undefined) {
    if (inner instanceof z.ZodObject) return { keys: Object.keys(inner.shape), mapping: false };
    if (inner instanceof z.ZodRecord && inner.keyType instanceof z.ZodEnum) return { keys: inner.keyType.options.map(String), mapping: true };
    return undefined;
  }
  if (inner instanceof z.ZodArray) return keysAt(inner.element, rest);
  if (inner instanceof z.ZodTuple && typeof head === 'number') {
    const item = inner.def.items[head];
    return item ? keysAt(item, rest) : undefined;
  }
  if (inner instanceof z.ZodObject && typeof head === 'string') {
    const field = inner.shape[head];
    return field ? keysAt(field, rest) : undefined;
  }
  if (inner instanceof z.ZodRecord) return keysAt(inner.valueType, rest);
  if (inner instanceof z.ZodUnion) {
    for (const option of inner.options) {
      const found = keysAt(option, path);
      if (found) return found;
    }
  }
  return undefined;
}
