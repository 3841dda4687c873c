/**
 * Standards pages (lib/content/pages.ts): the loader's checks (each error names the file, the field and
 * what was expected), the page models (every model carries its edition's list; About without about.md),
 * the organisation's JSON-LD and the sitemap. Content folders in tests/fixtures/standards/.
 */
import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '@/lib/content/error';
import { loadContent } from '@/lib/content/loader';
import { checkPage, pageOfFile } from '@/lib/content/pages';
import { CMS_FORMAT, cmsConfig } from '@/lib/cms/config';
import { sitePages, type PageEntry } from '@/lib/pages/site-pages';
import { publisher } from '@/lib/syndication/identity';
import { newsMediaOrganization } from '@/lib/syndication/organization';
import { standardsSitemapPages } from '@/lib/syndication/sitemaps';
import { newsArticle } from '@/lib/syndication/structured-data';
import { makeArticle } from '../components/factory';

const fixture = (name: string) => `tests/fixtures/standards/${name}`;

/** The problems of a folder that must fail to load, as `npm run check` prints them. */
async function problemsOf(name: string): Promise<string[]> {
  const error = await loadContent(fixture(name)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  return error instanceof ContentError ? error.issues.map(formatIssue) : [];
}

const modelAt = (entries: readonly PageEntry[], path: string) => entries.find((e) => e.path === path)?.model;

describe('the standards pages loader', () => {
  it('reads every page of pages/ in both editions, in reading order, skipping hidden files', async () => {
    const { pages } = await loadContent(fixture('valid'));
    expect(pages.map((p) => [p.locale, p.name, p.title])).toEqual([
      ['en', 'about', 'About the fixture newsroom'],
      ['en', 'ethics', 'Our ethics'],
      ['en', 'contact', 'Contact us'],
      ['tr', 'ethics', 'Etik ilkelerimiz'],
    ]);
    const ethics = pages.find((p) => p.name === 'ethics' && p.locale === 'en');
    expect(ethics).toMatchObject({ description: "The fixture's ethics policy.", updated: '2026-11-30', file: 'tests/fixtures/standards/valid/pages/ethics.md' });
    expect(ethics?.html).toMatch(/<h2 id="user-content-accuracy">/);
  });

  it('refuses a file of another name, listing the five names it accepts', async () => {
    const [problem, ...rest] = await problemsOf('unknown-name');
    expect(rest).toEqual([]);
    expect(problem).toBe(
      'tests/fixtures/standards/unknown-name/pages/privacy.md: file: expected one of the standards pages about.md, ethics.md, corrections-policy.md, masthead.md, contact.md (or <name>.tr.md for the Türkçe edition), found a file of another name: rename it, or move it out of pages/',
    );
  });

  it('names the file, the field and the expectation for a page without a title', async () => {
    expect(await problemsOf('missing-title')).toEqual(['tests/fixtures/standards/missing-title/pages/masthead.md:2:1: title: is required: expected a string of 1–160 characters']);
  });

  it('gives file:line for bad YAML, in a Turkish page too', async () => {
    const problems = await problemsOf('bad-yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^tests\/fixtures\/standards\/bad-yaml\/pages\/corrections-policy\.tr\.md:2:\d+: front matter: invalid YAML: Missing closing "quote/);
  });

  it('refuses keys a page does not have (a Turkish page is matched by its name, not by translationOf), and a default-language suffix', async () => {
    const source = '---\ntitle: Etik\ndescription: Bir sayfa.\ntranslationOf: ethics\n---\n\nMetin.\n';
    const result = await checkPage(source, 'ethics.tr.md', 'content/pages/ethics.tr.md');
    expect(result.issues.map(formatIssue)).toEqual(['content/pages/ethics.tr.md:4:1: translationOf: unknown key; expected one of title, description, updated']);
    const english = await checkPage(source, 'ethics.en.md', 'content/pages/ethics.en.md');
    expect(english.issues.map((i) => i.field)).toEqual(['file']);
  });

  it('sanitises a page’s body with the briefs’ pipeline: no script, no event handler, no javascript: link', async () => {
    const { pages } = await loadContent(fixture('hostile'));
    const html = pages[0]?.html ?? '';
    expect(html).toContain('a link');
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
  });

  it('in next dev, leaves a bad page out and lists its problem among the site’s', async () => {
    const content = await loadContent(fixture('unknown-name'), { lenient: true });
    expect(content.pages.map((p) => p.name)).toEqual(['about']);
    expect(content.problems?.site.map((i) => i.file)).toEqual(['tests/fixtures/standards/unknown-name/pages/privacy.md']);
  });
});

describe('the standards pages’ models', () => {
  it('puts each page at /about/<name>/ in its edition, with its language versions, and About with the others listed', async () => {
    const entries = sitePages(await loadContent(fixture('valid')), { drafts: false, pageSize: 10 });
    const about = entries.filter((e) => e.route === 'about').map((e) => e.path);
    expect(about).toEqual(['/about/', '/about/ethics/', '/about/contact/', '/tr/about/', '/tr/about/ethics/']);
    expect(modelAt(entries, '/about/ethics/')).toMatchObject({ kind: 'standards', name: 'ethics', page: { title: 'Our ethics', updated: '2026-11-30' }, others: [], editions: ['en', 'tr'] });
    expect(modelAt(entries, '/about/')).toMatchObject({
      name: 'about',
      page: { title: 'About the fixture newsroom' },
      others: [
        { name: 'ethics', title: 'Our ethics', description: "The fixture's ethics policy." },
        { name: 'contact', title: 'Contact us', description: 'How to reach the fixture newsroom.' },
      ],
    });
  });

  it('makes /about/ the list of the others when an edition has no about.md', async () => {
    const entries = sitePages(await loadContent(fixture('valid')), { drafts: false, pageSize: 10 });
    const turkish = modelAt(entries, '/tr/about/');
    expect(turkish).toMatchObject({ kind: 'standards', name: 'about', others: [{ name: 'ethics', title: 'Etik ilkelerimiz' }] });
    expect(turkish && 'page' in turkish ? turkish.page : undefined).toBeUndefined();
    const none = sitePages(await loadContent(fixture('no-about')), { drafts: false, pageSize: 10 });
    expect(modelAt(none, '/about/')).toMatchObject({ others: [{ name: 'ethics' }, { name: 'contact' }] });
    expect(none.some((e) => e.path.startsWith('/tr/about/'))).toBe(false);
  });

  it('gives every model of an edition the list of its standards pages, which the footer shows', async () => {
    const entries = sitePages(await loadContent(fixture('valid')), { drafts: false, pageSize: 10 });
    const lists = (locale: string) => new Set(entries.filter((e) => e.locale === locale).map((e) => JSON.stringify(e.model.site)));
    expect([...lists('en')]).toEqual([JSON.stringify({ standards: ['about', 'ethics', 'contact'] })]);
    expect([...lists('tr')]).toEqual([JSON.stringify({ standards: ['ethics'] })]);
    expect(entries.filter((e) => e.locale === 'en').map((e) => e.route)).toEqual(expect.arrayContaining(['home', 'topics', 'search', 'about']));
  });
});

describe('the organisation in JSON-LD', () => {
  const parsed = (data: object): Record<string, unknown> => JSON.parse(JSON.stringify(data));

  it('names exactly the policies whose pages the edition has, at that edition’s URLs', () => {
    const en = parsed(newsMediaOrganization(publisher, 'en', ['about', 'ethics', 'contact']));
    expect(en).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsMediaOrganization',
      '@id': `${publisher.origin}/#organization`,
      name: 'Brief',
      url: `${publisher.origin}/`,
      logo: { '@type': 'ImageObject', url: `${publisher.origin}/icon.svg` },
      publishingPrinciples: `${publisher.origin}/about/ethics/`,
      ethicsPolicy: `${publisher.origin}/about/ethics/`,
      actionableFeedbackPolicy: `${publisher.origin}/about/contact/`,
    });
    const tr = parsed(newsMediaOrganization(publisher, 'tr', ['corrections-policy', 'masthead']));
    expect(Object.keys(tr).filter((k) => /Policy|Principles|masthead/.test(k))).toEqual(['correctionsPolicy', 'masthead']);
    expect(tr.correctionsPolicy).toBe(`${publisher.origin}/tr/about/corrections-policy/`);
    expect(tr.masthead).toBe(`${publisher.origin}/tr/about/masthead/`);
  });

  it('is every brief’s publisher, by its @id', () => {
    const article = parsed(newsArticle(makeArticle({ slug: 'x' }), publisher, '/og/x.png'));
    expect(article.publisher).toEqual({ '@type': 'NewsMediaOrganization', '@id': `${publisher.origin}/#organization`, name: 'Brief', logo: { '@type': 'ImageObject', url: `${publisher.origin}/icon.svg` } });
  });
});

