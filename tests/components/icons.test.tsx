// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article-body';
import { ArticleCard } from '@/components/article-card';
import { ArticleList } from '@/components/article-list';
import { ArticleMeta } from '@/components/article-meta';
import { BriefLinks } from '@/components/brief-links';
import { FeaturedBrief } from '@/components/featured-brief';
import { PaginationNav } from '@/components/pagination-nav';
import { RelevanceNotice } from '@/components/relevance-notice';
import { ShareLinks } from '@/components/share-links';
import { SiteHeader } from '@/components/site-header';
import { SourcesList } from '@/components/sources-list';
import { SummaryBox } from '@/components/summary-box';
import { TableOfContents } from '@/components/table-of-contents';
import { TagList } from '@/components/tag-list';
import { ThemeToggle } from '@/components/theme-toggle';
import { TopicChip } from '@/components/topic-chip';
import { TopicSections } from '@/components/topic-sections';
import { UpdatesLog } from '@/components/updates-log';
import { WhyItMatters } from '@/components/why-it-matters';
import { makeArticle } from './factory';
import { mirrorNextConfigEnv } from './next-config-env';

mirrorNextConfigEnv();
afterEach(() => {
  cleanup();
});

/** Ligature names of the Material Symbols icon font, which would show up as words if used. */
const ICON_FONT_WORDS = ['summarize', 'check_circle', 'psychology_alt', 'schedule', 'radar', 'layers'];

const article = makeArticle({
  relevance: 'short-term',
  draft: true,
  tags: ['energy-policy', 'batteries'],
  updates: [{ date: '2026-11-29', note: 'Corrected the vote count.', type: 'correction' }],
});
const articles = [article, makeArticle({ slug: 'heat-pump-grants', title: 'Heat-pump grants run out early' })];

const cases: ReadonlyArray<[string, ReactElement, number]> = [
  ['SummaryBox', <SummaryBox locale="en" summary={article.summary} />, 1],
  ['WhyItMatters', <WhyItMatters locale="en" article={article} />, 1 + article.whyItMatters.length + 3],
  ['ArticleMeta', <ArticleMeta locale="en" article={article} />, 1],
  ['ArticleCard', <ArticleCard locale="en" article={article} />, 1],
  ['TopicChip', <TopicChip locale="en" topic={article.topic} />, 1],
  ['SiteHeader', <SiteHeader locale="en" />, 2],
  ['TableOfContents', <TableOfContents locale="en" sections={article.sections} />, 0],
  ['SourcesList', <SourcesList locale="en" sources={article.sources} />, 0],
  ['ArticleBody', <ArticleBody html={article.html} />, 0],
  ['ShareLinks', <ShareLinks locale="en" article={article} />, 0],
  ['RelevanceNotice', <RelevanceNotice locale="en" article={article} />, 1],
  ['UpdatesLog', <UpdatesLog locale="en" updates={article.updates} />, 0],
  ['TagList', <TagList locale="en" tags={article.tags} />, 0],
  ['BriefLinks', <BriefLinks locale="en" id="related-heading" heading="Related briefs" articles={articles} />, 0],
  ['FeaturedBrief', <FeaturedBrief locale="en" article={article} />, 1],
  ['TopicSections', <TopicSections locale="en" clusters={[{ topic: article.topic, latest: articles }]} />, articles.length],
  ['PaginationNav', <PaginationNav locale="en" page={2} pageCount={3} href={(page) => `/page/${page}/`} />, 0],
  ['ThemeToggle', <ThemeToggle locale="en" />, 1],
  ['ArticleList', <ArticleList locale="en" articles={articles} />, articles.length],
];

describe('icons', () => {
  it.each(cases)('%s draws its icons as aria-hidden, unfocusable SVGs', (_name, element, count) => {
    const { container } = render(element);
    const svgs = [...container.querySelectorAll('svg')];
    expect(svgs).toHaveLength(count);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.getAttribute('focusable')).toBe('false');
    }
  });

  it.each(cases)('%s shows no icon-font words in its text', (_name, element) => {
    const { container } = render(element);
    const text = container.textContent ?? '';
    expect(text.length).toBeGreaterThan(0);
    for (const word of ICON_FONT_WORDS) expect(text).not.toContain(word);
  });
});
