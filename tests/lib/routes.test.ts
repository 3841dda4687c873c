import { existsSync, readdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planPages, writeRenderInput } from '@/lib/engine/plan';
import type { PageEntry, PageModel } from '@/lib/pages/site-pages';
import { planFile, waitForPlan } from '@/lib/pages/store';
import { LOCALES } from '@/lib/site/config';
import { pathsFor } from '@/lib/site/paths';
import { PLACEHOLDER, placeholderFolders, routes, ROUTE_KINDS } from '@/lib/site/routes';
import { tempDir } from '../temp';

/** Each edition's folder of route files. */
const editionDirs = { en: 'app/(en)', tr: 'app/tr' } as const;

/** Every `page.tsx` below `dir`, as its folder relative to `dir`. */
function pageFolders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page.tsx')
    .map((file) => path.dirname(file).split(path.sep).join('/'))
    .map((folder) => (folder === '.' ? '' : folder));
}

describe('the route table', () => {
  it('has a route file in every edition for each route, and no edition route outside it', () => {
    for (const locale of LOCALES) {
      const dir = editionDirs[locale];
      for (const kind of ROUTE_KINDS) expect(existsSync(path.join(dir, routes[kind].app, 'page.tsx')), `${dir}/${routes[kind].app}/page.tsx`).toBe(true);
      // tr/404 is the Turkish edition's not-found page, a file of its own rather than a route of pages.
      const outside = pageFolders(dir).filter((folder) => folder !== '404' && !ROUTE_KINDS.some((kind) => routes[kind].app === folder));
      expect(outside, dir).toEqual([]);
    }
  });

  it('gives each edition the URLs readers know', () => {
    const en = pathsFor('en');
    const tr = pathsFor('tr');
    expect([en.home(), en.home(2), en.article('x'), en.topics(), en.topic('ai'), en.topic('ai', 3), en.tags(), en.tag('eu'), en.tag('eu', 2)]).toEqual([
      '/',
      '/page/2/',
      '/articles/x/',
      '/topics/',
      '/topics/ai/',
      '/topics/ai/page/3/',
      '/tags/',
      '/tags/eu/',
      '/tags/eu/page/2/',
    ]);
    expect([tr.home(), tr.authors(), tr.author('ada'), tr.author('ada', 2), tr.search(), tr.notFound()]).toEqual(['/tr/', '/tr/authors/', '/tr/authors/ada/', '/tr/authors/ada/page/2/', '/tr/search/', '/tr/404.html']);
  });

  it('names the folders of the placeholder pages post-export removes', () => {
    expect(placeholderFolders('en')).toEqual(expect.arrayContaining(['_none', 'articles/_none', 'topics/_none', 'tags/_none', 'authors/_none']));
    expect(placeholderFolders('tr')).toEqual(expect.arrayContaining(['tr/_none', 'tr/articles/_none', 'tr/topics/_none', 'tr/tags/_none', 'tr/authors/_none']));
    // One per route the build plans page by page, and nothing else: `_none` is in no real URL.
    for (const locale of LOCALES) for (const folder of placeholderFolders(locale)) expect(folder.split('/')).toContain(PLACEHOLDER);
  });
});

describe('the render plan', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const search: PageModel = { kind: 'search', locale: 'en', shards: 0, site: { standards: [] } };
  const entries: PageEntry[] = [
    { path: '/page/2/', locale: 'en', route: 'home', params: { page: ['page', '2'] }, model: search },
    { path: '/articles/a/', locale: 'en', route: 'article', params: { slug: 'a' }, model: search },
    { path: '/tr/topics/ai/', locale: 'tr', route: 'topic', params: { id: 'ai', page: [] }, model: search },
    { path: '/search/', locale: 'en', route: 'search', model: search },
  ];

  it('gives each route of each edition the params the build planned, and its placeholder when it planned none', async () => {
    const dir = tempDir('brief-plan-');
    await writeRenderInput(dir, planPages(entries, undefined));
    vi.stubEnv('BRIEF_PAGE_MODELS', dir);
    const { plannedParams } = await import('@/lib/pages/store');
    expect(await plannedParams('home', 'en')).toEqual([{ page: ['page', '2'] }]);
    expect(await plannedParams('article', 'en')).toEqual([{ slug: 'a' }]);
    expect(await plannedParams('topic', 'tr')).toEqual([{ id: 'ai', page: [] }]);
    expect(await plannedParams('tags', 'en')).toEqual([{ path: [PLACEHOLDER] }]);
    expect(await plannedParams('article', 'tr')).toEqual([{ slug: PLACEHOLDER }]);
  });

  it('is waited for while the build writes it', async () => {
    const dir = tempDir('brief-plan-');
    const waiting = waitForPlan(planFile(dir), 5_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await writeFile(path.join(dir, 'plan.tmp'), JSON.stringify({ en: { article: [{ slug: 'a' }] } }));
    await rename(path.join(dir, 'plan.tmp'), planFile(dir));
    expect(await waiting).toEqual({ en: { article: [{ slug: 'a' }] } });
  });

  it('is not waited for for ever: a build that never writes it fails, naming the file and how long it waited', async () => {
    const file = planFile(tempDir('brief-plan-'));
    await expect(waitForPlan(file, 300)).rejects.toThrow(`waited 0.3 s for the build's render plan ${file}, which never appeared`);
  });
});
