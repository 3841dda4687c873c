import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportDir, listFiles, useBrowserAndServer, isReaderPage } from './helpers';

const live = useBrowserAndServer();

const article = '/articles/xai-openai-training/';
const url = (path: string) => new URL(path.replace(/^\//, ''), live.server().url).href;

async function open(path: string, options: BrowserContextOptions = {}) {
  const context = await live.browser().newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(url(path));
  return { page, context, scripts };
}

const background = (page: import('playwright-core').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('on a 390-px phone', () => {
  it('no page scrolls sideways, even with an unbreakable hostile name or title in it', async () => {
    const context = await live.browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const file of listFiles(exportDir()).filter((f) => isReaderPage(f) && f.endsWith('index.html'))) {
      await page.goto(url(`/${file.replace(/index\.html$/, '')}`));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${file}: ${width} px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  it('gives every link and button of the header, the page links and the footer a 44-px touch target, in both editions', async () => {
    const small: string[] = [];
    let measured = 0;
    for (const path of ['/', '/tr/', article, '/page/2/']) {
      const { page, context } = await open(path);
      // public/brief.js unhides the theme switch: measure it as a reader gets it.
      await page.locator('[data-theme-toggle]').waitFor({ state: 'visible' });
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('header[data-site-header] :is(a, button, input), nav[aria-label="Pages"] a, [data-language-version], footer a')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => {
            const box = el.getBoundingClientRect();
            return { name: (el.textContent ?? '').trim() || el.outerHTML.slice(0, 60), width: box.width, height: box.height };
          }),
      );
      measured += boxes.length;
      for (const box of boxes) {
        if (box.width < 44 || box.height < 44) small.push(`${path} ${box.name}: ${Math.round(box.width)}×${Math.round(box.height)} px`);
      }
      await context.close();
    }
    // Wordmark, 3 links, language, theme in the header of each page, and more below: never a vacuous pass.
    expect(measured).toBeGreaterThan(4 * 6);
    expect(small).toEqual([]);
  });
});

describe('the home page', () => {
  it.each([390, 1280])('keeps each summary point’s number and its dot on one line at %i px', async (width) => {
    const { page, context } = await open('/', { viewport: { width, height: 900 } });
    const markers = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('main h3')].find((h) => h.textContent === '3-Point Summary');
      const list = heading?.nextElementSibling;
      return [...(list?.querySelectorAll(':scope > li > [aria-hidden="true"]') ?? [])].map((marker) => {
        const range = document.createRange();
        range.selectNodeContents(marker);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        return `${marker.textContent ?? ''} on ${lines} line(s)`;
      });
    });
    expect(markers).toEqual(['1. on 1 line(s)', '2. on 1 line(s)', '3. on 1 line(s)']);
    await context.close();
  });
});

describe('a brief without a table of contents, on a 1280-px screen', () => {
  it('stands in one column centred on the page, as wide as the home page’s list', async () => {
    const { page, context } = await open('/articles/second-brief/', { viewport: { width: 1280, height: 900 } });
    await expect(page.getByRole('navigation', { name: 'In this brief' }).count()).resolves.toBe(0);
    const viewport = await page.evaluate(() => document.documentElement.clientWidth);
    for (const region of ['3-Point Summary', 'Sources']) {
      const box = await page.getByRole('region', { name: region }).boundingBox();
      if (!box) throw new Error(`no box for ${region}`);
      const left = box.x;
      const right = viewport - (box.x + box.width);
      expect(Math.abs(left - right), `${region}: ${Math.round(left)} px left, ${Math.round(right)} px right`).toBeLessThanOrEqual(2);
      expect(box.width).toBeGreaterThanOrEqual(640);
    }
    await context.close();
  });
});

