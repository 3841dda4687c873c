// @vitest-environment jsdom
/** Issue 23's labels on the built test site: type of work in both editions, a sponsor's disclosure, an opinion's roles, "How we reported this", author expertise, and their JSON-LD. */
import { describe, expect, it } from 'vitest';
import { readExport } from './helpers';

const ORIGIN = 'https://brief.example.com';
const doc = (file: string) => new DOMParser().parseFromString(readExport(file), 'text/html');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const jsonLd = (file: string): Record<string, unknown>[] =>
  [...doc(file).querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>);
const labelOf = (file: string) => text(doc(file).querySelector('main header [data-kind]'));

describe('the type-of-work label', () => {
  it('shows beside the topic of each brief, in its edition, and names the subtype in JSON-LD', () => {
    for (const [file, label, type] of [
      ['articles/xai-openai-training/index.html', 'Type of work: Explainer', ['NewsArticle', 'BackgroundNewsArticle']],
      ['tr/articles/xai-openai-training/index.html', 'Yazı türü: Açıklayıcı', ['NewsArticle', 'BackgroundNewsArticle']],
      ['articles/photo-brief/index.html', 'Type of work: Analysis', ['NewsArticle', 'AnalysisNewsArticle']],
      ['articles/second-brief/index.html', 'Type of work: Opinion', ['NewsArticle', 'OpinionNewsArticle']],
      ['articles/hostile-payloads/index.html', 'Type of work: Sponsored', ['Article', 'AdvertiserContentArticle']],
    ] as const) {
      expect(labelOf(file), file).toBe(label);
      expect(jsonLd(file)[0]?.['@type'], file).toEqual(type);
    }
  });

  it('shows on every card of the home pages, in their language', () => {
    const cards = (file: string) => [...doc(file).querySelectorAll('main article')].map((card) => [text(card.querySelector('h2, h3, h4')), text(card.querySelector('[data-kind]'))]);
    expect(cards('index.html')).toContainEqual(['A second brief, added by an editor', 'Type of work: Opinion']);
    expect(cards('tr/index.html').map(([, label]) => label)).toEqual(expect.arrayContaining(['Yazı türü: Açıklayıcı']));
    for (const [title, label] of [...cards('index.html'), ...cards('tr/index.html')]) expect(label, title).toMatch(/^(Type of work|Yazı türü): \S/);
  });
});

describe('a sponsored brief', () => {
  it('discloses its sponsor above the headline, as text, and names it in JSON-LD', () => {
    const page = doc('articles/hostile-payloads/index.html');
    const note = page.querySelector('main header [role="note"]');
    expect(text(note)).toBe('Sponsored by <img src=x onerror="window.__pwned=\'sponsor\'"> Acme & Co. The sponsor paid for this content; it is not part of our independent reporting.');
    expect(note?.querySelector('img')).toBeNull();
    expect(note?.compareDocumentPosition(page.querySelector('h1') as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(jsonLd('articles/hostile-payloads/index.html')[0]?.sponsor).toEqual({ '@type': 'Organization', name: '<img src=x onerror="window.__pwned=\'sponsor\'"> Acme & Co' });
  });
});

describe('an opinion with a backstory', () => {
  const file = 'articles/second-brief/index.html';

  it('shows each author’s role beside their name', () => {
    expect(text(doc(file).querySelector('main a[rel="author"]')?.closest('p'))).toBe('By Test Editor (Technology editor), Second Editor (Reporter)');
  });

  it('shows "How we reported this" before the sources, part by part', () => {
    const page = doc(file);
    const section = page.getElementById('backstory-heading')?.closest('section');
    expect(text(section?.querySelector('h2'))).toBe('How we reported this');
    expect([...(section?.querySelectorAll('dt, dd') ?? [])].map(text)).toEqual([
      'Methods', 'We read the committee\'s published transcript.',
      'Who we contacted', 'The committee\'s press office, which did not reply.',
      'What we could not verify', 'Whether the vote count was final.',
    ]);
    expect(section?.compareDocumentPosition(page.getElementById('sources-heading') as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('names every author with expertise in JSON-LD, the backstory, and the first author’s handle as twitter:creator', () => {
    const [article] = jsonLd(file);
    expect(article?.author).toEqual([
      {
        '@type': 'Person', name: 'Test Editor', url: `${ORIGIN}/authors/test-editor/`, jobTitle: 'Technology editor',
        knowsAbout: ['AI policy', 'Competition law'], knowsLanguage: ['en', 'tr', 'pt-BR'],
        sameAs: ['https://example.org/test-editor', 'https://social.example.org/@test-editor', 'https://x.com/testeditor'],
      },
      { '@type': 'Person', name: 'Second Editor', url: `${ORIGIN}/authors/second-editor/`, jobTitle: 'Reporter' },
    ]);
    expect(article?.backstory).toBe('Methods: We read the committee\'s published transcript.\n\nWho we contacted: The committee\'s press office, which did not reply.\n\nWhat we could not verify: Whether the vote count was final.');
    expect(doc(file).querySelector('meta[name="twitter:creator"]')?.getAttribute('content')).toBe('@testeditor');
    expect(doc('articles/photo-brief/index.html').querySelector('meta[name="twitter:creator"]')).toBeNull();
  });
});

describe('an author’s page', () => {
  it('shows expertise, languages by name and profile links with rel="me"; its JSON-LD is a ProfilePage of them', () => {
    const page = doc('authors/test-editor/index.html');
    expect([...page.querySelectorAll('main header ul[aria-labelledby="expertise-label"] li')].map(text)).toEqual(['AI policy', 'Competition law']);
    expect([...page.querySelectorAll('main header p')].map(text)).toContain('Languages: English, Turkish, Brazilian Portuguese');
    expect([...page.querySelectorAll('main header nav a')].map((a) => [text(a), a.getAttribute('rel')])).toEqual([
      ['Website', 'me'], ['Mastodon', 'me'], ['@testeditor', 'me'],
    ]);
    expect(jsonLd('authors/test-editor/index.html')).toContainEqual(expect.objectContaining({
      '@type': 'ProfilePage',
      mainEntity: expect.objectContaining({ '@type': 'Person', name: 'Test Editor', jobTitle: 'Technology editor', knowsAbout: ['AI policy', 'Competition law'] }),
    }));
  });
});
