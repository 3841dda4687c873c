import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { newsSitemapXml, robotsTxt, sitemapXml, sitemapPages } from '@/lib/syndication/sitemaps';
import { makeArticle, topic } from '../components/factory';

const origin = 'https://news.example/brief';
const other = { id: 'other', name: 'Other', description: 'Other things.' };
const articles = [
  makeArticle({ slug: 'c', date: '2026-11-28T10:00:00Z', tags: ['x'] }),
  makeArticle({ slug: 'b', date: '2026-11-27', updated: '2026-11-28T12:00:00+01:00', tags: ['x', 'y'] }),
  makeArticle({ slug: 'a', date: '2026-11-20', title: 'Tom & "Jerry" <b>', tags: [] }),
];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'url' });

describe('sitemapPages', () => {
  it('lists home pages, articles, topic and tag listings with their newest change, leaving out lists with no brief', () => {
    const pages = sitemapPages(articles, [topic, other], 2);
    expect(pages.map((p) => p.path)).toEqual([
      '/', '/page/2/', '/articles/c/', '/articles/b/', '/articles/a/', '/topics/',
      `/topics/${topic.id}/`, `/topics/${topic.id}/page/2/`, '/tags/', '/tags/x/', '/tags/y/', '/corrections/',
    ]);
    expect(pages.find((p) => p.path === '/articles/b/')?.lastmod).toBe('2026-11-28T11:00:00.000Z');
    expect(pages.find((p) => p.path === '/')?.lastmod).toBe('2026-11-28T11:00:00.000Z');
    expect(pages.find((p) => p.path === '/page/2/')?.lastmod).toBe('2026-11-20T00:00:00.000Z');
    expect(pages.every((p) => p.alternates === undefined)).toBe(true);
  });

  it('adds the Turkish edition, pairing translated briefs and the pages both editions fill', () => {
    const turkish = makeArticle({ slug: 'c', lang: 'tr', locale: 'tr', translationOf: 'c', date: '2026-11-28T10:00:00Z', title: 'C (tr)', tags: [] });
    const pages = sitemapPages([...articles, turkish], [topic, other], 2);
    expect(pages.filter((p) => p.path.startsWith('/tr/')).map((p) => p.path)).toEqual(['/tr/', '/tr/articles/c/', '/tr/topics/', `/tr/topics/${topic.id}/`, '/tr/tags/', '/tr/corrections/']);
    const pair = [
      { hreflang: 'en', path: '/articles/c/' },
      { hreflang: 'tr', path: '/tr/articles/c/' },
      { hreflang: 'x-default', path: '/articles/c/' },
    ];
    expect(pages.find((p) => p.path === '/articles/c/')?.alternates).toEqual(pair);
    expect(pages.find((p) => p.path === '/tr/articles/c/')?.alternates).toEqual(pair);
    expect(pages.find((p) => p.path === '/articles/b/')?.alternates).toBeUndefined();
    expect(pages.find((p) => p.path === '/tr/')?.alternates?.map((a) => a.path)).toEqual(['/', '/tr/', '/']);
    const xml = sitemapXml(pages, origin);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="tr" href="${origin}/tr/articles/c/"/>`);
  });
});

describe('sitemap.xml', () => {
  it('is a well-formed urlset of absolute URLs', () => {
    const xml = sitemapXml(sitemapPages(articles, [topic], 20), origin);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml)).toMatchObject({
      urlset: { '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url: expect.arrayContaining([{ loc: `${origin}/articles/a/`, lastmod: '2026-11-20T00:00:00.000Z' }]) },
    });
  });
});

describe('news-sitemap.xml', () => {
  it('lists only briefs published in the two days before the build, escaped', () => {
    const now = Date.parse('2026-11-29T09:00:00Z');
    const xml = newsSitemapXml(articles, origin, 'Brief', now);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml)).toEqual({
      '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
      urlset: {
        '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
        '@xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
        url: [
          { loc: `${origin}/articles/c/`, 'news:news': { 'news:publication': { 'news:name': 'Brief', 'news:language': 'en' }, 'news:publication_date': '2026-11-28T10:00:00.000Z', 'news:title': articles[0]?.title } },
        ],
      },
    });
    expect(newsSitemapXml([articles[2] ?? articles[0]!], origin, 'Brief', Date.parse('2026-11-21T00:00:00Z'))).toContain('Tom &#38; &#34;Jerry&#34; &#60;b&#62;');
  });

  it('is an empty urlset when nothing is recent', () => {
    const xml = newsSitemapXml(articles, origin, 'Brief', Date.parse('2027-01-01T00:00:00Z'));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<url>');
  });
});

describe('robots.txt', () => {
  it('keeps crawlers out of the CMS under a base path too', () => {
    expect(robotsTxt(origin, '/brief').split('\n')).toContain('Disallow: /brief/admin/');
  });
  it('allows crawling and names both sitemaps', () => {
    expect(robotsTxt(origin)).toBe(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${origin}/sitemap.xml\nSitemap: ${origin}/news-sitemap.xml\n`);
  });
});
