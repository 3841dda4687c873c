import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_LIMIT, jsonFeed, rssFeed } from '@/lib/syndication/feeds';
import type { FeedSite } from '@/lib/syndication/identity';
import { makeArticle, topic } from '../components/factory';

const site: FeedSite = { name: 'Brief', description: 'News & context', locale: 'en', lang: 'en', origin: 'https://news.example/brief' };
const hostile = makeArticle({
  slug: 'hostile',
  title: 'A ]]> b ]]> <script>alert(1)</script> & "q"',
  description: '</script><b>dek</b>',
  summary: ['<img src=x onerror=alert(1)>', 'second & <i>', 'third ]]>'],
  authors: [{ name: '<svg onload=alert(1)>Mallory', type: 'person' }, { name: 'Bo', type: 'person' }],
  date: '2026-11-10',
  updated: '2026-11-12T08:30:00+02:00',
});
const plain = makeArticle({ slug: 'plain', date: '2026-11-09T09:00:00Z' });
const articles = [hostile, plain];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name, jpath) =>
    ['item', 'entry', 'category'].includes(name) || (String(jpath).startsWith('feed.') && ['author', 'link'].includes(name)),
});

/** Parses XML after checking it is well-formed; the result is probed with `expect`, never cast. */
function parseXml(xml: string): unknown {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('RSS 2.0', () => {
  const rss = parseXml(rssFeed(articles, site));

  it('is a channel with a self link and items newest first, guid = absolute article URL', () => {
    expect(rss).toMatchObject({
      rss: {
        '@version': '2.0',
        channel: {
          title: 'Brief',
          link: 'https://news.example/brief/',
          'atom:link': { '@href': 'https://news.example/brief/feed.xml', '@rel': 'self', '@type': 'application/rss+xml' },
          item: [
            { link: 'https://news.example/brief/articles/hostile/', guid: { '#text': 'https://news.example/brief/articles/hostile/', '@isPermaLink': 'true' } },
            { link: 'https://news.example/brief/articles/plain/' },
          ],
        },
      },
    });
  });

  it('dates items in RFC 822 from the first publication, and the channel from the latest change', () => {
    const xml = rssFeed(articles, site);
    const dates = [...xml.matchAll(/<(?:pubDate|lastBuildDate)>([^<]*)</g)].map((m) => m[1]);
    expect(dates.length).toBe(3);
    for (const date of dates) expect(date).toMatch(RFC_822);
    expect(dates).toEqual(['Thu, 12 Nov 2026 06:30:00 GMT', 'Tue, 10 Nov 2026 00:00:00 GMT', 'Mon, 09 Nov 2026 09:00:00 GMT']);
  });

  it('escapes hostile text: no markup survives as markup, the text is all there', () => {
    const xml = rssFeed(articles, site);
    expect(xml).not.toMatch(/<script|<img|<svg/i);
    expect(rss).toMatchObject({
      rss: {
        channel: {
          item: [
            expect.objectContaining({ title: 'A ]]&#62; b ]]&#62; &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;q&#34;', 'dc:creator': '<svg onload=alert(1)>Mallory, Bo' }),
            expect.anything(),
          ],
        },
      },
    });
  });

  it('carries dek, topic as category and the 3-point summary as an escaped HTML list', () => {
    expect(rss).toMatchObject({
      rss: {
        channel: {
          item: [
            expect.objectContaining({
              description: '&#60;/script&#62;&#60;b&#62;dek&#60;/b&#62;',
              category: [{ '#text': topic.name, '@domain': `https://news.example/brief/topics/${topic.id}/` }],
              'content:encoded':
                '<p>&#60;/script&#62;&#60;b&#62;dek&#60;/b&#62;</p><ul><li>&#60;img src=x onerror=alert(1)&#62;</li><li>second &#38; &#60;i&#62;</li><li>third ]]&#62;</li></ul>',
            }),
            expect.anything(),
          ],
        },
      },
    });
  });

  it('keeps the newest 50 only, and a topic feed points at its topic page', () => {
    const many = Array.from({ length: 60 }, (_, i) => makeArticle({ slug: `a-${i}` }));
    const xml = rssFeed(many, site, topic);
    expect(xml.match(/<item>/g)).toHaveLength(FEED_LIMIT);
    expect(parseXml(xml)).toMatchObject({
      rss: { channel: { link: `https://news.example/brief/topics/${topic.id}/`, 'atom:link': { '@href': `https://news.example/brief/topics/${topic.id}/feed.xml` } } },
    });
  });
});

describe('Atom', () => {
  it('has entries with id, link, updated, published, authors, category and HTML content', () => {
    expect(parseXml(atomFeed(articles, site))).toMatchObject({
      feed: {
        '@xmlns': 'http://www.w3.org/2005/Atom',
        id: 'https://news.example/brief/',
        updated: '2026-11-12T06:30:00.000Z',
        link: [{ '@rel': 'alternate' }, { '@rel': 'self', '@href': 'https://news.example/brief/atom.xml' }],
        entry: [
          {
            id: 'https://news.example/brief/articles/hostile/',
            updated: '2026-11-12T06:30:00.000Z',
            published: '2026-11-10T00:00:00.000Z',
            author: [{ name: '<svg onload=alert(1)>Mallory' }, { name: 'Bo' }],
            category: [{ '@term': topic.id }],
            content: { '@type': 'html' },
          },
          { id: 'https://news.example/brief/articles/plain/' },
        ],
      },
    });
  });
});

describe('JSON Feed 1.1', () => {
  const feed: unknown = JSON.parse(jsonFeed(articles, site));

  it('has version 1.1, authors and plain-text titles', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: 'https://news.example/brief/feed.json',
      items: [
        {
          id: 'https://news.example/brief/articles/hostile/',
          title: hostile.title,
          summary: hostile.description,
          date_published: '2026-11-10T00:00:00.000Z',
          date_modified: '2026-11-12T06:30:00.000Z',
          authors: [{ name: '<svg onload=alert(1)>Mallory' }, { name: 'Bo' }],
          tags: [topic.name, 'energy-policy'],
        },
        { url: 'https://news.example/brief/articles/plain/' },
      ],
    });
  });
});
