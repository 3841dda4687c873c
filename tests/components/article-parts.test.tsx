// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article-body';
import { ArticleMeta } from '@/components/article-meta';
import { SourcesList } from '@/components/sources-list';
import { SummaryBox } from '@/components/summary-box';
import { TableOfContents } from '@/components/table-of-contents';
import { WhyItMatters } from '@/components/why-it-matters';
import type { Article } from '@/lib/content/article';
import { makeArticle, spokenText } from './factory';
import { mirrorNextConfigEnv } from './next-config-env';

mirrorNextConfigEnv();
afterEach(() => {
  cleanup();
});

describe('SummaryBox', () => {
  const { summary } = makeArticle();

  it('is a region named "3-Point Summary"', () => {
    render(<SummaryBox locale="en" summary={summary} />);
    const region = screen.getByRole('region', { name: '3-Point Summary' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('3-Point Summary');
  });

  it('lists exactly the three points, in order, in an ordered list', () => {
    render(<SummaryBox locale="en" summary={summary} />);
    const region = screen.getByRole('region', { name: '3-Point Summary' });
    const list = within(region).getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.map(spokenText)).toEqual([...summary]);
  });

  it('hides the decorative number badges from assistive technology (the <ol> numbers the points)', () => {
    render(<SummaryBox locale="en" summary={summary} />);
    const items = screen.getAllByRole('listitem');
    items.forEach((item, index) => {
      const badge = item.querySelector('[aria-hidden="true"]');
      expect(badge?.textContent).toBe(String(index + 1));
    });
  });
});

describe('WhyItMatters', () => {
  const article = makeArticle({ readingTime: 7 });

  it('is a region named "Why it matters" (core content, not a side landmark)', () => {
    render(<WhyItMatters locale="en" article={article} />);
    const aside = screen.getByRole('region', { name: 'Why it matters' });
    expect(aside.tagName).toBe('SECTION');
  });

  it("lists the editor's points first, then the topic, relevance and reading-time signals", () => {
    render(<WhyItMatters locale="en" article={article} />);
    const aside = screen.getByRole('region', { name: 'Why it matters' });
    const items = within(aside).getAllByRole('listitem').map(spokenText);
    expect(items).toEqual([
      ...article.whyItMatters,
      `Directly affects the ${article.topic.name} topic cluster.`,
      'Relevant for long-term AI monitoring.',
      `A ${article.readingTime}-minute read for a quick, decision-ready brief.`,
    ]);
  });

  it('links the topic signal to the topic page, naming the topic', () => {
    render(<WhyItMatters locale="en" article={article} />);
    const aside = screen.getByRole('region', { name: 'Why it matters' });
    const links = within(aside).getAllByRole('link');
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link?.getAttribute('href')).toBe(`/topics/${article.topic.id}/`);
    expect(link?.textContent).toContain(article.topic.name);
  });

  const relevanceLines: ReadonlyArray<[NonNullable<Article['relevance']>, string]> = [
    ['short-term', 'Relevant for short-term AI monitoring.'],
    ['long-term', 'Relevant for long-term AI monitoring.'],
    ['evergreen', 'Background that stays relevant.'],
  ];

  it.each(relevanceLines)('shows the relevance line for relevance %s', (relevance, line) => {
    render(<WhyItMatters locale="en" article={makeArticle({ relevance })} />);
    const aside = screen.getByRole('region', { name: 'Why it matters' });
    expect(within(aside).getAllByRole('listitem').map(spokenText)).toContain(line);
  });

  it('leaves the relevance line out when relevance is not set', () => {
    const { whyItMatters, topic, readingTime } = article;
    render(<WhyItMatters locale="en" article={{ whyItMatters, topic, readingTime }} />);
    const aside = screen.getByRole('region', { name: 'Why it matters' });
    const items = within(aside).getAllByRole('listitem').map(spokenText);
    expect(items).toEqual([
      ...whyItMatters,
      `Directly affects the ${topic.name} topic cluster.`,
      `A ${readingTime}-minute read for a quick, decision-ready brief.`,
    ]);
    expect(aside.textContent).not.toMatch(/relevant/i);
  });
});

