/**
 * Corrections, clarifications, updates and typo fixes (issue 23), on the site fixtures: the typed
 * `updates` contract and its errors, the one modified date, the corrections page's model, a
 * translation behind its original (and `check`'s warning), and what feeds and JSON-LD say.
 */
import { cpSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseArticle } from '@/lib/content/article';
import { lastModified, wasModified } from '@/lib/content/changes';
import { ContentError, formatIssue } from '@/lib/content/error';
import { loadContent, type Content } from '@/lib/content/loader';
import { checkTopics } from '@/lib/content/topics';
import { sitePages } from '@/lib/pages/site-pages';
import { toSummary } from '@/lib/pages/site-index';
import { atomFeed, jsonFeed, rssFeed } from '@/lib/syndication/feeds';
import type { FeedSite } from '@/lib/syndication/identity';
import { sitemapPages } from '@/lib/syndication/sitemaps';
import { newsArticle } from '@/lib/syndication/structured-data';
import { tempDir } from '../temp';

let loaded: Promise<Content> | undefined;
/** The site fixtures (tests/fixtures/site) over the editorial ones, as the site tests build them. */
function siteContent(): Promise<Content> {
  loaded ??= (() => {
    const dir = tempDir('brief-corrections-');
    cpSync('tests/fixtures/editorial', dir, { recursive: true });
    cpSync('tests/fixtures/site', dir, { recursive: true });
    return loadContent(dir);
  })();
  return loaded;
}

async function brief(locale: 'en' | 'tr') {
  const found = (await siteContent()).articles.find((a) => a.slug === 'corrected-brief' && a.locale === locale);
  if (!found) throw new Error(`no ${locale} corrected-brief`);
  return found;
}

const { topics } = checkTopics(readFileSync('tests/fixtures/articles/topics.yml', 'utf8'), 'topics.yml');
const source = readFileSync('tests/fixtures/articles/valid.md', 'utf8');
/** valid.md with its `updates:` replaced by `yaml` (the fixture has none, so the list is added after `date`). */
const withUpdates = (yaml: string) => source.replace(/^date: .*$/m, (line) => `${line}\nupdates:\n${yaml}`);

