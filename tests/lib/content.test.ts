import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '@/lib/content/error';
import { loadContent, sortNewestFirst } from '@/lib/content/loader';
import { tempDir } from '../temp';

async function loadProblems(dir: string): Promise<string[]> {
  const error = await loadContent(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  return error instanceof ContentError ? error.issues.map(formatIssue) : [];
}

function tempCopy(fixture: string): string {
  const dir = tempDir('brief-test-');
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

describe('loadContent', () => {
  it('loads the real content folder: the xAI brief in its topic cluster', async () => {
    const { articles, topics } = await loadContent('tests/fixtures/editorial');
    const xai = articles.find((a) => a.slug === 'xai-openai-training');
    expect(xai?.topic.id).toBe('ethics-safety-regulation');
    expect(xai?.topic.names?.tr).toBe('Etik, Güvenlik ve Regülasyon');
    expect(xai?.relevance).toBe('short-term');
    expect(xai?.summary).toHaveLength(3);
    expect(topics.map((t) => t.id)).toContain('ethics-safety-regulation');
  });

  it('names both files of a duplicate slug', async () => {
    const found = await loadProblems('tests/fixtures/duplicate-slug');
    expect(found).toEqual([expect.stringMatching(/duplicate-slug\/second\.md: slug: expected a unique slug in the en edition, found "first", already used by .*duplicate-slug\/first\.md/)]);
  });

  it('collects the problems of every file in one error, and still names valid files nowhere', async () => {
    const dir = tempCopy('tests/fixtures/duplicate-slug');
    writeFileSync(path.join(dir, 'broken-one.md'), '---\ntitle: [unclosed\n---\nBody\n');
    writeFileSync(path.join(dir, 'broken-two.md'), 'No front matter at all.\n');
    const found = await loadProblems(dir);
    expect(found.some((line) => line.includes('broken-one.md:') && line.includes('invalid YAML'))).toBe(true);
    expect(found.some((line) => line.includes('broken-two.md:1:1: front matter:'))).toBe(true);
    expect(found.some((line) => line.includes('second.md') && line.includes('slug'))).toBe(true);
    expect(found.some((line) => line.includes('third.md'))).toBe(false);
  });

  it('requires topics.yml and reports a bad topic entry by index', async () => {
    const dir = tempCopy('tests/fixtures/duplicate-slug');
    writeFileSync(path.join(dir, 'topics.yml'), '- id: Bad Id\n  name: X\n  description: Y\n');
    expect(await loadProblems(dir)).toContainEqual(expect.stringMatching(/topics\.yml:1:7: \[0\]\.id: expected lowercase kebab-case.*found "Bad Id"/));
  });

  it('refuses a missing folder with a clear message', async () => {
    expect(await loadProblems('no/such/folder')).toEqual(['no/such/folder: CONTENT_DIR: expected a folder of Markdown articles, found no such folder']);
  });

  it('keeps drafts (flagged) so pages can decide, newest first', async () => {
    const dir = tempDir('brief-test-');
    cpSync('tests/fixtures/editorial/topics.yml', path.join(dir, 'topics.yml'));
    cpSync('tests/fixtures/site', dir, { recursive: true });
    const { articles } = await loadContent(dir);
    expect(articles.map((a) => [a.slug, a.draft])).toEqual([
      ['unpublished-draft', true],
      ['second-brief', false],
      ['hostile-payloads', false],
      ['corrected-brief', false],
      ['corrected-brief', false],
      ['photo-brief', false],
    ]);
  });
});

describe('sortNewestFirst', () => {
  it('compares times, not strings, and breaks ties by slug', () => {
    const sorted = sortNewestFirst([
      { slug: 'b', date: '2026-11-02' },
      { slug: 'late-utc', date: '2026-11-02T23:00:00-05:00' },
      { slug: 'a', date: '2026-11-02' },
      { slug: 'old', date: '2025-12-31T23:59:59Z' },
    ]);
    expect(sorted.map((a) => a.slug)).toEqual(['late-utc', 'a', 'b', 'old']);
  });
});