describe('TableOfContents', () => {
  const { sections } = makeArticle();

  it('is a navigation named "In this brief" linking to every section, in order', () => {
    render(<TableOfContents locale="en" sections={sections} />);
    const nav = screen.getByRole('navigation', { name: 'In this brief' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(sections.map((section) => section.title));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(sections.map((section) => `#${section.id}`));
  });

  it('lists the sections in an ordered list', () => {
    render(<TableOfContents locale="en" sections={sections} />);
    const nav = screen.getByRole('navigation', { name: 'In this brief' });
    const list = within(nav).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(sections.length);
  });

  it('renders for exactly three sections', () => {
    render(<TableOfContents locale="en" sections={sections.slice(0, 3)} />);
    const nav = screen.getByRole('navigation', { name: 'In this brief' });
    expect(within(nav).getAllByRole('link')).toHaveLength(3);
  });

  it.each([0, 1, 2])('renders nothing for %i section(s)', (count) => {
    const { container } = render(<TableOfContents locale="en" sections={sections.slice(0, count)} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('SourcesList', () => {
  const { sources } = makeArticle();

  it('is a region named "Sources" with a numbered list of links to the sources, in order', () => {
    render(<SourcesList locale="en" sources={sources} />);
    const region = screen.getByRole('region', { name: 'Sources' });
    const list = within(region).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(sources.length);
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(sources.map((source) => source.title));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(sources.map((source) => source.url));
    for (const link of links) expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('names the publisher only for sources that have one', () => {
    render(<SourcesList locale="en" sources={sources} />);
    const items = screen.getAllByRole('listitem').map(spokenText);
    expect(items).toEqual(
      sources.map((source) => (source.publisher ? `${source.title} — ${source.publisher}` : source.title)),
    );
    expect(sources.some((source) => source.publisher === undefined)).toBe(true);
  });

  it('renders nothing when there are no sources', () => {
    const { container } = render(<SourcesList locale="en" sources={[]} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('ArticleMeta', () => {
  it('shows the authors, the published date, and the reading time', () => {
    const article = makeArticle({ date: '2026-11-28', readingTime: 6 });
    const { container } = render(<ArticleMeta locale="en" article={article} />);
    expect(screen.getByText(/Ada Editor/).parentElement?.textContent).toBe('By Ada Editor, Bo Reporter');
    // Plain names (a site without authors.yml) are text, not links.
    expect(screen.queryByRole('link')).toBeNull();
    const times = container.querySelectorAll('time');
    expect(times).toHaveLength(1);
    expect(times[0]?.getAttribute('datetime')).toBe('2026-11-28');
    expect(times[0]?.parentElement?.textContent).toBe('Published 28 November 2026');
    expect(screen.getByText(`${article.readingTime} min read`).tagName).toBe('P');
  });

  it('shows a single author without a separator', () => {
    render(<ArticleMeta locale="en" article={makeArticle({ authors: [{ name: 'Cy Columnist', type: 'person' }] })} />);
    expect(screen.getByText('Cy Columnist').parentElement?.textContent).toBe('By Cy Columnist');
  });

  it('links each author of authors.yml to their page in the edition, with rel="author"', () => {
    const authors = [{ name: 'Brief Desk', id: 'brief-desk', type: 'organization' as const }, { name: 'Cy Columnist', type: 'person' as const }];
    render(<ArticleMeta locale="tr" article={makeArticle({ authors })} />);
    const link = screen.getByRole('link', { name: 'Brief Desk' });
    expect(link.getAttribute('href')).toBe('/tr/authors/brief-desk/');
    expect(link.getAttribute('rel')).toBe('author');
    expect(link.parentElement?.parentElement?.textContent).toBe('Yazan: Brief Desk, Cy Columnist');
  });

  it('shows the updated date only when there is one', () => {
    const withUpdate = render(<ArticleMeta locale="en" article={makeArticle({ date: '2026-11-28', updated: '2026-11-30T08:15:00Z' })} />);
    const times = withUpdate.container.querySelectorAll('time');
    expect(times).toHaveLength(2);
    expect(times[1]?.getAttribute('datetime')).toBe('2026-11-30T08:15:00Z');
    expect(times[1]?.parentElement?.textContent).toBe('Updated 30 November 2026');
    cleanup();

    const withoutUpdate = render(<ArticleMeta locale="en" article={makeArticle({ date: '2026-11-28' })} />);
    expect(withoutUpdate.container.querySelectorAll('time')).toHaveLength(1);
    expect(withoutUpdate.container.textContent).not.toContain('Updated');
  });
});

describe('ArticleBody', () => {
  const html =
    '<h2 id="user-content-what-happened">What happened</h2>' +
    '<p>The vote passed <strong>212 to 198</strong>. Read the <a href="https://example.org/record">record</a>.</p>' +
    '<ul><li>Storage subsidy</li><li>Quarterly data</li></ul>';

  it('renders the given HTML as elements, not as escaped text', () => {
    const { container } = render(<ArticleBody html={html} />);
    const heading = screen.getByRole('heading', { level: 2, name: 'What happened' });
    expect(heading.id).toBe('user-content-what-happened');
    expect(screen.getByRole('link', { name: 'record' }).getAttribute('href')).toBe('https://example.org/record');
    expect(screen.getByText('212 to 198').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Storage subsidy', 'Quarterly data']);
    expect(container.textContent).not.toContain('<');
  });

  it('keeps the section ids the table of contents links to', () => {
    const article = makeArticle();
    const body = article.sections.map((section) => `<h2 id="${section.id}">${section.title}</h2><p>Text.</p>`).join('');
    const { container } = render(<ArticleBody html={body} />);
    for (const section of article.sections) {
      expect(container.querySelector(`[id="${section.id}"]`)?.textContent).toBe(section.title);
    }
  });
});
