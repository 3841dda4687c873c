// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentProblems } from '@/components/content-problems';
import type { FileProblems } from '@/lib/content/problems';

afterEach(() => {
  cleanup();
});

const mistake: FileProblems = {
  file: 'content/grid-vote.tr.md',
  locale: 'tr',
  slug: 'grid-vote',
  unfinished: false,
  problems: [
    { file: 'content/grid-vote.tr.md', field: 'summary', message: 'expected exactly 3 points (a list of 3 strings), found a list of 2 items', line: 8, column: 3 },
    { file: 'content/grid-vote.tr.md', field: 'description', message: 'replace the TODO placeholder with real text', line: 3, column: 14, todo: 'one or two sentences.' },
  ],
};

describe('ContentProblems (npm run dev, at the address of a brief that cannot be shown)', () => {
  it('names the file and each problem at its line, in the edition’s language, with the TODOs left as a checklist', () => {
    render(<ContentProblems file={mistake} site={[]} locale="tr" />);
    const panel = screen.getByRole('region', { name: 'Bu yazı henüz gösterilemiyor' });
    expect(within(panel).getByText('content/grid-vote.tr.md').tagName).toBe('CODE');
    const [problems, todos] = within(panel).getAllByRole('list');
    expect(within(problems ?? panel).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '8. satır · summary: expected exactly 3 points (a list of 3 strings), found a list of 2 items',
    ]);
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Yazılması gerekenler:');
    expect(within(todos ?? panel).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['☐3. satır · description: one or two sentences.']);
  });

  it('shows an unfinished skeleton as such, and what breaks every page after its own problems', () => {
    const skeleton: FileProblems = { ...mistake, locale: 'en', file: 'content/grid-vote.md', unfinished: true, problems: mistake.problems.slice(1) };
    const site = [{ file: 'content/topics.yml', field: '[0].id', message: 'expected lowercase kebab-case, found "Markets"', line: 1, column: 7 }];
    render(<ContentProblems file={skeleton} site={site} locale="en" />);
    const panel = screen.getByRole('region', { name: 'This brief is not finished yet' });
    expect(within(panel).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Still to write:', 'Problems that affect every page']);
    expect(panel.textContent).toContain('content/topics.yml Line 1 · [0].id: expected lowercase kebab-case, found "Markets"');
  });

  it('shows what a file holds as text, never as markup', () => {
    const hostile: FileProblems = {
      ...mistake,
      problems: [{ file: mistake.file, field: 'tags[0]', message: 'expected a lowercase kebab-case tag such as ai-policy, found "<img src=x onerror=alert(1)>"', line: 9 }],
    };
    const { container } = render(<ContentProblems file={hostile} site={[]} locale="en" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('found "<img src=x onerror=alert(1)>"');
  });
});
