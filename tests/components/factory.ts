/** Test data for the component tests: plain object literals of the types the components take. */
import type { Article } from '@/lib/content/article';
import type { Section } from '@/lib/content/markdown';
import type { Source, Topic } from '@/lib/content/schema';

export const topic: Topic = {
  id: 'energy-climate',
  name: 'Energy & Climate',
  description: 'Power grids, emissions and the politics of both.',
};

export const sections: readonly Section[] = [
  { id: 'user-content-what-happened', title: 'What happened' },
  { id: 'user-content-the-background', title: 'The background' },
  { id: 'user-content-what-comes-next', title: 'What comes next' },
];

export const sources: readonly Source[] = [
  { title: 'Grid operator annual report', url: 'https://example.org/grid-report', publisher: 'Example Grid Authority' },
  { title: 'Parliamentary committee transcript', url: 'https://example.net/transcript' },
];

/** A complete, valid article; override any field per test. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    slug: 'grid-storage-vote',
    file: 'content/grid-storage-vote.md',
    title: 'Parliament votes on grid-scale storage',
    description: 'A vote that decides who pays for the batteries behind the grid.',
    date: '2026-11-28',
    authors: [{ name: 'Ada Editor', type: 'person' }, { name: 'Bo Reporter', type: 'person' }],
    topic,
    tags: ['energy-policy'],
    summary: [
      'Parliament approved a storage subsidy by a narrow margin.',
      'Operators must publish capacity data every quarter.',
      'The first auctions open in spring.',
    ],
    whyItMatters: ['Household bills depend on who funds storage.', 'Other countries are watching the auction design.'],
    relevance: 'long-term',
    sources: [...sources],
    updates: [],
    draft: false,
    lang: 'en',
    locale: 'en',
    readingTime: 4,
    sections: [...sections],
    html: '<h2 id="user-content-what-happened">What happened</h2><p>The vote passed.</p>',
    images: [],
    kind: 'explainer',
    ...overrides,
  };
}

/**
 * Text a screen reader gets from an element: its text without `aria-hidden` subtrees
 * (decorative icons and numbers).
 */
export function spokenText(element: Element): string {
  const copy = element.cloneNode(true);
  if (!(copy instanceof Element)) return '';
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
