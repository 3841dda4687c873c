import { describe, expect, it } from 'vitest';
import { countWords, renderMarkdown } from '@/lib/content/markdown';

describe('renderMarkdown', () => {
  it('removes raw HTML, scripts and script URLs but keeps the text around them', async () => {
    const { html } = await renderMarkdown(
      [
        'Before <script>alert(1)</script> after.',
        '',
        '<img src=x onerror="alert(2)">',
        '',
        '[js](javascript:alert(3)) [JS](JaVaScRiPt:alert(4)) [data](data:text/html,<b>x</b>) ![img](javascript:alert(5))',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|data:text/i);
    expect(html).toContain('Before');
    expect(html).toContain('after.');
    expect(html).toContain('<a>js</a>');
  });

  it('writes a second # in a link or reference fragment as %23, so every href is a valid URL', async () => {
    const { html } = await renderMarkdown(
      ['[inline](https://example.com/guide#setup#linux) [ref][r] [plain](#only-one)', '', '[r]: https://example.com/b#one#two#three'].join('\n'),
    );
    expect(html).toContain('href="https://example.com/guide#setup%23linux"');
    expect(html).toContain('href="https://example.com/b#one%23two%23three"');
    expect(html).toContain('href="#only-one"');
  });

  it('moves up a heading that skips a level (a pasted body starting at ###), and says where', async () => {
    const { html, sections, headingSkips } = await renderMarkdown('### Setup\n\nText.\n\n##### Linux\n\n#### Windows\n');
    // Each level follows the one before by at most one: 3 → 2, 5 → 3, then 4 is right below 3 and stays.
    expect(html).toMatch(/<h2 id="user-content-setup">.*Setup.*<\/h2>/);
    expect(html).toMatch(/<h3 id="user-content-linux">.*Linux.*<\/h3>/);
    expect(html).toMatch(/<h4 id="user-content-windows">.*Windows.*<\/h4>/);
    expect(sections.map((s) => s.title)).toEqual(['Setup']);
    expect(headingSkips).toEqual([
      { line: 1, found: 3, shown: 2 },
      { line: 5, found: 5, shown: 3 },
    ]);
  });

  it('gives headings safe, unique ids and lists H2 sections for the table of contents', async () => {
    const { html, sections } = await renderMarkdown('## Why <em>it</em> "matters"\n\n### Detail\n\n## Why it matters\n');
    expect(sections).toEqual([
      { id: 'user-content-why-it-matters', title: 'Why it "matters"' },
      { id: 'user-content-why-it-matters-1', title: 'Why it matters' },
    ]);
    expect(html).toContain('<h3 id="user-content-detail"><a href="#user-content-detail">Detail</a></h3>');
    expect(html).not.toContain('<em>');
  });

  it('does not nest links when a heading already holds one', async () => {
    const { html } = await renderMarkdown('## See [the report](https://example.com)\n');
    expect(html).toBe('<h2 id="user-content-see-the-report">See <a href="https://example.com">the report</a></h2>\n');
  });

  it('renders GFM tables and footnotes whose links reach their targets', async () => {
    const { html } = await renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\nClaim.[^1]\n\n[^1]: Source.\n');
    expect(html).toContain('<table>');
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const id of targets) expect(html).toContain(`id="${id}"`);
  });

  it('counts words the way readers see them', () => {
    expect(countWords('Musk’s xAI — trained on GPT-4 outputs, reportedly.')).toBe(7);
    expect(countWords('Etik, Güvenlik ve Regülasyon')).toBe(4);
  });
});
