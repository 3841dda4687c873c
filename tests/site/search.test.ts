import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hashedScriptFile } from '../../lib/site/assets';
import { buildLog, exportDir, readExport, useBrowserAndServer } from './helpers';

/** Appears only in a section of the body of content/xai-openai-training.md, not in its title, dek or summary. */
const BODY_WORD = 'homogenised';
/** Also only in that body (another section), for the header form. */
const OTHER_BODY_WORD = 'sidesteps';
const XAI = {
  title: 'Musk seemingly admits xAI trained on OpenAI model outputs',
  dek: 'Elon Musk has seemingly admitted that xAI trained its own systems on competing AI models, and defends the practice as industry standard.',
  topic: 'Ethics, Safety & Regulation',
};

describe('the search index, written by npm run build', () => {
  it('is in the export, with one page per published brief, and the build says so', () => {
    // One bundle per edition at this size (lib/pages/search-shards.ts), each with its own entry.
    for (const edition of ['en', 'tr']) {
      expect(existsSync(path.join(exportDir(), `pagefind/${edition}/0/pagefind.js`))).toBe(true);
      expect(existsSync(path.join(exportDir(), `pagefind/${edition}/0/pagefind-entry.json`))).toBe(true);
      // Pagefind's ready-made UIs are not deployed: the site has its own.
      expect(existsSync(path.join(exportDir(), `pagefind/${edition}/0/pagefind-ui.js`))).toBe(false);
    }
    // Five published English briefs in the test content (xAI, the second brief, hostile payloads, photos, the corrected brief) and
    // two Turkish ones (xAI, the corrected brief's translation); the draft is not built, nor are the standards pages (briefs only).
    expect(buildLog()).toMatch(/✓ search index: 7 pages \(en 5, tr 2\) in 2 bundles, 2 rebuilt \(7 pages\) \[\d+\.\d s\]/);
  });

  it('marks only the article of a brief for indexing, with its title, dek and topic as metadata', () => {
    const article = readExport('articles/xai-openai-training/index.html');
    expect(article.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(article).toMatch(/<article[^>]*data-pagefind-body/);
    for (const meta of ['title', 'dek', 'topic']) expect(article).toContain(`data-pagefind-meta="${meta}"`);
    for (const page of ['index.html', 'topics/index.html', 'search/index.html', '404.html']) {
      expect(readExport(page), page).not.toContain('data-pagefind-body');
    }
  });
});

describe('the exported search page', () => {
  const html = () => readExport('search/index.html');

  it('has a real GET form to /search/ with a labelled search field named q, a live status and a noscript note', () => {
    const form = /<form role="search" aria-labelledby="search-heading"[^>]*>/.exec(html())?.[0] ?? '';
    expect(form).toContain('action="/search/"');
    expect(form).toContain('data-search=""');
    expect(html()).toContain('<h1 id="search-heading"');
    expect(html()).toMatch(/<label for="search-query"[^>]*>Search briefs<\/label>/);
    expect(html()).toMatch(/<input id="search-query" type="search"[^>]*name="q"/);
    expect(html()).toMatch(/<button type="submit"[^>]*>Search<\/button>/);
    expect(html()).toMatch(/<p id="search-status" role="status" aria-live="polite"/);
    expect(html()).toMatch(/<noscript><p[^>]*>Search needs JavaScript/);
  });

  it('loads the site script and no framework script', () => {
    const scripts = html().match(/<script\b[^>]*>/g) ?? [];
    // The theme bootstrap (inline, before paint) and the site's one script file.
    expect(scripts).toEqual(['<script>', `<script src="/${hashedScriptFile()}" defer="">`]);
    // Under a name that changes with its bytes (so hosts can let browsers keep it), and only there.
    expect(hashedScriptFile()).toMatch(/^assets\/brief\.[0-9a-f]{12}\.js$/);
    expect(readExport(hashedScriptFile())).toBe(readFileSync('public/brief.js', 'utf8'));
    expect(existsSync(path.join(exportDir(), 'brief.js'))).toBe(false);
  });

  it('is the target of the header form on every page', () => {
    for (const page of ['index.html', 'articles/xai-openai-training/index.html', 'search/index.html']) {
      const header = /<header[\s\S]*?<\/header>/.exec(readExport(page))?.[0] ?? '';
      expect(header, page).toMatch(/<form role="search" aria-label="Search briefs"[^>]*action="\/search\/"/);
      expect(header, page).toMatch(/<input id="site-search" type="search"[^>]*aria-keyshortcuts="\/"[^>]*name="q"/);
    }
  });
});

const live = useBrowserAndServer();

/** Opens `path` in a fresh page, collecting console errors, page errors and failed requests. */
async function open(path: string, width = 1280) {
  const context = await live.browser().newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));
  await page.goto(new URL(path.replace(/^\//, ''), live.server().url).href);
  return { page, errors, close: () => context.close() };
}

const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
const searchField = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Search briefs' });
const results = (page: Page) => page.locator('#search-results > li');

describe('searching in Chromium', () => {
  it('finds the xAI brief by a word of its body, as the reader types, and shows its title, dek, topic and excerpt', async () => {
    const { page, errors, close } = await open('/search/');
    await searchField(page).pressSequentially(BODY_WORD, { delay: 20 });
    await status(page, `1 result for “${BODY_WORD}”`);
    const result = results(page).first();
    await expect(result.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(XAI.title);
    await expect(result.innerText()).resolves.toContain(XAI.dek);
    await expect(result.textContent()).resolves.toContain(`Topic: ${XAI.topic}`); // shown in capitals by CSS
    await expect(result.locator('mark').allInnerTexts()).resolves.toEqual([BODY_WORD]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(BODY_WORD);
    await result.getByRole('link', { name: XAI.title }).click();
    await page.waitForURL(/\/articles\/xai-openai-training\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(XAI.title);
    expect(errors).toEqual([]);
    await close();
  });

  it('reads ?q= from the address, fills the field and shows the results', async () => {
    const { page, errors, close } = await open(`/search/?q=${BODY_WORD}`);
    await status(page, `1 result for “${BODY_WORD}”`);
    await expect(searchField(page).inputValue()).resolves.toBe(BODY_WORD);
    await expect(results(page).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('says "0 results" for a word no brief contains', async () => {
    const { page, errors, close } = await open('/search/');
    await searchField(page).fill('qzxwvjkq');
    await searchField(page).press('Enter');
    await status(page, '0 results for “qzxwvjkq”');
    await expect(results(page).count()).resolves.toBe(0);
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows hostile titles and text as text, and runs nothing', async () => {
    const { page, errors, close } = await open('/search/?q=hostile');
    await status(page, 'result');
    const link = results(page).first().getByRole('link');
    await expect(link.innerText()).resolves.toBe(
      `<script>window.__pwned='title'</script> Hostile <img src=x onerror="window.__pwned='title-img'"> title`,
    );
    await expect(page.locator('#search-results').locator('script, img, svg, iframe, b, [onerror]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => Reflect.get(window, '__pwned'))).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the header search field in Chromium', () => {
  it('is focused by "/" on the home page, and Enter lands on /search/?q= with results', async () => {
    const { page, errors, close } = await open('/');
    const header = page.getByRole('banner').getByRole('searchbox', { name: 'Search briefs' });
    await page.keyboard.press('/');
    await expect(header.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(header.inputValue()).resolves.toBe('');
    await page.keyboard.type(OTHER_BODY_WORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === OTHER_BODY_WORD);
    await status(page, `1 result for “${OTHER_BODY_WORD}”`);
    await expect(results(page).first().getByRole('link').innerText()).resolves.toBe(XAI.title);
    expect(errors).toEqual([]);
    await close();
  });

  it('leaves "/" alone while the reader types in a field', async () => {
    const { page, close } = await open('/search/');
    await searchField(page).click();
    await page.keyboard.type('a/b');
    await expect(searchField(page).inputValue()).resolves.toBe('a/b');
    await close();
  });

  it('becomes a "Search" link on a phone', async () => {
    const { page, errors, close } = await open('/', 390);
    await expect(page.getByRole('banner').getByRole('searchbox').isVisible()).resolves.toBe(false);
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/$/);
    await expect(searchField(page).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});
