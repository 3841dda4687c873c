/**
 * The CMS preview is the page, in Chromium: `npm run cms` in a copy of the project (its content, plus the
 * photo brief with its images and authors), Decap on decap-server, and the preview pane compared with the
 * article page the same dev server renders for the same brief.
 */
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../build/project';
import { launchChromium } from '../site/helpers';
import { startCms, stopCms, type RunningCms } from './server';

const repo = copyProject();
const content = path.join(repo, 'content');
const SITE_URL = 'https://news.example.org';
let cms: RunningCms | undefined;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  mkdirSync(path.join(content, 'images'), { recursive: true });
  cpSync('tests/fixtures/site/images', path.join(content, 'images'), { recursive: true });
  cpSync('tests/fixtures/site/photo-brief.md', path.join(content, 'photo-brief.md'));
  cpSync('tests/fixtures/site/authors.yml', path.join(content, 'authors.yml'));
  cms = await startCms(repo, { SITE_URL });
  origin = cms.origin;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopCms(cms);
});

/** The editor of one brief, signed in to the local backend, and its preview pane. */
async function editor(hash: string): Promise<{ page: Page; preview: FrameLocator }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/admin/`, { timeout: 90_000 });
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 150_000 });
  await page.getByRole('link', { name: /Musk seemingly admits xAI trained/ }).waitFor({ timeout: 60_000 });
  await page.goto(`${origin}/admin/#${hash}`);
  const preview = page.frameLocator('iframe').first();
  await preview.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
  return { page, preview };
}

/**
 * The HTML of what each selector matches on the article page the dev server renders, but for the links to
 * the brief's other editions (the form knows of no other file, so the preview shows none).
 */
async function onThePage(pagePath: string, selectors: readonly string[]): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${origin}${pagePath}`, { timeout: 90_000 });
  const html = await Promise.all(selectors.map((s) => page.locator(s).first().evaluate((e) => {
    const copy = e.cloneNode(true);
    if (!(copy instanceof Element)) return '';
    copy.querySelector('ul:has([data-language-version])')?.remove();
    // React's server rendering marks where two texts meet (`<!-- -->`); a static render needs no mark.
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    comments.forEach((c) => c.parentNode?.removeChild(c));
    return copy.outerHTML;
  })));
  await page.close();
  return html;
}

const PARTS = ['section[aria-labelledby="summary-heading"]', 'section[aria-labelledby="why-heading"]', 'article header'] as const;

describe('the CMS preview (npm run cms, in Chromium)', () => {
  for (const [collection, pagePath, by, date] of [
    ['briefs', '/articles/xai-openai-training/', 'By Brief Desk', '28 November 2026'],
    ['briefs-tr', '/tr/articles/xai-openai-training/', 'Yazan: Brief Desk', '28 Kasım 2026'],
  ] as const) {
    it(`shows ${pagePath} as the site renders it: header with byline and date, the summary, why it matters`, async () => {
      const { page, preview } = await editor(`/collections/${collection}/entries/xai-openai-training`);
      const header = preview.locator('article header');
      await expect(header.innerText()).resolves.toContain(by);
      await expect(header.locator('time').first().innerText()).resolves.toBe(date);
      const shown = await Promise.all(PARTS.map((s) => preview.locator(s).first().evaluate((e) => e.outerHTML)));
      expect(shown).toEqual(await onThePage(pagePath, PARTS));
      await page.close();
    }, 180_000);
  }

  it('shows the photo brief’s photo (loaded), caption and credit, and its sources; View Live goes to SITE_URL', async () => {
    const { page, preview } = await editor('/collections/briefs/entries/photo-brief');
    const photo = preview.locator('figure').first();
    const img = photo.locator('img');
    await img.waitFor();
    await expect.poll(() => img.evaluate((e) => (e instanceof HTMLImageElement ? e.naturalWidth : 0)), { timeout: 15_000 }).toBe(2400);
    await expect(photo.locator('figcaption').innerText()).resolves.toBe('The harbour at dawn, in a synthetic test photo. Photo: Test Photographer / Fixture Agency');
    await expect(preview.getByRole('heading', { name: 'Sources' }).isVisible()).resolves.toBe(true);
    await expect(preview.getByRole('link', { name: 'Example source document' }).getAttribute('href')).resolves.toBe('https://example.org/photos');
    await expect(preview.locator('article header').innerText()).resolves.toContain('By Photo Editor, Picture Desk');
    // The form's Photo shows the saved file as its thumbnail, not Decap's blank placeholder (an empty SVG, 300 px wide).
    const thumbnail = page.locator('img[role="presentation"]').first();
    await expect.poll(() => thumbnail.evaluate((e) => (e instanceof HTMLImageElement ? e.naturalWidth : 0)), { timeout: 15_000 }).toBe(2400);
    await expect(page.getByRole('link', { name: /View Live/ }).getAttribute('href')).resolves.toBe(`${SITE_URL}/articles/photo-brief/`);
    await page.close();
  }, 180_000);
});
