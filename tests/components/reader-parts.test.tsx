// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleList } from '@/components/article-list';
import { BriefLinks } from '@/components/brief-links';
import { FeaturedBrief } from '@/components/featured-brief';
import { PaginationNav } from '@/components/pagination-nav';
import { RelevanceNotice } from '@/components/relevance-notice';
import { ShareLinks } from '@/components/share-links';
import { TagList } from '@/components/tag-list';
import { THEME_KEY, ThemeScript } from '@/components/theme-script';
import { ThemeToggle } from '@/components/theme-toggle';
import { TopicSections } from '@/components/topic-sections';
import { UpdatesLog } from '@/components/updates-log';
import type { Article } from '@/lib/content/article';
import { absoluteUrl, paths } from '@/lib/site/paths';
import type { Topic } from '@/lib/content/schema';
import { makeArticle, spokenText, topic } from './factory';
import { mirrorNextConfigEnv } from './next-config-env';

mirrorNextConfigEnv();
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-theme');
  localStorage.clear();
});

/** The site's one script, which switches on the copy-link button and the theme toggle. */
const briefJs = readFileSync(path.join(import.meta.dirname, '../../public/brief.js'), 'utf8');

/** Runs public/brief.js against the current document, as the browser does after the page loads. */
function runBriefJs(): void {
  new Function(briefJs)();
}

const otherTopic: Topic = { id: 'public-health', name: 'Public Health', description: 'Hospitals, vaccines and who pays.' };

describe('ShareLinks', () => {
  // Characters that break a share URL unless encoded: &, ?, #, %, +, spaces.
  const article = makeArticle({ slug: 'grid-storage-vote', title: 'Grid & storage: who pays? 100% + #energy' });
  const url = absoluteUrl(paths.article(article.slug));

  function shareLink(name: string): URL {
    const region = screen.getByRole('region', { name: 'Share this brief' });
    const href = within(region).getByRole('link', { name }).getAttribute('href');
    expect(href).not.toBeNull();
    return new URL(href ?? '');
  }

  it('shares the absolute URL of the article page', () => {
    const parsed = new URL(url);
    expect(parsed.href).toBe(url);
    expect(parsed.protocol).toBe('https:');
    expect(parsed.pathname.endsWith(`/articles/${article.slug}/`)).toBe(true);
  });

  it('is a region named "Share this brief" with plain links to email, X, Bluesky and LinkedIn, in order', () => {
    const { container } = render(<ShareLinks locale="en" article={article} />);
    const region = screen.getByRole('region', { name: 'Share this brief' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('Share this brief');
    const links = within(region).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Email', 'X (Twitter)', 'Bluesky', 'LinkedIn']);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.hasAttribute('target')).toBe(false);
    }
    expect(container.querySelectorAll('script, iframe, img')).toHaveLength(0);
  });

  it('emails the title as the subject and the URL as the body', () => {
    render(<ShareLinks locale="en" article={article} />);
    const email = shareLink('Email');
    expect(email.protocol).toBe('mailto:');
    expect([...email.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(email.searchParams.get('subject')).toBe(article.title);
    expect(email.searchParams.get('body')).toBe(url);
  });

  it('posts the title and the URL to X', () => {
    render(<ShareLinks locale="en" article={article} />);
    const x = shareLink('X (Twitter)');
    expect(`${x.origin}${x.pathname}`).toBe('https://x.com/intent/post');
    expect([...x.searchParams.keys()]).toEqual(['text', 'url']);
    expect(x.searchParams.get('text')).toBe(article.title);
    expect(x.searchParams.get('url')).toBe(url);
  });

  it('composes a Bluesky post of the title followed by the URL', () => {
    render(<ShareLinks locale="en" article={article} />);
    const bluesky = shareLink('Bluesky');
    expect(`${bluesky.origin}${bluesky.pathname}`).toBe('https://bsky.app/intent/compose');
    expect([...bluesky.searchParams.keys()]).toEqual(['text']);
    expect(bluesky.searchParams.get('text')).toBe(`${article.title} ${url}`);
  });

  it('shares the URL on LinkedIn', () => {
    render(<ShareLinks locale="en" article={article} />);
    const linkedIn = shareLink('LinkedIn');
    expect(`${linkedIn.origin}${linkedIn.pathname}`).toBe('https://www.linkedin.com/sharing/share-offsite/');
    expect([...linkedIn.searchParams.keys()]).toEqual(['url']);
    expect(linkedIn.searchParams.get('url')).toBe(url);
  });

  it('has a "Copy link" button that is hidden without JS and carries the URL', () => {
    render(<ShareLinks locale="en" article={article} />);
    expect(screen.queryByRole('button')).toBeNull();
    // Testing Library computes no name for a hidden element; the text is what it is named by once shown.
    const button = screen.getByRole('button', { hidden: true });
    expect(spokenText(button)).toBe('Copy link');
    expect(button.hidden).toBe(true);
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('data-copy-link')).toBe(url);
    expect(button.getAttribute('data-copied')).toBe('Link copied');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows the button once public/brief.js runs, and copies the URL and announces it on click', async () => {
    const copied: string[] = [];
    vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: () => undefined }));
    vi.stubGlobal('navigator', {
      clipboard: {
        writeText: (text: string) => {
          copied.push(text);
          return Promise.resolve();
        },
      },
    });
    render(<ShareLinks locale="en" article={article} />);
    runBriefJs();
    const button = screen.getByRole('button', { name: 'Copy link' });
    fireEvent.click(button);
    expect(copied).toEqual([url]);
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe('Link copied');
    });
    expect(button.textContent).toBe('Link copied');
  });

  it('keeps the button hidden when the browser has no clipboard API', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: () => undefined }));
    vi.stubGlobal('navigator', {});
    render(<ShareLinks locale="en" article={article} />);
    runBriefJs();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(4);
  });
});

