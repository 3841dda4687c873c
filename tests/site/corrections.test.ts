// @vitest-environment jsdom
/**
 * The built corrected brief (tests/fixtures/site/corrected-brief.md: a correction, a clarification, an
 * update and a typo fix) and its Turkish translation, which is behind it; and each edition's
 * corrections page. Read from the export, as readers and search engines get them.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readExport } from './helpers';

const ORIGIN = 'https://brief.example.com';
const doc = (file: string) => new DOMParser().parseFromString(readExport(file), 'text/html');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const region = (d: Document, name: string) => d.querySelector(`main section[aria-label="${name}"]`);

const CORRECTION = 'An earlier version gave the fine as 2 million euros; it is 20 million euros.';
const CLARIFICATION = 'The fine covers three years of training data, not three models.';

describe('the corrected brief', () => {
  const page = doc('articles/corrected-brief/index.html');

  it('shows its correction and clarification under the dek, and every entry, typed, in the log', () => {
    const notices = region(page, 'Corrections and clarifications');
    expect([...(notices?.querySelectorAll('li') ?? [])].map(text)).toEqual([`Correction, 14 November 2026: ${CORRECTION}`, `Clarification, 12 November 2026: ${CLARIFICATION}`]);
    // Under the header (title, dek, byline), before the summary.
    const header = page.querySelector('main article header');
    expect(header && notices && header.compareDocumentPosition(notices) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const log = page.querySelector('main section[aria-labelledby="updates-heading"]');
    expect([...(log?.querySelectorAll('li') ?? [])].map(text)).toEqual([
      "15 November 2026 — Minor fix: Fixed the spelling of the regulator's name.",
      `14 November 2026 — Correction: ${CORRECTION}`,
      "13 November 2026 — Update: Added the company's statement that it will appeal.",
      `12 November 2026 — Clarification: ${CLARIFICATION}`,
    ]);
  });

  it('shows the same "Updated" date as its JSON-LD dateModified and article:modified_time: the correction’s, not the typo fix’s', () => {
    const updated = [...page.querySelectorAll('main header p')].find((p) => text(p).startsWith('Updated'));
    expect(text(updated)).toBe('Updated 14 November 2026');
    const ld = [...page.querySelectorAll('script[type="application/ld+json"]')].map((s) => z.record(z.string(), z.unknown()).parse(JSON.parse(s.textContent ?? '')));
    const article = ld.find((j) => [j['@type']].flat().includes('NewsArticle'));
    expect(article).toMatchObject({
      dateModified: '2026-11-14T00:00:00.000Z',
      correction: [
        { '@type': 'CorrectionComment', text: CORRECTION, datePublished: '2026-11-14T00:00:00.000Z' },
        { '@type': 'CorrectionComment', text: CLARIFICATION, datePublished: '2026-11-12T00:00:00.000Z' },
      ],
    });
    expect(updated?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-14');
    expect(page.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe('2026-11-14T00:00:00.000Z');
  });
});

describe('its Turkish translation, behind the original', () => {
  const page = doc('tr/articles/corrected-brief/index.html');

  it('says in Turkish that the English version was corrected, and when, linking to it', () => {
    const notice = region(page, 'Bu çeviri hakkında');
    expect(text(notice)).toBe('İngilizce sürüm 14 Kasım 2026 tarihinde düzeltildi. Bu çeviri o değişikliği henüz içermiyor.');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/articles/corrected-brief/');
    expect(notice?.querySelector('a')?.getAttribute('hreflang')).toBe('en');
  });

  it('keeps its own dates: its typo fix is listed but shows no "Güncellendi"', () => {
    expect(text(page.querySelector('main section[aria-labelledby="updates-heading"] li'))).toBe('16 Kasım 2026 — Küçük düzeltme: Bir yazım hatası düzeltildi.');
    expect(text(page.querySelector('main header'))).not.toContain('Güncellendi');
    expect(region(page, 'Düzeltmeler ve açıklamalar')).toBeNull();
  });

  it('an up-to-date translation has no such notice', () => {
    expect(region(doc('tr/articles/xai-openai-training/index.html'), 'Bu çeviri hakkında')).toBeNull();
  });
});

describe('the corrections pages and feeds', () => {
  it('list the English edition’s corrections and clarifications newest first, each linking to its brief', () => {
    const page = doc('corrections/index.html');
    expect(text(page.querySelector('h1'))).toBe('Corrections');
    const items = [...page.querySelectorAll('main li')];
    expect(items.map((li) => [li.querySelector('a')?.getAttribute('href'), text(li.querySelector('a')), text(li.querySelector('p'))])).toEqual([
      ['/articles/corrected-brief/', 'A brief with a correction, a clarification, an update and a typo fix', `Correction, 14 November 2026: ${CORRECTION}`],
      ['/articles/corrected-brief/', 'A brief with a correction, a clarification, an update and a typo fix', `Clarification, 12 November 2026: ${CLARIFICATION}`],
    ]);
    expect(page.querySelector('link[rel="alternate"][hreflang="tr"]')?.getAttribute('href')).toBe(`${ORIGIN}/tr/corrections/`);
  });

  it('say plainly in Turkish that the Turkish edition has none', () => {
    const page = doc('tr/corrections/index.html');
    expect(page.documentElement.getAttribute('lang')).toBe('tr');
    expect(text(page.querySelector('h1'))).toBe('Düzeltmeler');
    expect(text(page.querySelector('main'))).toContain('Bu sürümde henüz hiçbir yazıda düzeltme ya da açıklama yapılmadı.');
    expect(page.querySelectorAll('main li')).toHaveLength(0);
  });

  it('are in sitemap.xml, dated by the newest correction', () => {
    const sitemap = readExport('sitemap.xml');
    expect(sitemap).toContain(`<url><loc>${ORIGIN}/corrections/</loc><lastmod>2026-11-14T00:00:00.000Z</lastmod>`);
    expect(sitemap).toContain(`<loc>${ORIGIN}/tr/corrections/</loc>`);
  });

  it('the feeds’ item opens with the correction, under the brief’s unchanged URL', () => {
    const feed = z.object({ items: z.array(z.object({ id: z.string(), content_html: z.string(), date_modified: z.string() })) }).parse(JSON.parse(readExport('feed.json')));
    const item = feed.items.find((i) => i.id === `${ORIGIN}/articles/corrected-brief/`);
    expect(item?.content_html.startsWith(`<p><strong>Correction, 14 November 2026:</strong> ${CORRECTION}</p>`)).toBe(true);
    expect(item?.date_modified).toBe('2026-11-14T00:00:00.000Z');
    const atom = readExport('atom.xml');
    expect(atom).toContain(`<id>${ORIGIN}/articles/corrected-brief/</id>`);
    expect(atom).toContain('<strong>Correction, 14 November 2026:</strong>');
  });
});
