/**
 * The Markdown pipeline's fixtures: each folder of tests/fixtures/markdown holds an `input.md` and the
 * `output.html` it must render to, byte for byte. A folder whose name ends in `-tr` is rendered as a
 * Turkish brief (the footnotes' and tables' labels are in the brief's language). Body images resolve
 * through a stand-in for the content folder: `images/…` exists, anything else is refused.
 *
 * A new case: add its folder with an `input.md`, run `UPDATE_MARKDOWN_FIXTURES=1 npx vitest run
 * tests/lib/markdown-fixtures.test.ts` to write its `output.html`, and read that output before committing it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, type ImageResolver } from '@/lib/content/markdown';

const dir = 'tests/fixtures/markdown';

/** A content folder with every `images/…` file, each 1200×800, named by a hash of its path. */
const fakeImages: ImageResolver = async (written) => {
  if (!written.startsWith('images/')) return { problem: 'expected a file inside the content folder, such as images/photo.jpg' };
  const hex = [...written].map((c) => c.charCodeAt(0).toString(16)).join('').padEnd(64, '0');
  return { image: { src: written, id: hex.slice(0, 16), sha256: hex.slice(0, 64), width: 1200, height: 800, alpha: written.endsWith('.png') } };
};

/** Renders one fixture folder's input as the build would. */
async function renderFixture(name: string): Promise<string> {
  const input = readFileSync(path.join(dir, name, 'input.md'), 'utf8');
  const { html } = await renderMarkdown(input, name.endsWith('-tr') ? 'tr' : 'en', { images: fakeImages, basePath: '' });
  return html;
}

describe('Markdown fixtures (input.md → output.html)', () => {
  const cases = readdirSync(dir).sort();
  it('has a case for each job of the pipeline', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });
  it.each(cases)('%s', async (name) => {
    const html = await renderFixture(name);
    const expected = path.join(dir, name, 'output.html');
    if (process.env.UPDATE_MARKDOWN_FIXTURES === '1') writeFileSync(expected, html);
    expect(html).toBe(readFileSync(expected, 'utf8'));
  });
});
