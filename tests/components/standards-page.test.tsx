// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteFooter } from '@/components/site-footer';
import { StandardsPage } from '@/components/standards-page';
import type { ModelOf } from '@/lib/pages/site-pages';

afterEach(cleanup);

/** Each link of a navigation of the footer as [text, href]. */
function navLinks(name: string): (string | null)[][] {
  const nav = within(screen.getByRole('contentinfo')).getByRole('navigation', { name });
  return within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

const ethics: ModelOf<'standards'> = {
  kind: 'standards',
  locale: 'en',
  name: 'ethics',
  page: { title: 'Our ethics', description: 'How we work.', updated: '2026-11-30', html: '<h2 id="user-content-accuracy">Accuracy</h2><p>We check.</p>' },
  others: [],
  editions: ['en'],
  site: { standards: ['ethics'] },
};

describe('the footer’s standards pages', () => {
  it('links About first, then the edition’s standards pages that exist, in the edition’s words', () => {
    render(<SiteFooter locale="en" standards={['about', 'ethics', 'corrections-policy', 'masthead', 'contact']} />);
    expect(navLinks('About Brief')).toEqual([
      ['About', '/about/'],
      ['Ethics and standards', '/about/ethics/'],
      ['Corrections policy', '/about/corrections-policy/'],
      ['Masthead', '/about/masthead/'],
      ['Contact', '/about/contact/'],
    ]);
    // The links it always had are still there.
    expect(navLinks('Follow and browse').map(([text]) => text)).toEqual(['Topics', 'All tags', 'Corrections', 'RSS feed', 'Atom feed', 'JSON feed']);
  });

  it('links About (the list of the others) even without an about.md, in Turkish under /tr/', () => {
    render(<SiteFooter locale="tr" standards={['corrections-policy', 'contact']} />);
    expect(navLinks('Brief hakkında')).toEqual([
      ['Hakkımızda', '/tr/about/'],
      ['Düzeltme politikası', '/tr/about/corrections-policy/'],
      ['İletişim', '/tr/about/contact/'],
    ]);
  });

  it('has no standards navigation in an edition without standards pages', () => {
    render(<SiteFooter locale="en" standards={[]} />);
    expect(within(screen.getByRole('contentinfo')).getAllByRole('navigation').map((n) => n.getAttribute('aria-label'))).toEqual(['Follow and browse']);
  });
});

describe('StandardsPage', () => {
  it('shows the page’s title, dek, last change and text', () => {
    render(<StandardsPage model={ethics} locale="en" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Our ethics');
    expect(screen.getByText('How we work.')).toBeTruthy();
    expect(screen.getByText(/Last updated/).textContent).toBe('Last updated: 30 November 2026');
    expect(screen.getByRole('heading', { level: 2, name: 'Accuracy' })).toBeTruthy();
  });

  it('is, at /tr/about/ without an about.md, the list of the edition’s standards pages, in Turkish', () => {
    const index: ModelOf<'standards'> = {
      kind: 'standards',
      locale: 'tr',
      name: 'about',
      others: [{ name: 'ethics', title: 'Etik ilkelerimiz', description: 'Nasıl çalışıyoruz.' }],
      editions: ['tr'],
      site: { standards: ['ethics'] },
    };
    render(<StandardsPage model={index} locale="tr" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Brief hakkında');
    const list = screen.getByRole('region', { name: 'Brief hakkında daha fazlası' });
    expect(within(list).getByRole('link', { name: 'Etik ilkelerimiz' }).getAttribute('href')).toBe('/tr/about/ethics/');
    expect(within(list).getByText('Nasıl çalışıyoruz.')).toBeTruthy();
    expect(screen.queryByText(/Son güncelleme/)).toBeNull();
  });
});
