// @vitest-environment jsdom
/** Author pages, bylines, per-author feeds and structured data, as the exported files show them. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { listFiles, exportDir, readExport } from './helpers';

const ORIGIN = 'https://brief.example.com';
const doc = (file: string) => new DOMParser().parseFromString(readExport(file), 'text/html');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' });

describe('author pages', () => {
  it('exist in both editions for the authors with published briefs there, and nowhere else', () => {
    const pages = listFiles(exportDir()).filter((f) => /(^|\/)authors\//.test(f) && f.endsWith('.html')).sort();
    expect(pages).toEqual([
      'authors/brief-desk/index.html',
      'authors/index.html',
      'authors/mallory/index.html',
      'authors/photo-editor/index.html',
      'authors/picture-desk/index.html',
      'authors/second-editor/index.html',
      'authors/test-editor/index.html',
      'tr/authors/brief-desk/index.html',
      'tr/authors/index.html',
      'tr/authors/second-editor/index.html',
    ]);
  });

  it('the index lists each author with their role and number of briefs, linking to their page', () => {
    const items = [...doc('authors/index.html').querySelectorAll('main li')].map((li) => [text(li.querySelector('h2')), li.querySelector('h2 a')?.getAttribute('href'), text(li.querySelector('p'))]);
    expect(items.slice(0, 3)).toEqual([
      ['Brief Desk', '/authors/brief-desk/', 'Newsroom desk'],
      ['Test Editor', '/authors/test-editor/', 'Technology editor'],
      ['Second Editor', '/authors/second-editor/', 'Reporter'],
    ]);
    const turkish = doc('tr/authors/index.html').querySelector('main li');
    expect([...(turkish?.querySelectorAll('h2, p') ?? [])].map(text)).toEqual(['Brief Desk', 'Haber masası', '1 yazı']);
  });

  it('an author’s page shows name, role, bio and labelled links, then their briefs, and links its RSS feed', () => {
    const page = doc('authors/test-editor/index.html');
    expect(text(page.querySelector('h1'))).toBe('Test Editor');
    const paragraphs = [...page.querySelectorAll('main header p')].map(text);
    // With their expertise and languages (authors.yml), then the count.
    expect(paragraphs).toEqual(['Author', 'Technology editor', "Edits the test site's briefs on technology and policy.", 'Expertise', 'Languages: English, Turkish, Brazilian Portuguese', '1 brief']);
    const links = [...page.querySelectorAll('main header nav a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).toEqual([['Website', 'https://example.org/test-editor'], ['Mastodon', 'https://social.example.org/@test-editor'], ['@testeditor', 'https://x.com/testeditor']]);
    // Their published brief only: the draft they wrote is not in the build.
    expect([...page.querySelectorAll('main article h2 a')].map((a) => a.getAttribute('href'))).toEqual(['/articles/second-brief/']);
    expect(page.querySelector('link[rel="alternate"][type="application/rss+xml"][href="https://brief.example.com/authors/test-editor/feed.xml"]')).not.toBeNull();
  });

  it('in the Turkish edition, shows the Turkish role and bio and lists the Turkish brief', () => {
    const page = doc('tr/authors/brief-desk/index.html');
    expect(page.documentElement.getAttribute('lang')).toBe('tr');
    expect(text(page.querySelector('h1'))).toBe('Brief Desk');
    expect([...page.querySelectorAll('main header p')].map(text)).toEqual(['Yazar', 'Haber masası', 'Brief Masası, sitenin haber masasıdır. Tek bir yazarın imzasını taşımayan yazıları yazar ve düzenler.', '1 yazı']);
    expect([...page.querySelectorAll('main article h2 a')].map((a) => a.getAttribute('href'))).toEqual(['/tr/articles/xai-openai-training/']);
  });

  it('each has an RSS feed per edition listing their briefs', () => {
    const feed = (file: string): unknown => parser.parse(readExport(file));
    expect(feed('authors/brief-desk/feed.xml')).toMatchObject({
      rss: { channel: { title: 'Brief Desk — Brief', link: `${ORIGIN}/authors/brief-desk/`, item: [expect.objectContaining({ link: `${ORIGIN}/articles/xai-openai-training/`, 'dc:creator': 'Brief Desk' })] } },
    });
    expect(feed('tr/authors/brief-desk/feed.xml')).toMatchObject({ rss: { channel: { language: 'tr', item: [expect.objectContaining({ link: `${ORIGIN}/tr/articles/xai-openai-training/` })] } } });
    expect(listFiles(exportDir())).not.toContain('tr/authors/test-editor/feed.xml');
  });

  it('are in sitemap.xml', () => {
    const sitemap = readExport('sitemap.xml');
    for (const p of ['/authors/', '/authors/brief-desk/', '/tr/authors/brief-desk/']) expect(sitemap).toContain(`<loc>${ORIGIN}${p}</loc>`);
  });
});

describe('the xAI brief and its Turkish edition, by the Brief Desk', () => {
  it('show the byline as before, now a link to the desk’s page with rel="author"', () => {
    for (const [file, line, href] of [
      ['articles/xai-openai-training/index.html', 'By Brief Desk', '/authors/brief-desk/'],
      ['tr/articles/xai-openai-training/index.html', 'Yazan: Brief Desk', '/tr/authors/brief-desk/'],
    ] as const) {
      const link = doc(file).querySelector('main a[rel="author"]');
      expect(text(link), file).toBe('Brief Desk');
      expect(link?.getAttribute('href'), file).toBe(href);
      expect(text(link?.closest('p')), file).toBe(line);
    }
  });

  it('name the desk in JSON-LD as an Organization with its page', () => {
    const ld = [...doc('articles/xai-openai-training/index.html').querySelectorAll('script[type="application/ld+json"]')].map((s): unknown => JSON.parse(s.textContent ?? ''));
    expect(ld).toContainEqual(expect.objectContaining({ '@type': ['NewsArticle', 'BackgroundNewsArticle'], author: [{ '@type': 'Organization', name: 'Brief Desk', url: `${ORIGIN}/authors/brief-desk/` }] }));
  });

  it('two bylines are both links, comma-separated (an opinion: each with their role)', () => {
    const links = [...doc('articles/second-brief/index.html').querySelectorAll('main a[rel="author"]')];
    expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual([['Test Editor', '/authors/test-editor/'], ['Second Editor', '/authors/second-editor/']]);
    expect(text(links[0]?.closest('p'))).toBe('By Test Editor (Technology editor), Second Editor (Reporter)');
  });
});