describe('the standards pages in the sitemap', () => {
  it('lists each page with its date and its language versions, and /about/ for every edition with a page', async () => {
    const { pages } = await loadContent(fixture('valid'));
    expect(standardsSitemapPages(pages)).toEqual([
      { path: '/about/', alternates: [{ hreflang: 'en', path: '/about/' }, { hreflang: 'tr', path: '/tr/about/' }, { hreflang: 'x-default', path: '/about/' }] },
      { path: '/about/ethics/', lastmod: '2026-11-30T00:00:00.000Z', alternates: [{ hreflang: 'en', path: '/about/ethics/' }, { hreflang: 'tr', path: '/tr/about/ethics/' }, { hreflang: 'x-default', path: '/about/ethics/' }] },
      { path: '/about/contact/' },
      { path: '/tr/about/', alternates: [{ hreflang: 'en', path: '/about/' }, { hreflang: 'tr', path: '/tr/about/' }, { hreflang: 'x-default', path: '/about/' }] },
      { path: '/tr/about/ethics/', alternates: [{ hreflang: 'en', path: '/about/ethics/' }, { hreflang: 'tr', path: '/tr/about/ethics/' }, { hreflang: 'x-default', path: '/about/ethics/' }] },
    ]);
  });
});

describe('the CMS’s Standards pages collection', () => {
  it('offers exactly the files pages/ accepts, in both languages, each with a title, a dek, a date and a text', () => {
    const config = cmsConfig({ contentFolder: 'content', topics: [], authors: undefined, siteUrl: 'https://brief.example.com', branch: 'main' });
    const standards = config.collections.find((c) => c.name === 'standards');
    const files = standards && 'files' in standards ? standards.files : [];
    const names = ['about', 'ethics', 'corrections-policy', 'masthead', 'contact'];
    expect(files.map((f) => f.file)).toEqual([...names.map((n) => `content/pages/${n}.md`), ...names.map((n) => `content/pages/${n}.tr.md`)]);
    expect(files.every((f) => pageOfFile(f.file.split('/').pop() ?? '') !== undefined)).toBe(true);
    expect(files.map((f) => f.label).slice(0, 2)).toEqual(['About (English)', 'Ethics and standards (English)']);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    const fields = files[0]?.fields ?? [];
    expect(fields.map((f) => [f.name, f.widget, f.required])).toEqual([['title', 'string', undefined], ['description', 'text', undefined], ['updated', 'datetime', false], ['body', 'markdown', undefined]]);
    expect(fields[0]?.pattern?.[0]).toBe('^[\\s\\S]{0,160}$');
    expect(standards?.format).toBe(CMS_FORMAT);
  });
});
