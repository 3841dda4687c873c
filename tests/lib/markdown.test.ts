import { describe, expect, it } from 'vitest';
import { countWords, renderMarkdown } from '@/lib/content/markdown';

describe('renderMarkdown', () => {
  it('lets keyboard users scroll a wide table or a long code block: a named region, a focusable block, in the brief’s language', async () => {
    const { html } = await renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nconst x = 1;\n```\n', 'tr');
    expect(html).toMatch(/^<div role="region" aria-label="Tablo 1" tabindex="0">\n<table>/);
    expect(html).toContain('<pre><code class="language-js" tabindex="0">const x = 1;');
    // Each table's region has a name of its own (axe: landmark-unique).
    const two = (await renderMarkdown('| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n')).html;
    expect(two.match(/aria-label="[^"]*"/g)).toEqual(['aria-label="Table 1"', 'aria-label="Table 2"']);
  });


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
      ['## Only one', '', '[inline](https://example.com/guide#setup#linux) [ref][r] [plain](#only-one)', '', '[r]: https://example.com/b#one#two#three'].join('\n'),
    );
    expect(html).toContain('href="https://example.com/guide#setup%23linux"');
    expect(html).toContain('href="https://example.com/b#one%23two%23three"');
    expect(html).toContain('<a href="#user-content-only-one">plain</a>');
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

  it('does not nest links when a heading holds a reference link or a footnote (a changelog\'s "## [1.2.0] - date")', async () => {
    const { html } = await renderMarkdown('## [1.2.0] - 2026-10-02\n\n## Fixed[^1]\n\n[1.2.0]: https://example.com/compare/v1.1.0...v1.2.0\n[^1]: Note.\n');
    expect(html).toContain('<h2 id="user-content-1-2-0-2026-10-02"><a href="https://example.com/compare/v1.1.0...v1.2.0">1.2.0</a> - 2026-10-02</h2>');
    expect(html).toMatch(/<h2 id="user-content-fixed">Fixed<sup><a href="#user-content-fn-1"/);
    expect(html).not.toMatch(/<a [^>]*>[^<]*<a /);
  });

  it('points in-page links written for GitHub at the heading they name, and shows one that reaches nothing as text', async () => {
    const { html, deadFragments } = await renderMarkdown(
      [
        '## Configuration ⚙️',
        '',
        '## `parse(text: string)`',
        '',
        '## FAQ',
        '',
        '## FAQ',
        '',
        '[a](#configuration-️) [b](#parsetext-string) [c](#faq-1) [d](#FAQ) [e][ref] [f](#top)',
        '',
        '[ref]: #configuration',
      ].join('\n'),
    );
    expect(html).toContain(
      '<p><a href="#user-content-configuration">a</a> <a href="#user-content-parse-text-string">b</a> <a href="#user-content-faq-1">c</a> <a href="#user-content-faq">d</a> <a href="#user-content-configuration">e</a> <span>f</span></p>',
    );
    expect(deadFragments).toEqual([{ line: 9, fragment: 'top' }]);
  });

  it('takes a heading\'s explicit {#id} as its anchor and does not show it', async () => {
    const { html } = await renderMarkdown('## API reference {#api}\n\n[see the API](#api)\n');
    expect(html).toBe('<h2 id="user-content-api"><a href="#user-content-api">API reference</a></h2>\n<p><a href="#user-content-api">see the API</a></p>\n');
  });

  it('keeps a heading reachable when its id begins like the sanitiser\'s prefix (user-content-)', async () => {
    const { html, sections } = await renderMarkdown('## Notes {#user-content-notes}\n\n[see the notes](#user-content-notes)\n');
    const id = /<h2 id="([^"]+)"/.exec(html)?.[1];
    expect(sections).toEqual([{ id, title: 'Notes' }]);
    // The heading's own link and the body's link both reach it.
    expect(html.match(/href="#([^"]+)"/g)).toEqual([`href="#${id}"`, `href="#${id}"`]);
  });

  it('shows a body with level-1 headings one level lower, so the title stays the page\'s only h1', async () => {
    const { html, titleHeadings, headingSkips } = await renderMarkdown('# Changelog\n\n## [Unreleased]\n\n### Added\n\n- x\n');
    expect(html).toMatch(/^<h2 id="user-content-changelog">.*<\/h2>\n<h3 id="user-content-unreleased">.*<\/h3>\n<h4 id="user-content-added">/);
    expect(titleHeadings).toEqual([1]);
    expect(headingSkips).toEqual([]);
  });

  it('shows no code from an inline <script> or <style>, and leaves out a link with no text', async () => {
    const { html, words } = await renderMarkdown("Before <script>alert('inline')</script> after, <style>p{}</style>styled, and an empty link: []().\n");
    expect(html).toBe('<p>Before  after, styled, and an empty link: <span></span>.</p>\n');
    expect(words).toBe(7);
  });

  it('puts each table, also in a list or quote, in a <div> of its own, so a wide one scrolls by itself on a phone', async () => {
    const { html } = await renderMarkdown('| a | b |\n|:-|-:|\n| 1 | 2 |\n\n> | q |\n> |---|\n> | x |\n');
    const box = (n: number) => `<div role="region" aria-label="Table ${n}" tabindex="0">`;
    expect(html.startsWith(`${box(1)}\n<table>\n<thead>\n<tr>\n<th align="left">a</th>`)).toBe(true);
    expect(html).toContain(`<blockquote>\n${box(2)}\n<table>`);
    expect(html).toMatch(/<\/table>\n<\/div>\n<\/blockquote>/);
    expect(html.match(/<div role="region"/g)).toHaveLength(2);
  });

  it('counts words the way readers see them', () => {
    expect(countWords('Musk’s xAI — trained on GPT-4 outputs, reportedly.')).toBe(7);
    expect(countWords('Etik, Güvenlik ve Regülasyon')).toBe(4);
  });
});
