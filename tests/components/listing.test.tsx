// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ArticleCard } from '@/components/article-card';
import { FormattedDate } from '@/components/formatted-date';
import { SiteHeader } from '@/components/site-header';
import { TopicChip } from '@/components/topic-chip';
import { en } from '@/lib/edition/messages';
import { site } from '@/lib/site/config';
import { makeArticle, spokenText, topic } from './factory';
import { mirrorNextConfigEnv } from './next-config-env';

mirrorNextConfigEnv();
const originalTimeZone = process.env.TZ;
afterEach(() => {
  cleanup();
});

describe('ArticleCard', () => {
  const article = makeArticle({ date: '2026-11-28', readingTime: 5 });

  it('is an article whose level-2 heading links to the brief', () => {
    render(<ArticleCard locale="en" article={article} />);
    const card = screen.getByRole('article');
    const heading = within(card).getByRole('heading', { level: 2, name: article.title });
    const link = within(heading).getByRole('link', { name: article.title });
    expect(link.getAttribute('href')).toBe(`/articles/${article.slug}/`);
  });

  it('uses a level-3 heading when asked', () => {
    render(<ArticleCard locale="en" article={article} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: article.title })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('shows the dek', () => {
    render(<ArticleCard locale="en" article={article} />);
    expect(screen.getByText(article.description).tagName).toBe('P');
  });

  it('links the topic chip to the topic page', () => {
    render(<ArticleCard locale="en" article={article} />);
    const chip = screen.getByRole('link', { name: article.topic.name });
    expect(chip.getAttribute('href')).toBe(`/topics/${article.topic.id}/`);
  });

  it('shows the date in a <time dateTime> and the reading time', () => {
    const { container } = render(<ArticleCard locale="en" article={article} />);
    const time = container.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-11-28');
    expect(time?.textContent).toBe('28 November 2026');
    expect(time?.parentElement?.textContent).toBe(`28 November 2026 · ${article.readingTime} min read`);
  });

  it('has exactly two links: the topic and the brief', () => {
    render(<ArticleCard locale="en" article={article} />);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      `/topics/${article.topic.id}/`,
      `/articles/${article.slug}/`,
    ]);
  });

  it('marks drafts, and only drafts', () => {
    render(<ArticleCard locale="en" article={makeArticle({ draft: true })} />);
    expect(screen.getByText('Draft')).toBeTruthy();
    cleanup();
    render(<ArticleCard locale="en" article={makeArticle({ draft: false })} />);
    expect(screen.queryByText('Draft')).toBeNull();
  });
});

describe('TopicChip', () => {
  it('is a link to the topic page named by the topic', () => {
    render(<TopicChip locale="en" topic={topic} />);
    const link = screen.getByRole('link', { name: topic.name });
    expect(link.getAttribute('href')).toBe(`/topics/${topic.id}/`);
    expect(spokenText(link)).toBe(topic.name);
  });
});

