import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { loadContent, sortNewestFirst, type Content } from '@/lib/content/loader';
import { shardCount, shardSize, shardsOf } from '@/lib/pages/search-shards';
import { sitePages, type PageEntry } from '@/lib/pages/site-pages';
import { routePath } from '@/lib/site/routes';
import { modelHash } from '../../lib/engine/plan';
import { tempDir } from '../temp';

async function testContent(): Promise<Content> {
  const dir = tempDir('brief-pages-');
  cpSync('tests/fixtures/editorial', dir, { recursive: true });
  cpSync('tests/fixtures/site', dir, { recursive: true });
  return loadContent(dir);
}

/** The URL the entry's route renders for its params. */
const pathFromParams = (entry: PageEntry): string => ('params' in entry ? routePath(entry.route, entry.locale, entry.params) : routePath(entry.route, entry.locale, {}));

const byPath = (entries: readonly PageEntry[]) => new Map(entries.map((e) => [e.path, e]));
const hashes = (entries: readonly PageEntry[]) => new Map(entries.map((e) => [e.path, modelHash(e.model)]));
const changed = (a: readonly PageEntry[], b: readonly PageEntry[]) => {
  const before = hashes(a);
  return [...hashes(b)].filter(([p, h]) => before.get(p) !== h).map(([p]) => p).sort();
};

/** The same content with one published article replaced. */
const withArticle = (content: Content, slug: string, edit: (a: Article) => Article): Content => ({
  ...content,
  articles: content.articles.map((a) => (a.slug === slug && a.locale === 'en' ? edit(a) : a)),
});

describe('sitePages', () => {
  it('gives every URL of both editions once, each with the route and params that render it', async () => {
    const entries = sitePages(await testContent(), { drafts: false, pageSize: 2 });
    const paths = entries.map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining(['/', '/page/2/', '/articles/xai-openai-training/', '/topics/', '/topics/ethics-safety-regulation/', '/tags/', '/search/', '/tr/', '/tr/articles/xai-openai-training/']));
    for (const entry of entries) expect(pathFromParams(entry), entry.path).toBe(entry.path);
  });

  it('leaves drafts out of the build and never puts a source file path in a model', async () => {
    const entries = sitePages(await testContent(), { drafts: false, pageSize: 2 });
    const json = JSON.stringify(entries.map((e) => e.model));
    expect(json).not.toContain('unpublished-draft');
    expect(json).not.toMatch(/\.md"/);
    expect(json).not.toContain(tmpdir());
    const withDrafts = sitePages(await testContent(), { drafts: true, pageSize: 2 });
    expect(withDrafts.some((e) => e.path === '/articles/unpublished-draft/')).toBe(true);
  });

  it('models what each page shows: the newest brief featured, the rest listed, pages of a fixed size', async () => {
    const entries = byPath(sitePages(await testContent(), { drafts: false, pageSize: 2 }));
    const home = entries.get('/')?.model;
    if (home?.kind !== 'home') throw new Error('no home page model');
    expect(home.featured?.slug).toBe('xai-openai-training');
    expect(home.list.items.map((c) => c.slug)).toEqual(['second-brief']);
    expect(home.list.pageCount).toBe(3);
    expect(home.editions).toEqual(['en', 'tr']);
    const article = entries.get('/articles/xai-openai-training/')?.model;
    if (article?.kind !== 'article') throw new Error('no article model');
    expect(article.versions.map((v) => v.locale)).toEqual(['en', 'tr']);
    expect(article.article.html).toContain('<h2');
    const search = entries.get('/tr/search/')?.model;
    expect(search).toEqual({ kind: 'search', locale: 'tr', shards: 1, site: { standards: ['masthead'] } });
  });

  it('changes only the models of the pages that show what an edit changed', async () => {
    const content = await testContent();
    const options = { drafts: false, pageSize: 2 };
    const before = sitePages(content, options);
    // A source is shown on its own article page only.
    const sources = sitePages(withArticle(content, 'second-brief', (a) => ({ ...a, sources: [{ title: 'A new source', url: 'https://example.org/new' }] })), options);
    expect(changed(before, sources)).toEqual(['/articles/second-brief/']);
    // A title is shown on its page, on list pages, and in other briefs' "More in" and related lists.
    const title = sitePages(withArticle(content, 'second-brief', (a) => ({ ...a, title: 'A renamed brief' })), options);
    const touched = changed(before, title);
    expect(touched).toEqual(expect.arrayContaining(['/articles/second-brief/', '/', '/topics/ethics-safety-regulation/']));
    expect(touched).not.toContain('/tr/articles/xai-openai-training/');
    expect(touched).not.toContain('/search/');
  });
});

