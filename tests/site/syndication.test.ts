// @vitest-environment jsdom
/** The exported feeds, sitemaps, robots.txt and per-page metadata, read with real parsers. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { en, tr } from '@/lib/edition/messages';
import { exportDir, listFiles, readExport, isReaderPage } from './helpers';

const ORIGIN = 'https://brief.example.com';
const PUBLISHED = ['xai-openai-training', 'second-brief', 'hostile-payloads', 'corrected-brief', 'photo-brief'];
const TR_PUBLISHED = ['xai-openai-training', 'corrected-brief'];
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'url'].includes(name) });
function xml(file: string): unknown {
  const text = readExport(file);
  expect(XMLValidator.validate(text), file).toBe(true);
  return parser.parse(text);
}
const htmlPages = () => listFiles(exportDir()).filter(isReaderPage);
const doc = (file: string) => new DOMParser().parseFromString(readExport(file), 'text/html');
const articleUrl = (slug: string) => `${ORIGIN}/articles/${slug}/`;

describe('feeds', () => {
  it('RSS 2.0: every published brief newest first, guid = absolute URL, RFC 822 dates, no draft', () => {
    const text = readExport('feed.xml');
    expect(xml('feed.xml')).toMatchObject({
      rss: {
        '@version': '2.0',
        channel: {
          'atom:link': { '@href': `${ORIGIN}/feed.xml`, '@rel': 'self' },
          item: PUBLISHED.map((slug) => expect.objectContaining({ link: articleUrl(slug), guid: { '#text': articleUrl(slug), '@isPermaLink': 'true' } })),
        },
      },
    });
    for (const [, date] of text.matchAll(/<pubDate>([^<]*)</g)) expect(date).toMatch(RFC_822);
    expect(text).not.toContain('unpublished-draft');
    expect(text).not.toMatch(/<script|<img|<svg|<iframe/i);
  });

  it('Atom and JSON Feed 1.1 list the same briefs', () => {
    expect(xml('atom.xml')).toMatchObject({ feed: { entry: PUBLISHED.map((slug) => expect.objectContaining({ id: articleUrl(slug) })) } });
    const json: unknown = JSON.parse(readExport('feed.json'));
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      items: PUBLISHED.map((slug) => expect.objectContaining({ id: articleUrl(slug), authors: expect.any(Array) })),
    });
    expect(readExport('feed.json')).not.toContain('unpublished-draft');
  });

  it('one RSS feed per topic', () => {
    expect(xml('topics/ethics-safety-regulation/feed.xml')).toMatchObject({
      rss: { channel: { link: `${ORIGIN}/topics/ethics-safety-regulation/`, item: PUBLISHED.map(() => expect.anything()) } },
    });
  });

  it('every page links its edition’s feeds with <link rel="alternate">, topic pages their own too', () => {
    for (const file of htmlPages()) {
      const hrefs = [...doc(file).querySelectorAll('link[rel="alternate"][type]')].map((l) => l.getAttribute('href'));
      const edition = file.startsWith('tr/') ? `${ORIGIN}/tr` : ORIGIN;
      expect(hrefs, file).toEqual(expect.arrayContaining([`${edition}/feed.xml`, `${edition}/atom.xml`, `${edition}/feed.json`]));
    }
    const topic = doc('topics/ethics-safety-regulation/index.html').querySelector('link[type="application/rss+xml"][href$="/topics/ethics-safety-regulation/feed.xml"]');
    expect(topic).not.toBeNull();
  });
});

describe('the Turkish edition’s syndication', () => {
  it('has its own feeds, in Turkish, holding only Turkish briefs', () => {
    expect(xml('tr/feed.xml')).toMatchObject({
      rss: { channel: { language: 'tr', link: `${ORIGIN}/tr/`, item: TR_PUBLISHED.map((slug) => expect.objectContaining({ guid: expect.objectContaining({ '#text': `${ORIGIN}/tr/articles/${slug}/` }) })) } },
    });
    expect(xml('tr/atom.xml')).toMatchObject({ feed: { '@xml:lang': 'tr', entry: TR_PUBLISHED.map((slug) => expect.objectContaining({ id: `${ORIGIN}/tr/articles/${slug}/` })) } });
    expect(JSON.parse(readExport('tr/feed.json'))).toMatchObject({ language: 'tr', items: TR_PUBLISHED.map((slug) => ({ url: `${ORIGIN}/tr/articles/${slug}/`, language: 'tr' })) });
    const topicFeed = xml('tr/topics/ethics-safety-regulation/feed.xml');
    expect(topicFeed).toMatchObject({ rss: { channel: { title: 'Etik, Güvenlik ve Regülasyon — Brief' } } });
    // The English feed stays English.
    expect(readExport('feed.xml')).not.toContain('/tr/articles/');
    expect(xml('feed.xml')).toMatchObject({ rss: { channel: { language: 'en' } } });
  });

  it('pairs the two language versions in sitemap.xml with xhtml:link alternates and x-default', () => {
    const sitemap = xml('sitemap.xml');
    expect(sitemap).toMatchObject({ urlset: { '@xmlns:xhtml': 'http://www.w3.org/1999/xhtml' } });
    const entry = (loc: string) => readExport('sitemap.xml').split('\n').find((line) => line.includes(`<loc>${loc}</loc>`)) ?? '';
    for (const loc of [articleUrl('xai-openai-training'), `${ORIGIN}/tr/articles/xai-openai-training/`]) {
      const alternates = [...entry(loc).matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
      expect(alternates, loc).toEqual([
        ['en', articleUrl('xai-openai-training')],
        ['tr', `${ORIGIN}/tr/articles/xai-openai-training/`],
        ['x-default', articleUrl('xai-openai-training')],
      ]);
    }
    // A brief with no translation has no alternates.
    expect(entry(articleUrl('second-brief'))).not.toContain('xhtml:link');
  });
});

describe('sitemaps and robots.txt', () => {
  it('sitemap.xml lists every exported page with briefs on it (not the 404s, search or empty lists), as absolute URLs with lastmod', () => {
    const expected = htmlPages()
      .filter((f) => !/^(?:tr\/)?(?:404\.html|404\/index\.html|search\/index\.html)$/.test(f))
      // A list with nothing in it says so, and has nothing to index.
      .filter((f) => ![en.noArticles, tr.noArticles].some((empty) => doc(f).querySelector('main')?.textContent?.includes(empty)))
      .map((f) => `${ORIGIN}/${f.replace(/index\.html$/, '')}`)
      .sort();
    expect(xml('sitemap.xml')).toMatchObject({ urlset: { url: expect.any(Array) } });
    const locs = [...readExport('sitemap.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]).sort();
    expect(locs).toEqual(expected);
    // Every URL is dated from the content but a standards page without `updated`: a policy has no date of its own until one is given.
    const undated = readExport('sitemap.xml').split('\n').filter((line) => line.includes('<loc>') && !/<lastmod>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/lastmod>/.test(line));
    expect(undated.map((line) => /<loc>([^<]*)<\/loc>/.exec(line)?.[1]).filter((loc) => !loc?.includes('/about/'))).toEqual([]);
    expect(readExport('sitemap.xml').match(/<lastmod>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/lastmod>/g)?.length).toBe(locs.length - undated.length);
  });

  it('news-sitemap.xml is a Google News urlset, robots.txt names both sitemaps', () => {
    expect(xml('news-sitemap.xml')).toMatchObject({ urlset: { '@xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9' } });
    expect(readExport('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap.xml\nSitemap: ${ORIGIN}/news-sitemap.xml`);
  });
});

describe('sharing metadata and JSON-LD', () => {
  const meta = (d: Document, key: string) => [...d.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));

  it('an article has canonical, Open Graph article data and a large Twitter card', () => {
    const d = doc('articles/xai-openai-training/index.html');
    expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(articleUrl('xai-openai-training'));
    expect(meta(d, 'og:type')).toEqual(['article']);
    expect(meta(d, 'article:published_time')).toEqual(['2026-11-28T00:00:00.000Z']);
    expect(meta(d, 'article:modified_time')).toHaveLength(1);
    expect(meta(d, 'article:section')).toEqual(['Ethics, Safety & Regulation']);
    expect(meta(d, 'article:tag')).toContain('copyright');
    expect(meta(d, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(d, 'og:image')).toEqual([`${ORIGIN}/og/xai-openai-training.png`]);
    expect(meta(d, 'twitter:image')).toEqual([`${ORIGIN}/og/xai-openai-training.png`]);
    expect(meta(doc('index.html'), 'og:image')).toEqual([`${ORIGIN}/og/default.png`]);
    expect(meta(doc('tr/index.html'), 'og:image')).toEqual([`${ORIGIN}/og/tr/default.png`]);
  });

  it('writes a 1200×630 PNG share image per published article and one for the site', () => {
    const images = listFiles(exportDir()).filter((f) => f.startsWith('og/')).sort();
    expect(images).toEqual(['og/default.png', 'og/tr/default.png', ...PUBLISHED.map((slug) => `og/${slug}.png`), 'og/tr/corrected-brief.png', 'og/tr/xai-openai-training.png'].sort());
    for (const file of images) {
      const png = readFileSync(path.join(exportDir(), file));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1200, 630]);
    }
  });

  it('JSON-LD survives post-export and parses, even with </script> in the title', () => {
    const d = doc('articles/hostile-payloads/index.html');
    const blocks = [...d.querySelectorAll('script[type="application/ld+json"]')].map((s): unknown => JSON.parse(s.textContent ?? ''));
    expect(blocks).toEqual([
      expect.objectContaining({
        // The fixture is sponsored content: an Article, not news.
        '@type': ['Article', 'AdvertiserContentArticle'],
        headline: expect.stringContaining("<script>window.__pwned='title'</script> Hostile"),
        datePublished: '2026-11-10T00:00:00.000Z',
        author: [{ '@type': 'Person', name: expect.stringContaining('Mallory'), url: `${ORIGIN}/authors/mallory/`, jobTitle: expect.stringContaining('Role'), sameAs: ['https://example.org/mallory'] }],
        // The sponsor and the backstory, hostile text included, parse back as the editor wrote them.
        sponsor: { '@type': 'Organization', name: '<img src=x onerror="window.__pwned=\'sponsor\'"> Acme & Co' },
        backstory: "Methods: <script>window.__pwned='backstory'</script> We read the filing.",
        publisher: expect.objectContaining({ '@type': 'NewsMediaOrganization', '@id': `${ORIGIN}/#organization`, name: 'Brief' }),
        mainEntityOfPage: { '@type': 'WebPage', '@id': articleUrl('hostile-payloads') },
      }),
      expect.objectContaining({ '@type': 'BreadcrumbList', itemListElement: expect.arrayContaining([expect.objectContaining({ position: 3, item: articleUrl('hostile-payloads') })]) }),
    ]);
    expect(readExport('articles/hostile-payloads/index.html')).not.toContain("<script>window.__pwned='title'");
  });

  it('topic pages carry a BreadcrumbList', () => {
    const scripts = [...doc('topics/ethics-safety-regulation/index.html').querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts.map((s): unknown => JSON.parse(s.textContent ?? ''))).toEqual([expect.objectContaining({ '@type': 'BreadcrumbList' })]);
  });
});