describe('FormattedDate', () => {
  it('renders a date as <time dateTime> in long en-GB form', () => {
    const { container } = render(<FormattedDate locale="en" date="2026-11-28" />);
    const time = container.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-11-28');
    expect(time?.textContent).toBe('28 November 2026');
  });

  it.each([
    ['2026-11-28T00:00:00Z', '28 November 2026'],
    ['2026-11-28T00:00:01Z', '28 November 2026'],
    ['2026-11-28T23:59:59Z', '28 November 2026'],
    ['2026-11-28T23:30', '28 November 2026'],
    ['2026-12-31T23:59:59.999Z', '31 December 2026'],
    ['2027-01-01T00:00:00Z', '1 January 2027'],
  ])('does not shift the day of %s (UTC)', (date, text) => {
    const { container } = render(<FormattedDate locale="en" date={date} />);
    const time = container.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(date);
    expect(time?.textContent).toBe(text);
  });

  it('shows the UTC day of a date-time written with an offset', () => {
    const { container } = render(<FormattedDate locale="en" date="2026-11-29T00:30:00+01:00" />);
    expect(container.querySelector('time')?.textContent).toBe('28 November 2026');
  });

  describe.each(['Pacific/Kiritimati', 'America/Los_Angeles'])('on a machine whose time zone is %s', (zone) => {
    // A fresh copy of the module, so its formatter is also created under this time zone.
    let ZonedFormattedDate: typeof FormattedDate = FormattedDate;
    beforeAll(async () => {
      vi.stubEnv('TZ', zone);
      vi.resetModules();
      ZonedFormattedDate = (await import('@/components/formatted-date')).FormattedDate;
    });
    afterAll(() => {
      vi.stubEnv('TZ', originalTimeZone);
    });

    it('still reads zoneless date-times as UTC and formats in UTC', () => {
      expect(new Date(2026, 10, 28).getTimezoneOffset()).not.toBe(0);
      expect(ZonedFormattedDate).not.toBe(FormattedDate);
      const cases: ReadonlyArray<[string, string]> = [
        ['2026-11-28', '28 November 2026'],
        ['2026-11-28T23:30', '28 November 2026'],
        ['2026-11-28T00:15', '28 November 2026'],
      ];
      for (const [date, text] of cases) {
        const { container } = render(<ZonedFormattedDate date={date} locale="en" />);
        expect(container.querySelector('time')?.textContent).toBe(text);
        cleanup();
      }
    });
  });
});

describe('SiteHeader', () => {
  it('is the banner, with the wordmark linking home', () => {
    render(<SiteHeader locale="en" />);
    const banner = screen.getByRole('banner');
    const wordmark = within(banner).getByRole('link', { name: site.name });
    expect(wordmark.getAttribute('href')).toBe('/');
    expect(banner.textContent).toContain(en.tagline);
  });

  it('has a navigation named "Primary" linking to the latest briefs and the topics', () => {
    render(<SiteHeader locale="en" />);
    const nav = screen.getByRole('navigation', { name: 'Primary' });
    const links = within(nav).getAllByRole('link').filter((link) => !link.hasAttribute('hreflang'));
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Latest', '/'],
      ['Topics', '/topics/'],
      ['Search', '/search/'],
    ]);
  });

  it('offers the other edition, named in its own language', () => {
    render(<SiteHeader locale="en" />);
    const turkish = within(screen.getByRole('navigation', { name: 'Primary' })).getByRole('link', { name: 'Türkçe' });
    expect([turkish.getAttribute('href'), turkish.getAttribute('hreflang'), turkish.getAttribute('lang')]).toEqual(['/tr/', 'tr', 'tr']);
  });

  it('is all Turkish in the Turkish edition, with links inside /tr/ and back to English', () => {
    render(<SiteHeader locale="tr" />);
    const nav = screen.getByRole('navigation', { name: 'Ana menü' });
    const links = within(nav).getAllByRole('link').filter((link) => !link.hasAttribute('hreflang'));
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Güncel', '/tr/'],
      ['Konular', '/tr/topics/'],
      ['Ara', '/tr/search/'],
    ]);
    expect(within(nav).getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/');
    const form = screen.getByRole('search', { name: 'Yazılarda ara' });
    expect(form.getAttribute('action')).toBe('/tr/search/');
    expect(screen.getByText('Haberin özü, üç maddede.')).toBeTruthy();
  });

  it('has a search form that works without JavaScript: a GET to /search/ with a labelled field named q and "/" as its shortcut', () => {
    render(<SiteHeader locale="en" />);
    const form = screen.getByRole('search', { name: 'Search briefs' });
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.getAttribute('method') ?? 'get').toBe('get');
    const field = within(form).getByRole('searchbox', { name: 'Search briefs' });
    expect(field.getAttribute('name')).toBe('q');
    expect(field.getAttribute('aria-keyshortcuts')).toBe('/');
    expect(within(form).getByRole('button', { name: 'Search' }).getAttribute('type')).toBe('submit');
  });
});
