// @vitest-environment jsdom
/**
 * Standards pages in the test export (content/pages/, plus tests/fixtures/site/pages/ over it): built in
 * both editions, linked from every page's footer, sanitised, in the sitemap, and named by the
 * NewsMediaOrganization of the home pages and standards pages, which every brief's publisher points to.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { isReaderPage, listFiles, exportDir, readExport } from './helpers';

const doc = (file: string) => new DOMParser().parseFromString(readExport(file), 'text/html');
const names = ['about', 'ethics', 'corrections-policy', 'masthead', 'contact'];
const origin = 'https://brief.example.com';

/** The JSON-LD blocks of a page, parsed. */
const jsonLd = (file: string): Record<string, unknown>[] =>
  [...doc(file).querySelectorAll('script[type="application/ld+json"]')].map((s) => {
    const value: unknown = JSON.parse(s.textContent ?? '');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: a JSON-LD block that is not an object`);
    return Object.fromEntries(Object.entries(value));
  });

const organizationOf = (file: string) => jsonLd(file).find((block) => block['@type'] === 'NewsMediaOrganization');

/** The links of the footer's standards navigation as [text, href]. */
const footerLinks = (file: string) =>
  [...doc(file).querySelectorAll('footer nav')].filter((nav) => ['About Brief', 'Brief hakkında'].includes(nav.getAttribute('aria-label') ?? '')).flatMap((nav) => [...nav.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]));

describe('the standards pages', () => {
  it('are built in both editions under /about/, each with its title, dek and text', () => {
    for (const prefix of ['', 'tr/']) {
      for (const name of names) {
        const file = `${prefix}about/${name === 'about' ? '' : `${name}/`}index.html`;
        const page = doc(file);
        expect(page.querySelector('h1')?.textContent, file).toBeTruthy();
        expect(page.documentElement.lang).toBe(prefix ? 'tr' : 'en');
      }
    }
    const policy = doc('about/corrections-policy/index.html');
    expect(policy.querySelector('h1')?.textContent).toBe('How the test newsroom corrects');
    expect(policy.querySelector('main header')?.textContent).toContain('Last updated: 1 December 2026');
    expect(policy.querySelector('main h2')?.textContent).toBe('What we correct');
    expect(doc('tr/about/masthead/index.html').querySelector('h1')?.textContent).toBe('Test yayınının künyesi');
    // The examples of content/pages/ say plainly that they are examples.
    expect(doc('about/ethics/index.html').querySelector('main')?.textContent).toContain('This is an example page');
    expect(doc('tr/about/ethics/index.html').querySelector('main')?.textContent).toContain('Bu bir örnek sayfadır');
  });

  it('run nothing an editor wrote: no script, no javascript: link', () => {
    const html = readExport('about/corrections-policy/index.html');
    expect(html).not.toContain('pagesScriptRan');
    expect(html).not.toContain('javascript:');
  });

  it('list the others on About, and are linked from the footer of every page of their edition', () => {
    const about = doc('about/index.html');
    expect([...about.querySelectorAll('main section a')].map((a) => a.getAttribute('href'))).toEqual(names.slice(1).map((n) => `/about/${n}/`));
    const english = [['About', '/about/'], ['Ethics and standards', '/about/ethics/'], ['Corrections policy', '/about/corrections-policy/'], ['Masthead', '/about/masthead/'], ['Contact', '/about/contact/']];
    const turkish = [['Hakkımızda', '/tr/about/'], ['Etik ve yayın ilkeleri', '/tr/about/ethics/'], ['Düzeltme politikası', '/tr/about/corrections-policy/'], ['Künye', '/tr/about/masthead/'], ['İletişim', '/tr/about/contact/']];
    const pages = listFiles(exportDir()).filter(isReaderPage);
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) expect(footerLinks(file), file).toEqual(file.startsWith('tr/') ? turkish : english);
  });

  it('are in the sitemap with their language versions', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'url' || name === 'xhtml:link' });
    const sitemap = sitemapUrls(parser.parse(readExport('sitemap.xml')));
    const about = sitemap.find((u) => u.loc === `${origin}/about/corrections-policy/`);
    expect(about?.lastmod).toBe('2026-12-01T00:00:00.000Z');
    expect(about?.links).toEqual([`tr ${origin}/tr/about/corrections-policy/`, `en ${origin}/about/corrections-policy/`, `x-default ${origin}/about/corrections-policy/`].sort());
    for (const name of names) expect(sitemap.some((u) => u.loc === `${origin}/tr/about/${name === 'about' ? '' : `${name}/`}`), name).toBe(true);
  });
});

const sitemapSchema = z.object({
  urlset: z.object({
    url: z.array(z.object({ loc: z.string(), lastmod: z.string().optional(), 'xhtml:link': z.array(z.object({ '@hreflang': z.string(), '@href': z.string() })).optional() })),
  }),
});

/** The sitemap's URLs as `{ loc, lastmod, links }` (links: `hreflang href`, sorted). */
function sitemapUrls(parsed: unknown): { loc: string; lastmod?: string; links: string[] }[] {
  return sitemapSchema.parse(parsed).urlset.url.map((u) => ({ loc: u.loc, ...(u.lastmod ? { lastmod: u.lastmod } : {}), links: (u['xhtml:link'] ?? []).map((l) => `${l['@hreflang']} ${l['@href']}`).sort() }));
}

describe('the news organisation in JSON-LD', () => {
  const policies = (path: string) => ({
    publishingPrinciples: `${origin}${path}ethics/`,
    ethicsPolicy: `${origin}${path}ethics/`,
    correctionsPolicy: `${origin}${path}corrections-policy/`,
    masthead: `${origin}${path}masthead/`,
    actionableFeedbackPolicy: `${origin}${path}contact/`,
  });

  it('is on each edition’s home page and standards pages, naming that edition’s policies', () => {
    for (const [file, path] of [['index.html', '/about/'], ['about/ethics/index.html', '/about/'], ['tr/index.html', '/tr/about/'], ['tr/about/index.html', '/tr/about/']] as const) {
      expect(organizationOf(file), file).toEqual({
        '@context': 'https://schema.org',
        '@type': 'NewsMediaOrganization',
        '@id': `${origin}/#organization`,
        name: 'Brief',
        url: `${origin}/`,
        logo: { '@type': 'ImageObject', url: `${origin}/icon.svg` },
        ...policies(path),
      });
    }
    expect(organizationOf('page/2/index.html')).toBeUndefined();
  });

  it('is the publisher of every brief, by its @id', () => {
    for (const file of ['articles/xai-openai-training/index.html', 'tr/articles/xai-openai-training/index.html']) {
      const article = jsonLd(file).find((block) => [block['@type']].flat().includes('NewsArticle'));
      expect(article?.publisher, file).toEqual({ '@type': 'NewsMediaOrganization', '@id': `${origin}/#organization`, name: 'Brief', logo: { '@type': 'ImageObject', url: `${origin}/icon.svg` } });
    }
  });
});
