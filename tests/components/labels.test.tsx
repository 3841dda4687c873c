// @vitest-environment jsdom
/** Issue 23's labels on the page: type of work, a sponsor's disclosure, an opinion's roles, "How we reported this", an author's expertise. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleCard } from '@/components/article-card';
import { ArticleHeader } from '@/components/article-header';
import { AuthorHeading } from '@/components/author-heading';
import { FeaturedBrief } from '@/components/featured-brief';
import { BriefPreviewView } from '@/lib/cms/preview/view';
import type { Author, Byline } from '@/lib/content/schema';
import { toCard, toFeatured } from '@/lib/pages/models';
import { makeArticle, spokenText } from './factory';
import { mirrorNextConfigEnv } from './next-config-env';

mirrorNextConfigEnv();
afterEach(() => {
  cleanup();
});

const turkish = { locale: 'tr', lang: 'tr' } as const;
const jane: Byline = { name: 'Jane Doe', id: 'jane-doe', type: 'person', role: 'Technology correspondent' };

describe('the type-of-work label', () => {
  it('sits beside the topic on the brief, as words read as "Type of work: …", in each edition', () => {
    render(<ArticleHeader article={makeArticle({ kind: 'analysis' })} versions={[]} locale="en" />);
    // getByText finds the element whose own text is the word: the label, whose hidden first words name what it is.
    const label = screen.getByText('Analysis');
    expect(label.textContent).toBe('Type of work: Analysis');
    expect(spokenText(screen.getByRole('banner'))).toMatch(/^Energy & Climate\s*Type of work: Analysis/);
    cleanup();
    render(<ArticleHeader article={makeArticle({ kind: 'opinion', ...turkish })} versions={[]} locale="tr" />);
    expect(screen.getByText('Görüş').textContent).toBe('Yazı türü: Görüş');
  });

  it('defaults to Explainer / Açıklayıcı, and every kind has its word in both editions', () => {
    const words = { explainer: ['Explainer', 'Açıklayıcı'], news: ['News', 'Haber'], analysis: ['Analysis', 'Analiz'], opinion: ['Opinion', 'Görüş'], sponsored: ['Sponsored', 'Sponsorlu'] } as const;
    for (const [kind, [english, turkishWord]] of Object.entries(words)) {
      const parsed = kind === 'explainer' || kind === 'news' || kind === 'analysis' || kind === 'opinion' || kind === 'sponsored' ? kind : 'explainer';
      render(<ArticleCard article={toCard(makeArticle({ kind: parsed }))} locale="en" />);
      expect(within(screen.getByRole('article')).getByText(english)).toBeTruthy();
      cleanup();
      render(<ArticleCard article={toCard(makeArticle({ kind: parsed, ...turkish }))} locale="tr" />);
      expect(within(screen.getByRole('article')).getByText(turkishWord)).toBeTruthy();
      cleanup();
    }
  });

  it('shows on the featured brief', () => {
    render(<FeaturedBrief article={toFeatured(makeArticle({ kind: 'news' }))} locale="en" />);
    expect(within(screen.getByRole('article')).getByText('News')).toBeTruthy();
  });
});

describe('a sponsored brief', () => {
  const sponsored = makeArticle({ kind: 'sponsored', sponsor: 'Acme <b>Energy</b>' });

  it('discloses its sponsor at the top, as text, in each edition; its card says Sponsored', () => {
    render(<ArticleHeader article={sponsored} versions={[]} locale="en" />);
    const note = screen.getByRole('note');
    expect(note.textContent).toBe('Sponsored by Acme <b>Energy</b>. The sponsor paid for this content; it is not part of our independent reporting.');
    expect(note.querySelector('b')).toBeNull();
    // Before the headline.
    expect(note.compareDocumentPosition(screen.getByRole('heading', { level: 1 })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    cleanup();
    render(<ArticleHeader article={{ ...sponsored, ...turkish }} versions={[]} locale="tr" />);
    expect(screen.getByRole('note').textContent).toBe('Bu içeriğin sponsoru: Acme <b>Energy</b>. Bu içerik için sponsor ödeme yaptı; bağımsız habercilik çalışmalarımızın bir parçası değildir.');
    cleanup();
    render(<ArticleCard article={toCard(sponsored)} locale="en" />);
    expect(within(screen.getByRole('article')).getByText('Sponsored')).toBeTruthy();
    cleanup();
    // No other kind has a disclosure.
    render(<ArticleHeader article={makeArticle({ kind: 'news' })} versions={[]} locale="en" />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('an opinion’s byline', () => {
  it('shows each author’s role beside their name (other kinds do not); an untranslated role in Turkish is marked English', () => {
    const authors: Byline[] = [jane, { name: 'Bo Reporter', type: 'person' }];
    render(<ArticleHeader article={makeArticle({ kind: 'opinion', authors })} versions={[]} locale="en" />);
    expect(screen.getByText(/^By/).textContent).toBe('By Jane Doe (Technology correspondent), Bo Reporter');
    cleanup();
    render(<ArticleHeader article={makeArticle({ kind: 'opinion', authors: [{ ...jane, roleLang: 'en' }], ...turkish })} versions={[]} locale="tr" />);
    expect(screen.getByText(/^Yazan:/).textContent).toBe('Yazan: Jane Doe (Technology correspondent)');
    expect(screen.getByText('Technology correspondent').getAttribute('lang')).toBe('en');
    cleanup();
    // Other kinds show names only.
    render(<ArticleHeader article={makeArticle({ kind: 'analysis', authors: [jane] })} versions={[]} locale="en" />);
    expect(screen.getByText(/^By/).textContent).toBe('By Jane Doe');
  });
});

describe('How we reported this', () => {
  const backstory = { methods: 'We read the <script>filing</script>.', unverified: 'Whether the count was final.' };

  it('comes before the sources, each part written labelled, as text, in each edition; nothing without one', () => {
    render(<BriefPreviewView article={makeArticle({ backstory })} html="<p>Body.</p>" sections={[]} />);
    const section = screen.getByRole('region', { name: 'How we reported this' });
    expect([...section.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Methods', 'What we could not verify']);
    expect([...section.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['We read the <script>filing</script>.', 'Whether the count was final.']);
    expect(section.querySelector('script')).toBeNull();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(section.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    cleanup();
    render(<BriefPreviewView article={makeArticle({ backstory: { contacted: 'The ministry.' }, ...turkish })} html="<p>Gövde.</p>" sections={[]} />);
    const turkishSection = screen.getByRole('region', { name: 'Bu haberi nasıl hazırladık' });
    expect(turkishSection.querySelector('dt')?.textContent).toBe('Kimlerle iletişime geçtik');
    cleanup();
    // Nothing without a backstory.
    render(<BriefPreviewView article={makeArticle()} html="<p>Body.</p>" sections={[]} />);
    expect(screen.queryByRole('region', { name: 'How we reported this' })).toBeNull();
  });
});

describe('an author’s page', () => {
  const author: Author = {
    id: 'jane-doe', name: 'Jane Doe', type: 'person', role: 'Technology correspondent', bio: 'Writes about chips.',
    links: [{ label: 'Mastodon', url: 'https://social.example.org/@jane' }], url: 'https://example.org/jane',
    expertise: ['Semiconductors', 'Export controls'], languages: ['en', 'tr'], twitter: '@janedoe',
  };

  it('shows expertise, languages by name and profile links with rel="me", in each edition', () => {
    render(<AuthorHeading author={author} count={2} locale="en" />);
    expect(within(screen.getByRole('list', { name: 'Expertise' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Semiconductors', 'Export controls']);
    expect(screen.getByText(/^Languages:/).closest('p')?.textContent).toBe('Languages: English, Turkish');
    const links = within(screen.getByRole('navigation', { name: 'Links' })).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['Website', 'https://example.org/jane', 'me'],
      ['Mastodon', 'https://social.example.org/@jane', 'me'],
      ['@janedoe', 'https://x.com/janedoe', 'me'],
    ]);
    cleanup();
    render(<AuthorHeading author={author} count={2} locale="tr" />);
    expect(screen.getByRole('list', { name: 'Uzmanlık alanları' }).getAttribute('lang')).toBe('en');
    expect(screen.getByText(/^Diller:/).closest('p')?.textContent).toBe('Diller: İngilizce, Türkçe');
  });
});
