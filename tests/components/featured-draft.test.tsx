// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FeaturedBrief } from '@/components/featured-brief';
import { makeArticle, spokenText } from './factory';

afterEach(() => {
  cleanup();
});

describe('FeaturedBrief of a draft (the home page of npm run dev)', () => {
  it('carries the Draft label next to its topic, in each edition, and a published one has none', () => {
    render(<FeaturedBrief locale="en" article={makeArticle({ draft: true })} />);
    const featured = screen.getByRole('article', { name: 'Parliament votes on grid-scale storage' });
    // The type of work is read as "Type of work: Explainer" (its first words are for screen readers only).
    expect(within(featured).getByText('Draft').parentElement?.textContent).toBe('Energy & ClimateType of work: ExplainerDraft');
    cleanup();
    render(<FeaturedBrief locale="tr" article={makeArticle({ draft: true, locale: 'tr', lang: 'tr' })} />);
    expect(within(screen.getByRole('article')).getByText('Taslak')).toBeTruthy();
    cleanup();
    // A published brief has none.
    render(<FeaturedBrief locale="en" article={makeArticle({ draft: false })} />);
    expect(spokenText(screen.getByRole('article'))).not.toMatch(/Draft/);
  });
});
