// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteFooter } from '@/components/site-footer';

afterEach(cleanup);

/** Each link of the footer's navigation as [text, href, type]. */
function footerLinks(name: string): (string | null)[][] {
  const nav = within(screen.getByRole('contentinfo')).getByRole('navigation', { name });
  return within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('type')]);
}

describe('SiteFooter', () => {
  it('links the English edition’s indexes, its corrections page and its RSS, Atom and JSON feeds, in English', () => {
    render(<SiteFooter locale="en" />);
    expect(footerLinks('Follow and browse')).toEqual([
      ['Topics', '/topics/', null],
      ['All tags', '/tags/', null],
      ['Corrections', '/corrections/', null],
      ['RSS feed', '/feed.xml', 'application/rss+xml'],
      ['Atom feed', '/atom.xml', 'application/atom+xml'],
      ['JSON feed', '/feed.json', 'application/feed+json'],
    ]);
  });

  it('links the Turkish edition’s own indexes, corrections page and feeds, in Turkish', () => {
    render(<SiteFooter locale="tr" />);
    expect(footerLinks('Takip et ve göz at')).toEqual([
      ['Konular', '/tr/topics/', null],
      ['Tüm etiketler', '/tr/tags/', null],
      ['Düzeltmeler', '/tr/corrections/', null],
      ['RSS beslemesi', '/tr/feed.xml', 'application/rss+xml'],
      ['Atom beslemesi', '/tr/atom.xml', 'application/atom+xml'],
      ['JSON beslemesi', '/tr/feed.json', 'application/feed+json'],
    ]);
  });

  it('still carries the edition’s line about the site', () => {
    render(<SiteFooter locale="tr" />);
    expect(screen.getByRole('contentinfo').textContent).toContain('Brief haberleri üç maddede açıklar.');
  });
});