describe('the footer', () => {
  it.each([
    ['/', 'Follow and browse', ['/feed.xml', '/atom.xml', '/feed.json']],
    ['/tr/', 'Takip et ve göz at', ['/tr/feed.xml', '/tr/atom.xml', '/tr/feed.json']],
  ])('of %s links the edition’s feeds and indexes, and each answers 200', async (path, name, feeds) => {
    const { page, context } = await open(path);
    const links = page.getByRole('contentinfo').getByRole('navigation', { name }).getByRole('link');
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(expect.arrayContaining(feeds));
    expect(hrefs.length).toBeGreaterThan(feeds.length);
    for (const href of hrefs) {
      const response = await page.request.get(new URL(href, page.url()).href);
      expect(response.status(), href).toBe(200);
      const body = await response.text();
      if (href.endsWith('/feed.xml')) expect(body).toContain('<rss');
      if (href.endsWith('/atom.xml')) expect(body).toContain('<feed');
      if (href.endsWith('/feed.json')) expect(JSON.parse(body)).toMatchObject({ version: 'https://jsonfeed.org/version/1.1' });
    }
    await context.close();
  });
});

describe('reading a brief', () => {
  it('needs no framework JavaScript: the only script is the site’s own small one', async () => {
    const { page, context, scripts } = await open(article);
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).not.toContain('/_next/');
    await context.close();
  });

  it('reads completely with JavaScript off; the islands stay hidden', async () => {
    const { page, context } = await open(article, { javaScriptEnabled: false });
    await expect(page.getByRole('region', { name: '3-Point Summary' }).getByRole('listitem').count()).resolves.toBe(3);
    await expect(page.getByRole('heading', { name: 'Legal grey zones in AI training' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Dark theme' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Copy link' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('shows a dated notice on short-term briefs', async () => {
    const { page, context } = await open(article);
    await expect(page.getByText(/This brief describes the situation as of 28 November 2026/).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('links more briefs in the cluster, tags, and their pages', async () => {
    const { page, context } = await open('/articles/second-brief/');
    const more = page.getByRole('region', { name: 'More in Ethics, Safety & Regulation' });
    await expect(more.getByRole('link').allInnerTexts()).resolves.toContain('Musk seemingly admits xAI trained on OpenAI model outputs');
    await expect(more.getByRole('link').allInnerTexts()).resolves.not.toContain('A second brief, added by an editor');
    await page.getByRole('navigation', { name: 'Tags' }).getByRole('link', { name: '#testing' }).click();
    await page.waitForURL(/\/tags\/testing\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Briefs tagged #testing');
    await expect(page.getByRole('link', { name: 'A second brief, added by an editor' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('pages through long lists with newer/older links', async () => {
    const { page, context } = await open('/');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Older/ }).click();
    await page.waitForURL(/\/page\/2\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Latest briefs, page 2');
    await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Newer/ }).getAttribute('href')).resolves.toMatch(/\/$/);
    await context.close();
  });
});

describe('theme', () => {
  it('follows the system, switches with the keyboard, remembers the choice and applies it before the first paint', async () => {
    const { page, context } = await open(article, { colorScheme: 'light' });
    const light = await background(page);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const dark = await background(page);
    expect(dark).not.toBe(light);

    await page.goto(url('/topics/'), { waitUntil: 'commit' });
    await page.waitForSelector('body');
    await expect(background(page)).resolves.toBe(dark);
    await expect(page.evaluate(() => document.documentElement.getAttribute('data-theme'))).resolves.toBe('dark');
    await context.close();
  });

  it('starts dark when the system is dark', async () => {
    const { page, context } = await open(article, { colorScheme: 'dark' });
    await expect(page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const { page: lightPage, context: lightContext } = await open(article, { colorScheme: 'light' });
    expect(await background(page)).not.toBe(await background(lightPage));
    await context.close();
    await lightContext.close();
  });
});

describe('sharing, keyboard, print and motion', () => {
  it('copies the article’s link and says so', async () => {
    const { page, context } = await open(article);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(live.server().url).origin });
    await page.getByRole('button', { name: 'Copy link' }).click();
    // The status is set when the clipboard write resolves, not synchronously on click.
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor({ timeout: 5_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/\/articles\/xai-openai-training\/$/);
    await context.close();
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    const { page, context } = await open(article);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await context.close();
  });

  it('prints the summary, body and sources without the site chrome', async () => {
    const { page, context } = await open('/articles/second-brief/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header[data-site-header]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('region', { name: 'Share this brief' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('region', { name: '3-Point Summary' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'Sources' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('does not animate scrolling for readers who prefer reduced motion', async () => {
    const { page, context } = await open(article, { reducedMotion: 'reduce' });
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).resolves.toBe('auto');
    await context.close();
  });
});
