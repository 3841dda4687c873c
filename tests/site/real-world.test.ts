// @vitest-environment jsdom
/**
 * Real-world Markdown (issue 12): briefs whose bodies are a README, a changelog, a docs page and a blog
 * post as editors paste them (tests/fixtures/real-world), built on their own by the global setup. Their
 * pages must be valid HTML, and read the way their authors meant them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serve.mjs';
import { hashedScriptFile } from '../../lib/site/assets';
import { launchChromium, nuErrors } from './helpers';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';

const exportDir = (): string => inject('realWorldExportDir');
const BRIEFS = ['readme-pasted', 'changelog-pasted', 'docs-pasted', 'blog-pasted'] as const;
type Brief = (typeof BRIEFS)[number];

const pages = new Map<Brief, Document>();
const page = (brief: Brief): Document => {
  const document = pages.get(brief);
  if (!document) throw new Error(`${brief}: not loaded`);
  return document;
};
/** The article's body: the HTML rendered from the Markdown. */
const body = (brief: Brief): Element => {
  const element = page(brief).querySelector('article .prose');
  if (!element) throw new Error(`${brief}: no article body`);
  return element;
};
const texts = (elements: Iterable<Element>): string[] => [...elements].map((e) => (e.textContent ?? '').trim());

beforeAll(() => {
  for (const brief of BRIEFS) {
    const html = readFileSync(path.join(exportDir(), 'articles', brief, 'index.html'), 'utf8');
    pages.set(brief, new DOMParser().parseFromString(html, 'text/html'));
  }
});

