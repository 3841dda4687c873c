// @vitest-environment jsdom
/** What the exported pages tell search engines beyond their text: large image previews, the Twitter card's alt text, and a brief photo's crops. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exportDir, isReaderPage, listFiles, readExport } from './helpers';

const ORIGIN = 'https://brief.example.com';
const doc = (file: string) => new DOMParser().parseFromString(readExport(file), 'text/html');
const meta = (d: Document, key: string) => [...d.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));
const briefPages = () => listFiles(exportDir()).filter((f) => /^(?:tr\/)?articles\/[^/]+\/index\.html$/.test(f)).sort();
/** The NewsArticle of a page, parsed from its JSON-LD. */
function newsArticle(file: string): { image?: unknown } {
  for (const script of doc(file).querySelectorAll('script[type="application/ld+json"]')) {
    const data: unknown = JSON.parse(script.textContent ?? '');
    if (typeof data === 'object' && data !== null && [Reflect.get(data, '@type')].flat().includes('NewsArticle')) return data;
  }
  throw new Error(`no NewsArticle in ${file}`);
}

describe('robots meta', () => {
  it('lets search engines show large image previews of every brief, in both editions, and of the other indexable pages', () => {
    const briefs = briefPages();
    expect(briefs).toContain('articles/photo-brief/index.html');
    expect(briefs).toContain('tr/articles/xai-openai-training/index.html');
    for (const file of [...briefs, 'index.html', 'tr/index.html', 'topics/index.html', 'authors/photo-editor/index.html']) {
      expect([file, meta(doc(file), 'robots')]).toEqual([file, ['max-image-preview:large']]);
    }
  });

  it('keeps the pages that are not to be indexed out (noindex, and no other directive)', () => {
    // A set: 404.html says `noindex` twice (Next's own for a 404 page, and the page's).
    const directives = (file: string) => [...new Set(meta(doc(file), 'robots'))];
    for (const file of ['search/index.html', 'tr/search/index.html', '404.html', 'tr/404.html']) expect([file, directives(file)]).toEqual([file, ['noindex']]);
    // Every reader page says one or the other.
    for (const file of listFiles(exportDir()).filter(isReaderPage)) expect([['noindex'], ['max-image-preview:large']], file).toContainEqual(directives(file));
  });
});

describe('Twitter card', () => {
  it('gives its image the Open Graph image’s alt text, on briefs and other pages', () => {
    for (const file of ['articles/xai-openai-training/index.html', 'tr/articles/xai-openai-training/index.html', 'articles/photo-brief/index.html', 'index.html', 'tr/index.html']) {
      const d = doc(file);
      expect(meta(d, 'og:image:alt'), file).toHaveLength(1);
      expect([file, meta(d, 'twitter:image:alt')]).toEqual([file, meta(d, 'og:image:alt')]);
    }
    expect(meta(doc('articles/xai-openai-training/index.html'), 'twitter:image:alt')).toEqual([doc('articles/xai-openai-training/index.html').querySelector('h1')?.textContent]);
  });

  it('names no site handle when SITE_TWITTER is not set (the test build sets none)', () => {
    for (const file of [...briefPages(), 'index.html']) expect(meta(doc(file), 'twitter:site'), file).toEqual([]);
  });
});

describe('a brief photo’s crops', () => {
  it('are what its JSON-LD lists: 16:9, 4:3 and 1:1 JPEGs 1,200 px wide, published, and shown on no page', async () => {
    const images = newsArticle('articles/photo-brief/index.html').image;
    expect(images).toEqual([
      expect.stringMatching(/-1200x675\.jpg$/),
      expect.stringMatching(/-1200x900\.jpg$/),
      expect.stringMatching(/-1200x1200\.jpg$/),
    ]);
    const files = Array.isArray(images) ? images.map((url) => String(url).replace(`${ORIGIN}/`, '')) : [];
    const sizes = await Promise.all(files.map(async (file) => sharp(readFileSync(path.join(exportDir(), file))).metadata()));
    expect(sizes.map((m) => [m.format, m.width, m.height])).toEqual([['jpeg', 1200, 675], ['jpeg', 1200, 900], ['jpeg', 1200, 1200]]);
    // For search engines only: no page shows them (its JSON-LD aside).
    for (const page of listFiles(exportDir()).filter(isReaderPage)) {
      const d = doc(page);
      for (const script of d.querySelectorAll('script[type="application/ld+json"]')) script.remove();
      for (const file of files) expect(d.documentElement.outerHTML.includes(file), page).toBe(false);
    }
  });

  it('are not made for a brief without a photo: its JSON-LD keeps the share image', () => {
    expect(newsArticle('articles/second-brief/index.html').image).toEqual([`${ORIGIN}/og/second-brief.png`]);
  });
});
