import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleContent, contentPartSchema, loadContent, readContentPart } from '@/lib/content/loader';
import { ContentError } from '@/lib/content/error';

describe('parsing content in parts (the parallel build)', () => {
  it('gives the same content as one pass, whatever the number of shards', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brief-parts-'));
    cpSync('content', dir, { recursive: true });
    cpSync('tests/fixtures/site', dir, { recursive: true });
    const whole = await loadContent(dir);
    expect(whole.articles.length).toBeGreaterThan(3);
    for (const count of [2, 3]) {
      const parts = await Promise.all(Array.from({ length: count }, (_, index) => readContentPart(dir, { shard: { index, count } })));
      // Parts cross process boundaries as JSON: they must survive the trip and the schema.
      const revived = parts.map((part) => contentPartSchema.parse(JSON.parse(JSON.stringify(part))));
      const assembled = assembleContent(revived);
      expect(assembled.articles).toEqual(whole.articles);
      expect(assembled.topics).toEqual(whole.topics);
    }
  });

  it('still finds a duplicate slug split across shards', async () => {
    const parts = await Promise.all([0, 1].map((index) => readContentPart('tests/fixtures/duplicate-slug', { shard: { index, count: 2 } })));
    expect(() => assembleContent(parts)).toThrow(ContentError);
    expect(() => assembleContent(parts)).toThrow(/second\.md: slug: expected a unique slug in the en edition, found "first", already used by .*first\.md/);
  });
});
