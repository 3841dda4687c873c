import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './helpers';

const live = useBrowserAndServer();

const pages = [
  '/', '/articles/xai-openai-training/', '/topics/ethics-safety-regulation/', '/topics/', '/tags/testing/', '/page/2/', '/articles/photo-brief/', '/no-such-page/',
  '/authors/', '/authors/test-editor/',
  // A brief with corrections and the corrections page (tests/fixtures/site/corrected-brief*.md).
  '/articles/corrected-brief/', '/corrections/',
  // The Turkish edition.
  '/tr/', '/tr/articles/xai-openai-training/', '/tr/topics/', '/tr/search/', '/tr/no-such-page/', '/tr/authors/brief-desk/',
  '/tr/articles/corrected-brief/', '/tr/corrections/',
  // Standards pages: About (with its list of the others) and a policy, in both editions.
  '/about/', '/about/corrections-policy/', '/tr/about/masthead/',
];
const modes = [
  { width: 390, colorScheme: 'light' },
  { width: 390, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
] as const;

describe('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
  for (const path of pages) {
    it(`${path} has no violations at 390 and 1280 px, light and dark`, async () => {
      // The four modes at once, each in its own context: Chromium spreads them over the cores.
      const perMode = await Promise.all(
        modes.map(async (mode) => {
          const context = await live.browser().newContext({ viewport: { width: mode.width, height: 900 }, colorScheme: mode.colorScheme });
          const page = await context.newPage();
          await page.goto(new URL(path.replace(/^\//, ''), live.server().url).href);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
          await context.close();
          return results.violations.map((v) => `${mode.width}px ${mode.colorScheme}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        }),
      );
      const found = perMode.flat();
      expect(found).toEqual([]);
    });
  }
});
