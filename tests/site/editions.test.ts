/** The English and Turkish editions in Chromium: labels, dates, language switch, search, 404. */
import { describe, expect, it } from 'vitest';
import { en, tr } from '@/lib/edition/messages';
import { useBrowserAndServer } from './helpers';

const live = useBrowserAndServer();

async function open(path: string, width = 1280) {
  const context = await live.browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await page.goto(new URL(path.replace(/^\//, ''), live.server().url).href);
  return { page, errors, status: response?.status(), close: () => context.close() };
}

/** UI strings of one catalog that should never show in the other edition (names of languages aside). */
const uiWords = (catalog: typeof en) => [catalog.summaryHeading, catalog.whyItMattersHeading, catalog.share, catalog.topics, catalog.readingTime(3), catalog.tagline];

describe('the Turkish brief', () => {
  it('is Turkish throughout: lang, labels, date, reading time, topic name with Turkish capitals', async () => {
    const { page, errors, status, close } = await open('/tr/articles/xai-openai-training/', 390);
    expect(status).toBe(200);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('tr');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('kabul etmiş görünüyor');
    await expect(page.getByRole('region', { name: '3 Maddede Özet' }).getByRole('listitem').count()).resolves.toBe(3);
    const why = page.getByRole('region', { name: 'Neden önemli' });
    await expect(why.innerText()).resolves.toContain('Kısa vadeli yapay zekâ takibi için önemli.');
    await expect(why.innerText()).resolves.toContain('Etik, Güvenlik ve Regülasyon konu kümesini doğrudan etkiler.');
    const header = page.getByRole('main').locator('header').first();
    await expect(header.innerText()).resolves.toMatch(/28 Kasım 2026/);
    await expect(header.innerText()).resolves.toMatch(/\d+ dk okuma/);
    // The chip is upper-cased by CSS; with lang="tr" the browser keeps the dot: "ETİK", not "ETIK".
    const chip = header.getByRole('link', { name: /Etik, Güvenlik ve Regülasyon/i });
    await expect(chip.innerText()).resolves.toContain('ETİK, GÜVENLİK VE REGÜLASYON');
    const text = await page.locator('body').innerText();
    for (const word of uiWords(en)) expect(text, word).not.toContain(word);
    expect(errors).toEqual([]);
    await close();
  });

  it('pairs with the English brief: the switch goes there and back, and both name each other in hreflang', async () => {
    const { page, close } = await open('/articles/xai-openai-training/');
    await expect(page.locator('link[rel="alternate"][hreflang="tr"]').getAttribute('href')).resolves.toMatch(/\/tr\/articles\/xai-openai-training\/$/);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]').getAttribute('href')).resolves.toMatch(/[^r]\/articles\/xai-openai-training\/$/);
    await expect(page.locator('meta[property="og:locale:alternate"]').getAttribute('content')).resolves.toBe('tr_TR');
    const toTurkish = page.getByRole('main').getByRole('link', { name: 'Read in Türkçe' });
    await expect(toTurkish.getAttribute('hreflang')).resolves.toBe('tr');
    await toTurkish.click();
    await page.waitForURL(/\/tr\/articles\/xai-openai-training\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('tr');
    await expect(page.locator('meta[property="og:locale"]').getAttribute('content')).resolves.toBe('tr_TR');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).resolves.toMatch(/[^r]\/articles\/xai-openai-training\/$/);
    await page.getByRole('main').getByRole('link', { name: 'English sürümünü oku' }).click();
    await page.waitForURL(/[^r]\/articles\/xai-openai-training\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await close();
  });

  it('leaves English-only briefs without a switch', async () => {
    const { page, close } = await open('/articles/second-brief/');
    await expect(page.getByRole('link', { name: /Read in/ }).count()).resolves.toBe(0);
    await expect(page.locator('link[hreflang]').count()).resolves.toBe(0);
    await close();
  });
});

describe('the Turkish edition', () => {
  it('has a Turkish home page listing Turkish briefs only, and a way back to English', async () => {
    const { page, close } = await open('/tr/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('tr');
    const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    expect(titles.some((title) => title.includes('kabul etmiş görünüyor'))).toBe(true);
    expect(titles).not.toContain('A second brief, added by an editor');
    await page.getByRole('navigation', { name: tr.primaryNav }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(live.server().url);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const text = await page.locator('body').innerText();
    for (const word of uiWords(tr)) expect(text, word).not.toContain(word);
    await close();
  });

  it('lists topics with their Turkish names and counts of Turkish briefs', async () => {
    const { page, close } = await open('/tr/topics/');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Konular');
    await expect(page.getByRole('heading', { level: 2, name: 'Etik, Güvenlik ve Regülasyon' }).count()).resolves.toBe(1);
    // The xAI brief and the corrected brief's translation (tests/fixtures/site/corrected-brief.tr.md).
    await expect(page.getByRole('main').innerText()).resolves.toContain('2 yazı');
    await close();
  });

  it('answers an unknown Turkish address with its own 404 page', async () => {
    const { page, status, close } = await open('/tr/no-such-page/');
    expect(status).toBe(404);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('tr');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(tr.notFoundTitle);
    await page.getByRole('link', { name: tr.backHome }).click();
    await page.waitForURL(/\/tr\/$/);
    await close();
  });
});

describe('search in each edition', () => {
  const results = async (path: string) => {
    const { page, close } = await open(path);
    const status = page.locator('#search-status');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).not.toBe('');
    const found = { status: await status.innerText(), titles: await page.locator('#search-results a').allInnerTexts() };
    await close();
    return found;
  };

  it('finds Turkish words on the Turkish search page, whatever their case: İ and I follow Turkish rules', async () => {
    // "ÇIKTILARI" only finds "çıktıları" when I lower-cases to ı (Turkish), not to i (the default).
    // Names in Latin script still match as typed: "OpenAI" is not "openaı".
    for (const query of ['bildirildiğine', 'BİLDİRİLDİĞİNE', 'ÇIKTILARI', 'Kirliliği', 'OpenAI', 'XAI']) {
      const found = await results(`/tr/search/?q=${encodeURIComponent(query)}`);
      expect(found.status, query).toBe(`“${query}” için 1 sonuç`);
      expect(found.titles[0], query).toContain('kabul etmiş görünüyor');
    }
  });

  it('keeps each edition to its own briefs', async () => {
    expect((await results(`/search/?q=${encodeURIComponent('bildirildiğine')}`)).titles).toEqual([]);
    const english = await results('/search/?q=reportedly');
    expect(english.titles).toEqual(['Musk seemingly admits xAI trained on OpenAI model outputs']);
    expect((await results('/tr/search/?q=reportedly')).titles).toEqual([]);
  });
});
