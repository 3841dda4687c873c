// @vitest-environment jsdom
/** The test brief with photos (tests/fixtures/site/photo-brief.md), as the export publishes it and as a phone shows it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exportDir, listFiles, readExport, useBrowserAndServer } from './helpers';

const live = useBrowserAndServer();
const ARTICLE = 'articles/photo-brief/index.html';
const doc = (file: string) => new DOMParser().parseFromString(readExport(file), 'text/html');
/** Every URL a <picture> names: its fallback and each srcset candidate, without BASE_PATH. */
const urlsOf = (picture: Element) => [
  picture.querySelector('img')?.getAttribute('src') ?? '',
  ...[...picture.querySelectorAll('source')].flatMap((s) => (s.getAttribute('srcset') ?? '').split(', ').map((c) => c.split(' ')[0] ?? '')),
];

describe('a brief with photos, exported', () => {
  it('shows its photo under the headline, sized (no layout shift), loaded first, with its caption and credit', () => {
    const hero = doc(ARTICLE).querySelector('article header + figure');
    if (!hero) throw new Error('no photo under the header');
    const img = hero.querySelector('picture > img');
    expect(img?.getAttribute('alt')).toBe('Fishing boats moored in a harbour under a pale morning sky');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['2400', '1600']);
    expect(img?.getAttribute('fetchpriority')).toBe('high');
    expect(img?.hasAttribute('loading')).toBe(false);
    expect([...hero.querySelectorAll('source')].map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(hero.querySelector('figcaption')?.textContent).toBe('The harbour at dawn, in a synthetic test photo. Photo: Test Photographer / Fixture Agency');
  });

  it('publishes every file its pages name, and no other image files', () => {
    const named = new Set<string>();
    for (const file of listFiles(exportDir()).filter((f) => f.endsWith('.html'))) {
      for (const picture of doc(file).querySelectorAll('picture')) for (const url of urlsOf(picture)) named.add(url.replace(/^\//, ''));
      // A brief photo's crops are named by its JSON-LD, for search engines.
      for (const script of doc(file).querySelectorAll('script[type="application/ld+json"]')) {
        const images: unknown = Reflect.get(Object(JSON.parse(script.textContent ?? '{}')), 'image');
        for (const url of Array.isArray(images) ? images : []) if (typeof url === 'string' && url.includes('/images/')) named.add(url.replace(/^https:\/\/[^/]+\//, ''));
      }
    }
    const published = listFiles(exportDir()).filter((f) => f.startsWith('images/'));
    expect(published.length).toBe(25); // 9 of the 2400-px photo and its 3 crops, 5 each of the 600-px photo and the 400-px chart, 3 of the 200-px portrait
    expect([...named].sort()).toEqual(published.sort());
  });

  it('shows body images as pictures, lazily loaded: a titled one as a figure with its caption, one inside a sentence in place', () => {
    const body = doc(ARTICLE).querySelector('.prose');
    const figure = body?.querySelector('figure');
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe('Green hillside under a blue sky');
    expect(figure?.querySelector('img')?.getAttribute('loading')).toBe('lazy');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('The hillside, in a synthetic test photo.');
    const inline = [...(body?.querySelectorAll('p') ?? [])].find((p) => p.textContent?.startsWith('A chart inline'));
    expect(inline?.querySelector('picture img')?.getAttribute('src')).toMatch(/^\/images\/[0-9a-f]{16}-400\.png$/);
  });

  it('strips the camera’s metadata from every published file', async () => {
    for (const file of listFiles(exportDir()).filter((f) => f.startsWith('images/'))) {
      const bytes = readFileSync(path.join(exportDir(), file));
      const meta = await sharp(bytes).metadata();
      expect([file, meta.exif, meta.xmp, meta.icc]).toEqual([file, undefined, undefined, undefined]);
      expect(bytes.includes('SN-SECRET-4242')).toBe(false);
    }
  });

  it('shows the photo as a thumbnail on list pages (decorative there: the headline beside it names it)', () => {
    const card = [...doc('tags/photos/index.html').querySelectorAll('article')].find((a) => a.textContent?.includes('A brief with photos'));
    const img = card?.querySelector('picture img');
    expect(img?.getAttribute('alt')).toBe('');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(card?.querySelector('source')?.getAttribute('sizes')).toBe('(min-width: 640px) 8rem, 6rem');
  });

  it('shows an author’s photo on their page, upright (stored sideways by the camera)', () => {
    const header = doc('authors/photo-editor/index.html').querySelector('main header');
    const img = header?.querySelector('picture img');
    expect(img?.getAttribute('alt')).toBe('');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['200', '300']);
    expect(header?.querySelector('h1')?.textContent).toBe('Photo Editor');
    const byline = doc(ARTICLE).querySelector('a[rel="author"][href="/authors/photo-editor/"]');
    expect(byline?.textContent).toBe('Photo Editor');
    // The authors' index shows it small beside the name; authors without a photo get none.
    const entries = [...doc('authors/index.html').querySelectorAll('main li')];
    const withPhoto = entries.filter((li) => li.querySelector('picture'));
    expect(withPhoto.map((li) => li.querySelector('h2')?.textContent)).toEqual(['Photo Editor']);
    expect(withPhoto[0]?.querySelector('source')?.getAttribute('sizes')).toBe('4rem');
    expect(withPhoto[0]?.querySelector('img')?.getAttribute('loading')).toBe('lazy');
  });

  it('draws the share image over the photo; a brief without one gets the plain card', async () => {
    const pixel = async (file: string) => [...(await sharp(path.join(exportDir(), file)).extract({ left: 600, top: 40, width: 1, height: 1 }).raw().toBuffer())];
    const [r, g, b] = await pixel('og/photo-brief.png');
    // The synthetic photo's sky, not the plain card's white.
    expect((b ?? 0) - (r ?? 0)).toBeGreaterThan(60);
    expect((await pixel('og/second-brief.png')).slice(0, 3)).toEqual([255, 255, 255]);
    expect(doc(ARTICLE).querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(/\/og\/photo-brief\.png$/);
    // Search engines get the photo itself, in its crops (tests/site/search-engines.test.ts).
    const ld = [...doc(ARTICLE).querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.stringify(JSON.parse(s.textContent ?? '{}')));
    expect(ld.find((j) => j.includes('"NewsArticle"'))).toMatch(/"image":\["https:\/\/[^"]+\/images\/[0-9a-f]{16}-1200x675\.jpg","https:\/\/[^"]+\/images\/[0-9a-f]{16}-1200x900\.jpg","https:\/\/[^"]+\/images\/[0-9a-f]{16}-1200x1200\.jpg"\]/);
  });
});

describe('a brief with photos, on a phone', () => {
  it('loads the AVIF a 390-px screen needs (at Lighthouse’s 1.75 density: the 640-px file), every image whole', async () => {
    const context = await live.browser().newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1.75 });
    const page = await context.newPage();
    await page.goto(new URL('articles/photo-brief/', live.server().url).href);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const images = await page.$$eval('picture img', (all) => all.map((img) => (img instanceof HTMLImageElement ? { src: new URL(img.currentSrc).pathname, ok: img.complete && img.naturalWidth > 0 } : { src: '', ok: false })));
    expect(images.length).toBe(4);
    expect(images.every((i) => i.ok)).toBe(true);
    expect(images[0]?.src).toMatch(/^\/images\/[0-9a-f]{16}-640\.avif$/);
    const hero = await page.evaluate((src) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(src)), images[0]?.src ?? '');
    expect(hero).toBeDefined();
    await context.close();
  });
});