describe('RelevanceNotice', () => {
  const before = 'This brief describes the situation as of ';
  const after = '. It was written for short-term monitoring, so events may have moved on since.';

  it('states the published date of a short-term brief in a <time>', () => {
    const { container } = render(<RelevanceNotice locale="en" article={makeArticle({ relevance: 'short-term', date: '2026-11-28' })} />);
    const times = container.querySelectorAll('time');
    expect(times).toHaveLength(1);
    expect(times[0]?.getAttribute('datetime')).toBe('2026-11-28');
    expect(times[0]?.textContent).toBe('28 November 2026');
    expect(spokenText(container)).toBe(`${before}28 November 2026${after}`);
  });

  it('states the updated date instead when the brief has one', () => {
    const article = makeArticle({ relevance: 'short-term', date: '2026-11-28', updated: '2026-12-03T10:00:00Z' });
    const { container } = render(<RelevanceNotice locale="en" article={article} />);
    const times = container.querySelectorAll('time');
    expect(times).toHaveLength(1);
    expect(times[0]?.getAttribute('datetime')).toBe('2026-12-03T10:00:00Z');
    expect(spokenText(container)).toBe(`${before}3 December 2026${after}`);
    expect(container.textContent).not.toContain('28 November 2026');
  });

  const otherRelevance: ReadonlyArray<[string, Article['relevance']]> = [
    ['long-term', 'long-term'],
    ['evergreen', 'evergreen'],
    ['not set', undefined],
  ];

  it.each(otherRelevance)('renders nothing when relevance is %s', (_label, relevance) => {
    const { container } = render(<RelevanceNotice locale="en" article={makeArticle({ relevance, updated: '2026-12-03' })} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('UpdatesLog', () => {
  const updates: Article['updates'] = [
    { date: '2026-12-03T10:00:00Z', note: 'Added the auction dates announced by the regulator.', type: 'update' },
    { date: '2026-11-29', note: 'Corrected the vote count to 212 to 198.', type: 'correction' },
    { date: '2026-12-01', note: 'Linked the committee transcript.', type: 'typo' },
  ];

  it('is a region named "Corrections and updates"', () => {
    render(<UpdatesLog locale="en" updates={updates} />);
    const region = screen.getByRole('region', { name: 'Corrections and updates' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('Corrections and updates');
  });

  it('lists every note with its date, in the order given', () => {
    render(<UpdatesLog locale="en" updates={updates} />);
    const region = screen.getByRole('region', { name: 'Corrections and updates' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map(spokenText)).toEqual([
      `3 December 2026 — Update: ${updates[0]?.note}`,
      `29 November 2026 — Correction: ${updates[1]?.note}`,
      `1 December 2026 — Minor fix: ${updates[2]?.note}`,
    ]);
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual(
      updates.map((update) => update.date),
    );
  });

  it('renders nothing when there are no updates', () => {
    const { container } = render(<UpdatesLog locale="en" updates={[]} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('TagList', () => {
  const tags = ['energy-policy', 'batteries', 'eu-2030'];

  it('is a navigation named "Tags" linking each tag to its page, in order', () => {
    render(<TagList locale="en" tags={tags} />);
    const nav = screen.getByRole('navigation', { name: 'Tags' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(tags.map((tag) => `#${tag}`));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(tags.map((tag) => `/tags/${tag}/`));
    expect(within(nav).getAllByRole('listitem')).toHaveLength(tags.length);
  });

  it('renders nothing when there are no tags', () => {
    const { container } = render(<TagList locale="en" tags={[]} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('BriefLinks', () => {
  const articles = [
    makeArticle({ slug: 'grid-storage-vote', title: 'Parliament votes on grid-scale storage', date: '2026-11-28', readingTime: 4 }),
    makeArticle({ slug: 'heat-pump-grants', title: 'Heat-pump grants run out early', date: '2026-10-02', readingTime: 6 }),
  ];
  const heading = `More in ${topic.name}`;

  it('is a region named by its heading, linking to each brief in order', () => {
    render(<BriefLinks locale="en" id="more-heading" heading={heading} articles={articles} />);
    const region = screen.getByRole('region', { name: heading });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe(heading);
    const links = within(region).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(articles.map((article) => article.title));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(articles.map((article) => `/articles/${article.slug}/`));
  });

  it('shows the date and reading time of each brief', () => {
    render(<BriefLinks locale="en" id="more-heading" heading={heading} articles={articles} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(articles.length);
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual(
      articles.map((article) => article.date),
    );
    expect(items.map((item) => spokenText(item.querySelector('p') ?? item))).toEqual([
      `28 November 2026 ${articles[0]?.readingTime} min read`,
      `2 October 2026 ${articles[1]?.readingTime} min read`,
    ]);
  });

  it('names two lists on one page by their own headings', () => {
    const [first, second] = articles;
    if (!first || !second) throw new Error('two test articles expected');
    render(
      <>
        <BriefLinks locale="en" id="more-heading" heading={heading} articles={[first]} />
        <BriefLinks locale="en" id="related-heading" heading="Related briefs" articles={[second]} />
      </>,
    );
    expect(within(screen.getByRole('region', { name: heading })).getByRole('link').textContent).toBe(first.title);
    expect(within(screen.getByRole('region', { name: 'Related briefs' })).getByRole('link').textContent).toBe(second.title);
  });

  it('renders nothing when there are no briefs', () => {
    const { container } = render(<BriefLinks locale="en" id="more-heading" heading={heading} articles={[]} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('FeaturedBrief', () => {
  const article = makeArticle({ date: '2026-11-28', readingTime: 5 });

  it('is an article named by its title, with a level-2 heading linking to the brief', () => {
    render(<FeaturedBrief locale="en" article={article} />);
    const featured = screen.getByRole('article', { name: article.title });
    const heading = within(featured).getByRole('heading', { level: 2, name: article.title });
    expect(within(heading).getByRole('link', { name: article.title }).getAttribute('href')).toBe(`/articles/${article.slug}/`);
    expect(featured.textContent).toContain('Top brief');
  });

  it('shows the three summary points, in order, in an ordered list under a "3-Point Summary" heading', () => {
    render(<FeaturedBrief locale="en" article={article} />);
    const featured = screen.getByRole('article', { name: article.title });
    expect(within(featured).getByRole('heading', { level: 3 }).textContent).toBe('3-Point Summary');
    const list = within(featured).getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map(spokenText)).toEqual([...article.summary]);
    items.forEach((item, index) => {
      expect(item.querySelector('[aria-hidden="true"]')?.textContent).toBe(`${index + 1}.`);
    });
  });

  it('shows the dek, the topic chip, the date and the reading time', () => {
    const { container } = render(<FeaturedBrief locale="en" article={article} />);
    expect(screen.getByText(article.description).tagName).toBe('P');
    expect(screen.getByRole('link', { name: article.topic.name }).getAttribute('href')).toBe(`/topics/${article.topic.id}/`);
    const time = container.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-11-28');
    expect(spokenText(time?.parentElement ?? container)).toBe(`28 November 2026 ${article.readingTime} min read`);
  });

  it('has exactly two links: the topic and the brief', () => {
    render(<FeaturedBrief locale="en" article={article} />);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      `/topics/${article.topic.id}/`,
      `/articles/${article.slug}/`,
    ]);
  });
});

describe('TopicSections', () => {
  const energy = [
    makeArticle({ slug: 'grid-storage-vote', title: 'Parliament votes on grid-scale storage' }),
    makeArticle({ slug: 'heat-pump-grants', title: 'Heat-pump grants run out early' }),
  ];
  const health = [makeArticle({ slug: 'vaccine-tender', title: 'Who wins the vaccine tender', topic: otherTopic })];
  const emptyTopic: Topic = { id: 'digital-rights', name: 'Digital Rights', description: 'Privacy, speech and platforms.' };
  const clusters = [
    { topic, latest: energy },
    { topic: emptyTopic, latest: [] },
    { topic: otherTopic, latest: health },
  ];
  const shown = clusters.filter((cluster) => cluster.latest.length > 0);

  it('is a region named "By topic" holding a region per topic that has briefs, in order', () => {
    render(<TopicSections locale="en" clusters={clusters} />);
    const byTopic = screen.getByRole('region', { name: 'By topic' });
    expect(within(byTopic).getByRole('heading', { level: 2 }).textContent).toBe('By topic');
    expect(within(byTopic).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(
      shown.map((cluster) => cluster.topic.name),
    );
    for (const cluster of shown) expect(within(byTopic).getByRole('region', { name: cluster.topic.name })).toBeTruthy();
  });

  it.each([
    [topic.name, energy],
    [otherTopic.name, health],
  ])('shows the briefs of %s as cards with level-4 headings', (name, articles) => {
    render(<TopicSections locale="en" clusters={clusters} />);
    const region = screen.getByRole('region', { name });
    const cards = within(region).getAllByRole('article');
    expect(cards).toHaveLength(articles.length);
    expect(within(region).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(
      articles.map((article) => article.title),
    );
  });

  it('links each topic heading and an "All briefs in …" link to the topic page', () => {
    render(<TopicSections locale="en" clusters={clusters} />);
    for (const { topic: shownTopic } of shown) {
      const region = screen.getByRole('region', { name: shownTopic.name });
      const heading = within(region).getByRole('heading', { level: 3 });
      expect(within(heading).getByRole('link', { name: shownTopic.name }).getAttribute('href')).toBe(`/topics/${shownTopic.id}/`);
      const all = within(region).getByRole('link', { name: `All briefs in ${shownTopic.name}` });
      expect(all.getAttribute('href')).toBe(`/topics/${shownTopic.id}/`);
    }
  });

  it('skips topics without briefs', () => {
    render(<TopicSections locale="en" clusters={clusters} />);
    expect(screen.queryByRole('region', { name: emptyTopic.name })).toBeNull();
    expect(screen.queryByRole('link', { name: `All briefs in ${emptyTopic.name}` })).toBeNull();
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).not.toContain(`/topics/${emptyTopic.id}/`);
  });

  it('renders nothing when no topic has briefs', () => {
    const { container } = render(<TopicSections locale="en" clusters={[{ topic: emptyTopic, latest: [] }]} />);
    expect(container.innerHTML).toBe('');
    cleanup();
    const none = render(<TopicSections locale="en" clusters={[]} />);
    expect(none.container.innerHTML).toBe('');
  });
});

describe('PaginationNav', () => {
  const href = (page: number) => `/topics/${topic.id}/page/${page}/`;
  // The arrows are decoration, hidden from the accessible name.
  const newer = 'Newer briefs';
  const older = 'Older briefs';

  it.each([0, 1])('renders nothing for %i page(s)', (pageCount) => {
    const { container } = render(<PaginationNav locale="en" page={1} pageCount={pageCount} href={href} />);
    expect(container.innerHTML).toBe('');
  });

  it('on the first page links only to the older page, with rel="next"', () => {
    render(<PaginationNav locale="en" page={1} pageCount={3} href={href} />);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(1);
    const link = within(nav).getByRole('link', { name: older });
    expect(link.getAttribute('href')).toBe(href(2));
    expect(link.getAttribute('rel')).toBe('next');
    expect(nav.textContent).toContain('Page 1 of 3');
  });

  it('on a middle page links to the newer page (rel="prev") and the older page (rel="next")', () => {
    render(<PaginationNav locale="en" page={2} pageCount={3} href={href} />);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('rel')])).toEqual([
      [`← ${newer}`, href(1), 'prev'],
      [`${older} →`, href(3), 'next'],
    ]);
    expect(nav.textContent).toContain('Page 2 of 3');
  });

  it('on the last page links only to the newer page, with rel="prev"', () => {
    render(<PaginationNav locale="en" page={3} pageCount={3} href={href} />);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(1);
    const link = within(nav).getByRole('link', { name: newer });
    expect(link.getAttribute('href')).toBe(href(2));
    expect(link.getAttribute('rel')).toBe('prev');
    expect(nav.textContent).toContain('Page 3 of 3');
  });

  it('keeps the home page at "/" when the href function maps page 1 there', () => {
    render(<PaginationNav locale="en" page={2} pageCount={2} href={paths.home} />);
    expect(screen.getByRole('link', { name: newer }).getAttribute('href')).toBe(paths.home(1));
    expect(paths.home(1)).toBe('/');
  });
});

describe('ThemeToggle', () => {
  it('is a "Dark theme" toggle button, hidden until JS enables it, not pressed', () => {
    render(<ThemeToggle locale="en" />);
    expect(screen.queryByRole('button')).toBeNull();
    // Testing Library computes no name for a hidden element; the text is what it is named by once shown.
    const button = screen.getByRole('button', { hidden: true });
    expect(spokenText(button)).toBe('Dark theme');
    expect(button.hidden).toBe(true);
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('is shown by public/brief.js and switches the theme on click, remembering the choice', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: () => undefined }));
    render(<ThemeToggle locale="en" />);
    runBriefJs();
    const button = screen.getByRole('button', { name: 'Dark theme', pressed: false });
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');
  });

  it('starts pressed when the system prefers dark', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true, addEventListener: () => undefined }));
    render(<ThemeToggle locale="en" />);
    runBriefJs();
    expect(screen.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('ThemeScript', () => {
  /**
   * The script as it ships: the layout renders it into the static HTML <head> on the server (React
   * never runs a <script> it renders on the client), so read it back through the HTML parser.
   */
  function scriptText(): string {
    const markup = renderToStaticMarkup(<ThemeScript />);
    const page = new DOMParser().parseFromString(`<!doctype html><html><head>${markup}</head><body></body></html>`, 'text/html');
    const scripts = page.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.parentElement?.tagName).toBe('HEAD');
    expect(scripts[0]?.hasAttribute('src')).toBe(false);
    return scripts[0]?.textContent ?? '';
  }

  /** Runs the inline script against a stand-in storage and document; returns what it asked for and set. */
  function runWith(stored: () => string | null) {
    const asked: string[] = [];
    const set: Array<[string, string]> = [];
    const storage = {
      getItem: (key: string) => {
        asked.push(key);
        return stored();
      },
    };
    const doc = { documentElement: { setAttribute: (name: string, value: string) => set.push([name, value]) } };
    new Function('localStorage', 'document', scriptText())(storage, doc);
    return { asked, set };
  }

  it('renders one inline <script> that reads the THEME_KEY entry of localStorage', () => {
    expect(scriptText()).toContain(`localStorage.getItem('${THEME_KEY}')`);
  });

  it('uses the same storage key as public/brief.js', () => {
    expect(briefJs).toContain(`var KEY = '${THEME_KEY}';`);
  });

  it.each(['light', 'dark'])('applies a stored %s theme to the root element', (theme) => {
    const { asked, set } = runWith(() => theme);
    expect(asked).toEqual([THEME_KEY]);
    expect(set).toEqual([['data-theme', theme]]);
  });

  it.each([null, '', 'purple', 'Dark', 'dark ', '"><img src=x>'])('ignores a stored value of %j', (value) => {
    const { asked, set } = runWith(() => value);
    expect(asked).toEqual([THEME_KEY]);
    expect(set).toEqual([]);
  });

  it('does not throw when storage is unavailable', () => {
    const { set } = runWith(() => {
      throw new Error('SecurityError: storage is disabled');
    });
    expect(set).toEqual([]);
  });

  it('applies a stored theme to the real document', () => {
    localStorage.setItem(THEME_KEY, 'dark');
    new Function(scriptText())();
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });
});

describe('ArticleList', () => {
  const articles = [
    makeArticle({ slug: 'grid-storage-vote', title: 'Parliament votes on grid-scale storage' }),
    makeArticle({ slug: 'vaccine-tender', title: 'Who wins the vaccine tender', topic: otherTopic }),
  ];

  it('shows each brief as an article card with a level-2 heading, in order', () => {
    render(<ArticleList locale="en" articles={articles} />);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(articles.length);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(
      articles.map((article) => article.title),
    );
    articles.forEach((article, index) => {
      const card = cards[index];
      if (!card) throw new Error(`card ${index} missing`);
      expect(within(card).getByRole('link', { name: article.title }).getAttribute('href')).toBe(`/articles/${article.slug}/`);
    });
    expect(screen.queryByText('No briefs here yet.')).toBeNull();
  });

  it('says "No briefs here yet." when there are none', () => {
    render(<ArticleList locale="en" articles={[]} />);
    expect(screen.getByText('No briefs here yet.').tagName).toBe('P');
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('renders nothing when empty and quietWhenEmpty is set', () => {
    const { container } = render(<ArticleList locale="en" articles={[]} quietWhenEmpty />);
    expect(container.innerHTML).toBe('');
  });

  it('still lists the briefs when quietWhenEmpty is set', () => {
    render(<ArticleList locale="en" articles={articles} quietWhenEmpty />);
    expect(screen.getAllByRole('article')).toHaveLength(articles.length);
  });
});
