/**
 * The CMS preview's bundle in a build: the same bytes cold and from the cache, and rebuilt when a
 * component it includes changes (a build that reused a stale bundle would preview yesterday's markup).
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPreviewBundle, cachedPreviewBundle } from '@/lib/cms/preview/bundle';
import { tempDir } from '../temp';

/** A bundle by its hash (a failure prints two hashes, not two megabytes). */
const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('the CMS preview bundle in a build', () => {
  it('is the same bytes from the cache as built cold, and is rebuilt when a component changes', async () => {
    // A project of its own (the code the bundle reads), so a component can change.
    const root = tempDir('brief-preview-bundle-');
    for (const folder of ['lib', 'components']) cpSync(folder, path.join(root, folder), { recursive: true });
    symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
    const cache = tempDir('brief-preview-cache-');

    const cold = hash(await buildPreviewBundle(root));
    expect(hash(await cachedPreviewBundle(root, cache))).toBe(cold);
    const started = performance.now();
    expect(hash(await cachedPreviewBundle(root, cache))).toBe(cold);
    expect(performance.now() - started).toBeLessThan(500);

    const summary = path.join(root, 'components/summary-box.tsx');
    writeFileSync(summary, readFileSync(summary, 'utf8').replace('className="mt-4 space-y-4"', 'className="mt-4 space-y-4 changed-summary-list"'));
    const rebuilt = await cachedPreviewBundle(root, cache);
    expect(rebuilt.includes('changed-summary-list')).toBe(true);
    expect(hash(rebuilt)).toBe(hash(await buildPreviewBundle(root)));
  }, 60_000);
});