async function problems(text: string): Promise<string[]> {
  try {
    await parseArticle(text, 'content/x.md', topics);
  } catch (error) {
    if (error instanceof ContentError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('parsed without error');
}

describe('updates[].type', () => {
  it('keeps each entry’s type, and an entry without one is an update', async () => {
    const article = await brief('en');
    expect(article.updates.map(({ date, type }) => [date, type])).toEqual([
      ['2026-11-15', 'typo'],
      ['2026-11-14', 'correction'],
      ['2026-11-13', 'update'],
      ['2026-11-12', 'clarification'],
    ]);
  });

  it('refuses an unknown type, naming the file, the field and the four allowed values', async () => {
    const found = await problems(withUpdates('  - date: 2026-11-03\n    note: Fine.\n  - date: 2026-11-04\n    type: fix\n    note: Wrong type.'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/x\.md:\d+:\d+: updates\[1\]\.type: expected one of correction, clarification, update, typo \(without `type`, an entry is an update\), found "fix"$/);
  });
});

describe('lastModified: the one modified date', () => {
  it('is the latest correction, clarification or update; a later typo fix does not move it', async () => {
    const article = await brief('en');
    expect(lastModified(article)).toBe('2026-11-14');
    expect(wasModified(article)).toBe(true);
  });

  it('is `updated:` when that is later, and the publication date for a brief with only a typo fix', () => {
    const base = { date: '2026-11-01', updates: [{ date: '2026-11-05', note: 'Typo.', type: 'typo' as const }] };
    expect(lastModified(base)).toBe('2026-11-01');
    expect(wasModified(base)).toBe(false);
    expect(lastModified({ ...base, updated: '2026-11-09' })).toBe('2026-11-09');
    expect(lastModified({ ...base, updates: [{ date: '2026-11-02T10:00:00Z', note: 'News.', type: 'update' }], updated: '2026-11-02' })).toBe('2026-11-02T10:00:00Z');
  });

  it('is the JSON-LD dateModified, whose `correction` lists each correction and clarification', async () => {
    const article = await brief('en');
    const ld: unknown = JSON.parse(JSON.stringify(newsArticle(article, { name: 'Brief', origin: 'https://x.example', logo: '/icon.svg' }, '/og/x.png')));
    expect(ld).toMatchObject({
      datePublished: '2026-11-08T00:00:00.000Z',
      dateModified: '2026-11-14T00:00:00.000Z',
      correction: [
        { '@type': 'CorrectionComment', text: 'An earlier version gave the fine as 2 million euros; it is 20 million euros.', datePublished: '2026-11-14T00:00:00.000Z' },
        { '@type': 'CorrectionComment', text: 'The fine covers three years of training data, not three models.', datePublished: '2026-11-12T00:00:00.000Z' },
      ],
    });
    const plain = (await siteContent()).articles.find((a) => a.slug === 'second-brief');
    expect(plain && newsArticle(plain, { name: 'Brief', origin: 'https://x.example', logo: '/icon.svg' }, '/og/x.png')).not.toHaveProperty('correction');
  });
});

describe('the corrections page', () => {
  it('lists each edition’s corrections and clarifications newest first, with their briefs; none in Turkish', async () => {
    const entries = sitePages(await siteContent(), { drafts: false, pageSize: 2 });
    const page = (p: string) => entries.find((e) => e.path === p);
    expect(page('/corrections/')).toMatchObject({ route: 'corrections', locale: 'en' });
    expect(page('/corrections/')?.model).toEqual({
      kind: 'corrections',
      locale: 'en',
      entries: [
        { slug: 'corrected-brief', title: 'A brief with a correction, a clarification, an update and a typo fix', date: '2026-11-14', type: 'correction', note: 'An earlier version gave the fine as 2 million euros; it is 20 million euros.' },
        { slug: 'corrected-brief', title: 'A brief with a correction, a clarification, an update and a typo fix', date: '2026-11-12', type: 'clarification', note: 'The fine covers three years of training data, not three models.' },
      ],
      editions: ['en', 'tr'],
      site: { standards: ['corrections-policy'] },
    });
    expect(page('/tr/corrections/')?.model).toEqual({ kind: 'corrections', locale: 'tr', entries: [], editions: ['en', 'tr'], site: { standards: ['masthead'] } });
  });
});

describe('sitemap.xml', () => {
  it('dates the corrected brief by its correction (not the later typo fix) and lists both corrections pages', async () => {
    const content = await siteContent();
    const pages = sitemapPages(content.articles.filter((a) => !a.draft).map(toSummary), content.topics, 2, content.authors);
    const lastmod = (p: string) => pages.find((page) => page.path === p)?.lastmod;
    expect(lastmod('/articles/corrected-brief/')).toBe('2026-11-14T00:00:00.000Z');
    expect(lastmod('/corrections/')).toBe('2026-11-14T00:00:00.000Z');
    expect(pages.find((page) => page.path === '/tr/corrections/')?.alternates?.map((a) => a.path)).toEqual(['/corrections/', '/tr/corrections/', '/corrections/']);
  });
});

describe('a translation behind its original', () => {
  it('has the original’s newest change it lacks in its page model; the original and an up-to-date translation have none', async () => {
    const entries = sitePages(await siteContent(), { drafts: false, pageSize: 2 });
    const model = (p: string) => entries.find((e) => e.path === p)?.model;
    expect(model('/tr/articles/corrected-brief/')).toMatchObject({
      kind: 'article',
      originalAhead: { locale: 'en', lang: 'en', slug: 'corrected-brief', date: '2026-11-14', type: 'correction' },
    });
    expect(model('/articles/corrected-brief/')).not.toHaveProperty('originalAhead');
    expect(model('/tr/articles/xai-openai-training/')).not.toHaveProperty('originalAhead');
  });

  it('is no longer behind once it records a change of its own on or after the original’s', async () => {
    const content = await siteContent();
    const caughtUp = content.articles.map((a) => (a.slug === 'corrected-brief' && a.locale === 'tr' ? { ...a, updates: [{ date: '2026-11-14', note: 'Düzeltme çevrildi.', type: 'correction' as const }, ...a.updates] } : a));
    const entries = sitePages({ ...content, articles: caughtUp }, { drafts: false, pageSize: 2 });
    expect(entries.find((e) => e.path === '/tr/articles/corrected-brief/')?.model).not.toHaveProperty('originalAhead');
  });

  it('gets a warning from check naming the original, its change and since when, never an error', async () => {
    const all = (await siteContent()).warnings.filter((w) => w.file.endsWith('corrected-brief.tr.md'));
    const warnings = all.filter((w) => w.field === 'translationOf').map(formatIssue);
    expect(warnings).toHaveLength(1);
    expect(all.every((w) => w.severity === 'warning')).toBe(true);
    expect(warnings[0]).toContain('behind its original');
    expect(warnings[0]).toContain('corrected-brief.md, which has a correction of 2026-11-14');
    expect(warnings[0]).toContain("after this translation's last change (2026-11-09)");
  });
});

describe('feeds', () => {
  const site: FeedSite = { name: 'Brief', description: 'News', locale: 'en', lang: 'en', origin: 'https://news.example' };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry'].includes(name) });
  const url = 'https://news.example/articles/corrected-brief/';
  const notice = '<p><strong>Correction, 14 November 2026:</strong> An earlier version gave the fine as 2 million euros; it is 20 million euros.</p><p><strong>Clarification, 12 November 2026:</strong> The fine covers three years of training data, not three models.</p>';

  const items = async () => (await siteContent()).articles.filter((a) => a.locale === 'en' && !a.draft).map(toSummary);

  it('RSS: the item opens with the notices, its guid is still the brief’s URL', async () => {
    const xml = rssFeed(await items(), site);
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = z.object({ rss: z.object({ channel: z.object({ item: z.array(z.object({ guid: z.object({ '#text': z.string() }), pubDate: z.string(), 'content:encoded': z.string() })) }) }) }).parse(parser.parse(xml));
    const item = rss.rss.channel.item.find((i) => i.guid['#text'] === url);
    expect(item?.['content:encoded'].startsWith(notice)).toBe(true);
    // RSS has no modified date: pubDate stays the publication.
    expect(item?.pubDate).toBe('Sun, 08 Nov 2026 00:00:00 GMT');
  });

  it('Atom: the entry opens with the notices, keeps its id, and is updated at the modified date', async () => {
    const xml = atomFeed(await items(), site);
    expect(XMLValidator.validate(xml)).toBe(true);
    const atom = z.object({ feed: z.object({ entry: z.array(z.object({ id: z.string(), updated: z.string(), content: z.object({ '#text': z.string() }) })) }) }).parse(parser.parse(xml));
    const entry = atom.feed.entry.find((e) => e.id === url);
    expect(entry?.updated).toBe('2026-11-14T00:00:00.000Z');
    expect(entry?.content['#text'].startsWith(notice)).toBe(true);
  });

  it('JSON Feed: the item opens with the notices, keeps its id, date_modified is the modified date', async () => {
    const feed = z.object({ items: z.array(z.object({ id: z.string(), content_html: z.string(), date_modified: z.string() })) }).parse(JSON.parse(jsonFeed(await items(), site)));
    const item = feed.items.find((i) => i.id === url);
    expect(item?.date_modified).toBe('2026-11-14T00:00:00.000Z');
    expect(item?.content_html.startsWith(notice)).toBe(true);
    const plain = feed.items.find((i) => i.id === 'https://news.example/articles/second-brief/');
    expect(plain?.content_html.startsWith('<p>This article exists')).toBe(true);
  });
});
