import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './helpers';

const live = useBrowserAndServer();

interface Visit {
  page: Page;
  dialogs: string[];
  close: () => Promise<void>;
}

async function visit(path: string): Promise<Visit> {
  const context = await live.browser().newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(new URL(path.replace(/^\//, ''), live.server().url).href, { waitUntil: 'load' });
  await page.mouse.move(200, 400);
  await page.waitForTimeout(300);
  return { page, dialogs, close: () => context.close() };
}

/** Everything in the DOM that could run script: event handlers, script URLs, active elements. */
function findDangers(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const badUrl = (value: string) => /^(?:javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''));
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) && badUrl(attr.value)) {
          found.push(`${el.tagName} ${attr.name}=${attr.value}`);
        }
      }
    }
    // JSON-LD is a data block the browser never runs; it counts as a danger unless it is exactly that and parses.
    const dataBlock = (el: Element) => {
      if (el.tagName !== 'SCRIPT' || el.getAttribute('type') !== 'application/ld+json' || el.hasAttribute('src')) return false;
      try {
        JSON.parse(el.textContent ?? '');
        return true;
      } catch {
        return false;
      }
    };
    const main = document.querySelector('main');
    for (const el of Array.from(main?.querySelectorAll('script, iframe, object, embed, form, style, link, meta, base') ?? []).filter((e) => !dataBlock(e))) {
      found.push(`<${el.tagName.toLowerCase()}> in main`);
    }
    // The only scripts a page may carry are the site's own: its file and the theme bootstrap.
    for (const script of Array.from(document.scripts).filter((e) => !dataBlock(e))) {
      const src = script.getAttribute('src');
      const ours = src !== null ? /^\/assets\/brief\.[0-9a-f]{12}\.js$/.test(src) : script.text.startsWith("try{var t=localStorage.getItem('brief-theme')");
      if (!ours) found.push(`script ${src ?? script.text.slice(0, 60)}`);
    }
    return { found, pwned: Reflect.get(window, '__pwned') };
  });
}

describe('hostile Markdown and front matter, on the built pages in Chromium', () => {
  for (const path of ['/articles/hostile-payloads/', '/', '/topics/ethics-safety-regulation/', '/authors/mallory/', '/authors/']) {
    it(`runs nothing and injects nothing on ${path}`, async () => {
      const { page, dialogs, close } = await visit(path);
      const { found, pwned } = await findDangers(page);
      expect(found).toEqual([]);
      expect(pwned).toBeUndefined();
      expect(dialogs).toEqual([]);
      await close();
    });
  }

  it('shows what the editor wrote in front matter as text, in the page and its head', async () => {
    const { page, close } = await visit('/articles/hostile-payloads/');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      `<script>window.__pwned='title'</script> Hostile <img src=x onerror="window.__pwned='title-img'"> title`,
    );
    await expect(page.title()).resolves.toContain(`<script>window.__pwned='title'</script> Hostile`);
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBe(
      `</script><script>window.__pwned='dek'</script> A dek with "quotes" & <b>tags</b>`,
    );
    const summary = await page.getByRole('region', { name: '3-Point Summary' }).getByRole('listitem').allInnerTexts();
    expect(summary.map((s) => s.replace(/^\d+\s*/, ''))).toEqual([
      `<iframe src="javascript:window.top.__pwned='summary'"></iframe> first point`,
      '<style>body{display:none}</style> second point',
      '<form action="javascript:alert(1)"><button>third point</button></form>',
    ]);
    await expect(page.getByRole('link', { name: /source title/ }).innerText()).resolves.toContain(`<img src=x onerror=`);
    await close();
  });

  it('keeps the body text around removed markup, and gives headings safe ids', async () => {
    const { page, close } = await visit('/articles/hostile-payloads/');
    const text = await page.getByRole('main').innerText();
    expect(text).toContain('Body text before the payloads.');
    expect(text).toContain('javascript link');
    expect(text).toContain('Last paragraph.');
    const ids = await page.locator('main h2[id], main h3[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    await close();
  });
});