describe('author pages', () => {
  /** The test content with three more briefs by the Brief Desk, dated after the xAI brief, and one Turkish brief by the test editor. */
  async function withMoreBriefs(): Promise<Content> {
    const content = await testContent();
    const xai = content.articles.find((a) => a.slug === 'xai-openai-training' && a.locale === 'en');
    const xaiTr = content.articles.find((a) => a.slug === 'xai-openai-training' && a.locale === 'tr');
    if (!xai || !xaiTr) throw new Error('no xAI brief');
    const more = ['2026-12-01', '2026-12-03', '2026-12-02'].map((date, i) => ({ ...xai, slug: `desk-${i + 1}`, title: `Desk brief ${i + 1}`, date }));
    const turkish = { ...xaiTr, slug: 'editor-tr', authors: [{ name: 'Test Editörü', id: 'test-editor', type: 'person' as const }], translationOf: undefined };
    // As the loader gives them: newest first.
    return { ...content, articles: sortNewestFirst([...more, turkish, ...content.articles]) };
  }

  it('exist in both editions for the authors with briefs there, each listing their briefs newest first, paginated like topics', async () => {
    const entries = byPath(sitePages(await withMoreBriefs(), { drafts: false, pageSize: 2 }));
    const index = entries.get('/authors/')?.model;
    if (index?.kind !== 'authors') throw new Error('no authors index');
    // authors.yml's order; the draft's author (test-editor) has no published English brief but second-brief's.
    expect(index.authors.map(({ author, count }) => [author.id, count])).toEqual([['brief-desk', 4], ['test-editor', 1], ['second-editor', 2], ['mallory', 1], ['photo-editor', 1], ['picture-desk', 1]]);
    const first = entries.get('/authors/brief-desk/')?.model;
    const second = entries.get('/authors/brief-desk/page/2/')?.model;
    if (first?.kind !== 'author' || second?.kind !== 'author') throw new Error('no author pages');
    expect([...first.list.items, ...second.list.items].map((c) => c.slug)).toEqual(['desk-2', 'desk-3', 'desk-1', 'xai-openai-training']);
    expect([first.list.pageCount, first.count, first.author.name]).toEqual([2, 4, 'Brief Desk']);
    expect(first.editions).toEqual(['en', 'tr']);
    expect(entries.has('/authors/brief-desk/page/3/')).toBe(false);

    const tr = entries.get('/tr/authors/')?.model;
    if (tr?.kind !== 'authors') throw new Error('no Turkish authors index');
    expect(tr.authors.map(({ author, count }) => [author.id, count])).toEqual([['brief-desk', 1], ['test-editor', 1], ['second-editor', 1]]);
    const editor = entries.get('/tr/authors/test-editor/')?.model;
    expect(editor?.kind === 'author' ? editor.list.items.map((c) => c.slug) : []).toEqual(['editor-tr']);
    expect(entries.has('/tr/authors/mallory/')).toBe(false);
  });

  it('are not there at all without authors.yml (plain-name bylines)', async () => {
    const content = await testContent();
    const plain = { ...content, authors: [], articles: content.articles.map((a) => ({ ...a, authors: a.authors.map(({ name }) => ({ name, type: 'person' as const })) })) };
    const paths = sitePages(plain, { drafts: false, pageSize: 2 }).map((e) => e.path);
    expect(paths.filter((p) => p.includes('/authors'))).toEqual([]);
  });

  it('change when an author’s name does, and so do the pages of their briefs', async () => {
    const content = await testContent();
    const options = { drafts: false, pageSize: 2 };
    const renamed = {
      ...content,
      authors: content.authors.map((a) => (a.id === 'second-editor' ? { ...a, name: 'Renamed Editor' } : a)),
      articles: content.articles.map((a) => ({ ...a, authors: a.authors.map((b) => (b.id === 'second-editor' ? { ...b, name: 'Renamed Editor' } : b)) })),
    };
    // second-editor also wrote the corrected brief and its translation (tests/fixtures/site/corrected-brief*.md).
    expect(changed(sitePages(content, options), sitePages(renamed, options))).toEqual([
      '/articles/corrected-brief/', '/articles/second-brief/', '/authors/', '/authors/second-editor/', '/tr/articles/corrected-brief/', '/tr/authors/', '/tr/authors/second-editor/',
    ]);
  });
});

describe('search index bundles', () => {
  it('hold 500 briefs up to 8,000, then double in size, so an edition has at most 16', () => {
    expect([0, 1, 500, 8000].map(shardSize)).toEqual([500, 500, 500, 500]);
    expect([8001, 16000, 16001].map(shardSize)).toEqual([1000, 1000, 2000]);
    expect([0, 1, 500, 501, 5000, 8000, 8001, 20000].map(shardCount)).toEqual([0, 1, 1, 2, 10, 16, 9, 10]);
  });

  it('take consecutive briefs, so a newest brief changes the last bundle only', () => {
    const briefs = Array.from({ length: 1203 }, (_, i) => i);
    const before = shardsOf(briefs);
    const after = shardsOf([...briefs, 1203]);
    expect(before.map((s) => s.length)).toEqual([500, 500, 203]);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).toHaveLength(204);
  });
});
