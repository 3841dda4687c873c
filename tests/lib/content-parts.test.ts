import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBatchSchema, loadContent, openContentFolder, parseArticleFiles } from '@/lib/content/loader';
import { ContentError } from '@/lib/content/error';
import { tempDir } from '../temp';

describe('parsing content in batches (the parallel build)', () => {
  it('gives the same content as one pass, whatever the split', async () => {
    const dir = tempDir('brief-parts-');
    cpSync('tests/fixtures/site', dir, { recursive: true });
    cpSync('tests/fixtures/articles/topics.yml', path.join(dir, 'topics.yml'));
    const whole = await loadContent(dir);
    expect(whole.articles.length).toBeGreaterThan(3);
    for (const count of [2, 3]) {
      const split = await loadContent(dir, {
        parse: async (folder, names) => {
          const batches = await Promise.all(Array.from({ length: count }, (_, index) => parseArticleFiles(folder, names.filter((_, i) => i % count === index))));
          // Batches cross process boundaries as JSON: they must survive the trip and the schema.
          const revived = batches.map((batch) => articleBatchSchema.parse(JSON.parse(JSON.stringify(batch))));
          return { articles: revived.flatMap((b) => b.articles), issues: revived.flatMap((b) => b.issues), warnings: revived.flatMap((b) => b.warnings) };
        },
      });
      expect(split.articles).toEqual(whole.articles);
      expect(split.topics).toEqual(whole.topics);
    }
  });

  it('still finds a duplicate slug split across batches', async () => {
    const load = loadContent('tests/fixtures/duplicate-slug', {
      parse: async (folder, names) => {
        const [a, b] = await Promise.all([parseArticleFiles(folder, names.slice(0, 1)), parseArticleFiles(folder, names.slice(1))]);
        return { articles: [...a.articles, ...b.articles], issues: [...a.issues, ...b.issues], warnings: [...a.warnings, ...b.warnings] };
      },
    });
    await expect(load).rejects.toThrow(ContentError);
    await expect(load).rejects.toThrow(/second\.md: slug: expected a unique slug in the en edition, found "first", already used by .*first\.md/);
  });

  it('reads the folder once: topics checked, article files listed in order', async () => {
    const folder = await openContentFolder('tests/fixtures/duplicate-slug');
    expect(folder.articleFiles).toEqual(['first.md', 'second.md', 'third.md']);
    expect(folder.topics.length).toBeGreaterThan(0);
    expect(folder.topicIssues).toEqual([]);
  });
});