describe('real-world Markdown bodies', () => {
  it('the Nu HTML checker reports zero errors on every page of the fixture', () => {
    expect(nuErrors(exportDir())).toEqual([]);
  });

  it.each(BRIEFS)('%s: one h1 (the title), and headings that never skip a level', (brief) => {
    const levels = [...page(brief).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1)));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > (levels[i - 1] ?? 1) + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
    expect(skips).toEqual([]);
  });

  it.each(BRIEFS)('%s: every in-page link reaches an element of the page', (brief) => {
    const document = page(brief);
    const fragments = [...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent((a.getAttribute('href') ?? '').slice(1)));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.filter((id) => id !== '' && document.getElementById(id) === null)).toEqual([]);
  });

  it.each(BRIEFS)('%s: nothing an editor pasted can run, and no code of a dropped tag shows', (brief) => {
    const document = page(brief);
    const handlers = [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((name) => name.startsWith('on')).map((name) => `${e.tagName} ${name}`));
    expect(handlers).toEqual([]);
    const urls = [...document.querySelectorAll('[href], [src], [action]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '');
    expect(urls.filter((url) => /^\s*(?:javascript|vbscript|data):/i.test(url))).toEqual([]);
    expect(body(brief).querySelectorAll('script, style, iframe, object, embed, form, img:not([src])')).toHaveLength(0);
    // The site's own scripts only: brief.js, the theme bootstrap and JSON-LD data.
    const scripts = [...document.scripts].filter((s) => s.type !== 'application/ld+json' && s.getAttribute('src') !== `/${hashedScriptFile()}` && !s.text.startsWith("try{var t=localStorage.getItem('brief-theme')"));
    expect(scripts).toHaveLength(0);
    const text = body(brief).textContent ?? '';
    for (const leaked of ['alert(', 'document.body', 'display: none', '{#api}', '<kbd>', '<details', 'onclick']) expect(text).not.toContain(leaked);
  });

  it('a README: its tables have header cells, its task list shows ticked and unticked boxes, its links work', () => {
    const tables = [...body('readme-pasted').querySelectorAll('table')];
    expect(tables).toHaveLength(2);
    expect(texts(tables[0]?.querySelectorAll('thead th') ?? [])).toEqual(['Tool', 'Respects .gitignore', 'Unicode', 'Speed (Linux source, warm)', 'Notes']);
    // `ack \| less` in a cell is one cell holding a pipe, not two cells.
    expect(texts(tables[0]?.querySelectorAll('tbody td code') ?? [])).toContain('ack | less');
    const boxes = [...body('readme-pasted').querySelectorAll<HTMLInputElement>('li input[type="checkbox"]')];
    expect(boxes.map((box) => box.checked)).toEqual([true, true, false, true, false, false]);
    expect(boxes.every((box) => box.disabled)).toBe(true);
    const links = [...body('readme-pasted').querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual(['Installation', '#user-content-installation']);
    expect(links).toContainEqual(['Configuration', '#user-content-configuration']);
    expect(links).toContainEqual(['the benchmark notes', 'BENCHMARKS.md#methodology%23v2']);
    expect(links).toContainEqual(['the mailing list', 'mailto:fastgrep@lists.example.org?subject=Question%20about%20fastgrep']);
    expect(links).toContainEqual(['maintainers@example.org', 'mailto:maintainers@example.org']);
    // `[back to top](#fastgrep)` pointed at a raw-HTML heading the sanitiser removed: it reads as text.
    expect(body('readme-pasted').textContent).toContain('back to top');
    expect(links.map(([text]) => text)).not.toContain('back to top');
    expect(body('readme-pasted').querySelector('pre code.language-sh')?.textContent).toContain('sudo install -m 0755 fastgrep /usr/local/bin/');
  });

  it('a changelog: version headings link to their compare pages, repeated section names get distinct anchors', () => {
    const headings = [...body('changelog-pasted').querySelectorAll('h2, h3, h4')];
    const versions = headings.filter((h) => h.tagName === 'H3').map((h) => [h.textContent, h.querySelector('a')?.getAttribute('href')]);
    expect(versions).toContainEqual(['2.3.0 - 2026-10-02', 'https://example.org/acme/tomlish/compare/v2.2.1...v2.3.0']);
    const added = headings.filter((h) => h.textContent === 'Added').map((h) => h.id);
    expect(added).toEqual(['user-content-added', 'user-content-added-1', 'user-content-added-2']);
    expect(body('changelog-pasted').querySelector('del')?.textContent).toBe('Keys with dots were quoted twice');
    expect(body('changelog-pasted').textContent).toContain('TODO. Document the signal option');
    // `1&#8239;000`: the entity is a narrow no-break space.
    expect(body('changelog-pasted').textContent).toContain('depth of 1\u202f000 and throws');
  });

  it('a docs page: every footnote reference reaches its note and every note leads back to each reference', () => {
    const docs = page('docs-pasted');
    const refs = [...body('docs-pasted').querySelectorAll('a[data-footnote-ref]')];
    expect(refs.map((a) => a.textContent)).toEqual(['1', '2', '2', '1', '3']);
    for (const ref of refs) {
      const note = docs.getElementById((ref.getAttribute('href') ?? '').slice(1));
      expect(note?.tagName).toBe('LI');
      const back = [...(note?.querySelectorAll('a[data-footnote-backref]') ?? [])].map((a) => a.getAttribute('href'));
      expect(back).toContain(`#${ref.id}`);
    }
    expect(body('docs-pasted').querySelector('section[data-footnotes] pre code.language-toml')?.textContent).toContain('key = "value"');
    const links = [...body('docs-pasted').querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual(['see the API', '#user-content-api']);
    expect(links).toContainEqual(['Rust book', 'https://doc.rust-lang.org/book/ch01-01-installation.html#installing-rustup-on-linux-or-macos%23troubleshooting']);
    expect(links).toContainEqual(['my notes', 'docs/my%20notes%20(draft).md']);
    expect(links).toContainEqual(['click me', null]);
    expect(body('docs-pasted').querySelector('h3#user-content-api')?.textContent).toBe('API reference');
  });

  describe('on a phone, in Chromium', () => {
    let browser: Browser | undefined;
    let server: StaticServer | undefined;
    beforeAll(async () => {
      [browser, server] = await Promise.all([launchChromium(), serveStatic(exportDir(), { port: 0 })]);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('no page scrolls sideways: wide tables scroll in their own box, long words and URLs wrap', async () => {
      if (!browser || !server) throw new Error('not started');
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const tab = await context.newPage();
      const wide: string[] = [];
      for (const brief of BRIEFS) {
        await tab.goto(new URL(`articles/${brief}/`, server.url).href);
        const { scroll, client } = await tab.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        if (scroll > client) wide.push(`${brief}: ${scroll} px wide in ${client} px`);
      }
      // The blog's ten-column table is there and wider than the phone: its own box scrolls.
      const table = await tab.evaluate(() => {
        const box = document.querySelector('article .prose table')?.parentElement;
        return box ? { scroll: box.scrollWidth, client: box.clientWidth, overflow: getComputedStyle(box).overflowX } : undefined;
      });
      await context.close();
      expect(wide).toEqual([]);
      expect(table?.overflow).toBe('auto');
      expect(table?.scroll).toBeGreaterThan(table?.client ?? Infinity);
    });

    it('axe finds nothing on any page, but the task-list boxes that have no label (as on GitHub)', async () => {
      if (!browser || !server) throw new Error('not started');
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const tab = await context.newPage();
      const found: string[] = [];
      for (const brief of BRIEFS) {
        await tab.goto(new URL(`articles/${brief}/`, server.url).href);
        const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).exclude('.task-list-item > input').analyze();
        found.push(...results.violations.map((v) => `${brief}: ${v.id} (${v.nodes.length})`));
      }
      await context.close();
      expect(found).toEqual([]);
    });
  });
});
