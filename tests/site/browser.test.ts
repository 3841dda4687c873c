import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ICON_WORDS, useBrowserAndServer } from './helpers';

const live = useBrowserAndServer();

/** Opens `path` in a fresh page, collecting console errors and page errors. */
async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await live.browser().newContext({ viewport: { width: options.width ?? 1280, height: 800 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(new URL(path.replace(/^\//, ''), live.server().url).href);
  return { page, errors, status: response?.status(), close: () => context.close() };
}

const visibleText = (page: Page) => page.locator('body').innerText();

describe('the article page in Chromium', () => {
  it('shows the 3-point summary, the why-it-matters box and no icon-font words, without console errors', async () => {
    const { page, errors, status, close } = await open('/articles/xai-openai-training/', { width: 390 });
    expect(status).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('xAI');
    const summary = page.getByRole('region', { name: '3-Point Summary' });
    await expect(summary.getByRole('listitem').count()).resolves.toBe(3);
    const why = page.getByRole('region', { name: 'Why it matters' });
    await expect(why.isVisible()).resolves.toBe(true);
    await expect(why.innerText()).resolves.toMatch(/short-term AI monitoring/);
    const text = (await visibleText(page)).toLowerCase();
    for (const word of ICON_WORDS) expect(text).not.toContain(word);
    expect(errors).toEqual([]);
    await close();
  });

  it('has a topic chip that navigates to its cluster page', async () => {
    const { page, close } = await open('/articles/xai-openai-training/');
    await page.getByRole('main').getByRole('link', { name: 'Ethics, Safety & Regulation' }).first().click();
    await page.waitForURL(/\/topics\/ethics-safety-regulation\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Ethics, Safety & Regulation');
    await close();
  });

  it('links the table of contents to the sections of the body', async () => {
    const { page, close } = await open('/articles/xai-openai-training/');
    const toc = page.getByRole('navigation', { name: 'In this brief' });
    const links = toc.getByRole('link');
    await expect(links.count()).resolves.toBe(5);
    await links.nth(1).click();
    await page.waitForURL(/#user-content-legal-grey-zones-in-ai-training$/);
    const target = page.locator(':target');
    await expect(target.innerText()).resolves.toBe('Legal grey zones in AI training');
    await close();
  });
});

describe('a new article file, added with no code change', () => {
  it('appears on the home page and on its topic page', async () => {
    for (const path of ['/', '/topics/ethics-safety-regulation/']) {
      const { page, errors, close } = await open(path);
      const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
      expect(titles).toEqual(expect.arrayContaining(['A second brief, added by an editor', 'Musk seemingly admits xAI trained on OpenAI model outputs']));
      expect(titles).not.toContain('An unpublished draft');
      expect(errors).toEqual([]);
      await close();
    }
  });
});

describe('the 404 page', () => {
  it('answers an unknown address with status 404 and a way home', async () => {
    const { page, status, close } = await open('/articles/no-such-brief/');
    expect(status).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Page not found');
    await page.getByRole('link', { name: 'Back to the latest briefs' }).click();
    await page.waitForURL(live.server().url);
    await close();
  });
});
