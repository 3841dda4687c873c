import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '@/lib/content/error';
import { loadContent } from '@/lib/content/loader';
import { tempDir } from '../temp';

const fixtures = 'tests/fixtures/bad';

/** A content folder holding topics.yml, a valid article and the given extra files. */
function folderWith(files: Record<string, string | Buffer>): string {
  const dir = tempDir('brief-bad-');
  copyFileSync(path.join(fixtures, 'topics.yml'), path.join(dir, 'topics.yml'));
  copyFileSync(path.join(fixtures, 'valid.md'), path.join(dir, 'valid.md'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

/** Loads a folder that must fail; returns the problems, checking that only `badFile` is blamed. */
async function problemsOf(dir: string, badFile: string): Promise<string[]> {
  const error = await loadContent(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  if (!(error instanceof ContentError)) return [];
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) expect(path.basename(issue.file)).toBe(badFile);
  return error.issues.map(formatIssue);
}

const cases: [fixture: string, expected: RegExp][] = [
  ['yaml-unclosed-quote.md', /:2:8: front matter: invalid YAML: Missing closing "quote/],
  ['yaml-tab-indentation.md', /:9:1: front matter: invalid YAML: Tabs are not allowed as indentation/],
  ['yaml-colon-in-value.md', /:2:8: front matter: invalid YAML: Nested mappings are not allowed in compact mappings/],
  ['no-front-matter.md', /:1:1: front matter: expected the file to start with a `---` line/],
  ['empty-body.md', /: body: expected the article text below the front matter, found nothing/],
  ['updated-before-date.md', /:13:10: updated: must not be before `date`/],
  ['impossible-date.md', /:4:7: date: expected a real calendar date as YYYY-MM-DD, found "2026-02-30": February 2026 has 28 days/],
  ['source-javascript-url.md', /:15:10: sources\[0\]\.url: expected an absolute http:\/\/ or https:\/\/ URL, found "javascript:alert\(1\)"/],
  ['source-data-url.md', /:15:10: sources\[0\]\.url: expected an absolute http:\/\/ or https:\/\/ URL, found "data:text\/html/],
  ['slug-dot-dot.md', /:13:7: slug: expected lowercase kebab-case.*, found "\.\.\/\.\.\/etc\/passwd"/],
  ['slug-slash.md', /:13:7: slug: expected lowercase kebab-case.*, found "a\/b"/],
  ['slug-space.md', /:13:7: slug: expected lowercase kebab-case.*, found "two words"/],
  ['slug-capitals.md', /:13:7: slug: expected lowercase kebab-case.*, found "Capital-Letters"/],
  ['unknown-topic.md', /:6:8: topic: expected one of the ids in topics\.yml \(ethics-safety-regulation, markets\), found "sports"/],
  ['misspelt-key.md', /:7:1: sumary: unknown key; did you mean `summary`\?/],
  ['proto-key.md', /:13:1: __proto__: unknown key; expected one of title, description/],
  ['constructor-key.md', /:13:1: constructor: unknown key; expected one of title, description/],
  ['tag-with-html.md', /:13:8: tags\[0\]: expected a lowercase kebab-case tag such as ai-policy, found "<script>alert\(1\)<\/script>"/],
  ['wrong-types.md', /:3:14: description: expected a string of 1–300 characters \(the dek\), found a list of 2 items/],
  ['draft-not-boolean.md', /:13:8: draft: expected true or false, found "yes"/],
  ['relevance-unknown.md', /:13:12: relevance: expected one of short-term, long-term, evergreen, found "soon"/],
  ['too-many-why.md', /:12:3: whyItMatters: expected a list of 1–5 points, found a list of 6 items/],
  ['bad-lang.md', /:13:7: lang: expected one of the site's languages \(en, tr\), or a regional form such as en-GB, found "not a language"/],
  ['deeply-nested.md', /: front matter: invalid YAML: the YAML is nested too deeply to read/],
  ['json-front-matter.md', /:1:1: front matter: JSON front matter is not allowed; expected YAML front matter/],
  ['alias-bomb.md', /: front matter: invalid YAML: too many YAML aliases \(at most 50 are allowed\)/],
];

describe('bad input gets a message naming the file, the field and the expectation', () => {
  it.each(cases)('%s', async (fixture, expected) => {
    const dir = folderWith({ [fixture]: readFileSync(path.join(fixtures, fixture)) });
    const found = await problemsOf(dir, fixture);
    expect(found.join('\n')).toMatch(expected);
    for (const line of found) expect(line.startsWith(path.join(dir, fixture))).toBe(true);
  });

  it('wrong types report every field at once', async () => {
    const found = await problemsOf(folderWith({ 'wrong-types.md': readFileSync(path.join(fixtures, 'wrong-types.md')) }), 'wrong-types.md');
    expect(found.join('\n')).toMatch(/:5:9: author: expected a name or a list of names, found number 42/);
  });

  it('the valid article beside each bad one still parses', async () => {
    const dir = folderWith({});
    const { articles } = await loadContent(dir);
    expect(articles.map((a) => a.slug)).toEqual(['valid']);
  });

  it('refuses what `npm run new` left in place, and only that: a paragraph may begin with the word TODO', async () => {
    const valid = readFileSync(path.join(fixtures, 'valid.md'), 'utf8');
    const skeleton = valid.replace('  - Two.', '  - TODO second point.').replace('Body.', 'Body.\n\nTODO the facts, with who said what. Musk said so.');
    const found = await problemsOf(folderWith({ 'left-in-place.md': skeleton }), 'left-in-place.md');
    expect(found.join('\n')).toMatch(/left-in-place\.md:\d+:\d+: summary\[1\]: replace the TODO placeholder with real text/);
    expect(found.join('\n')).toMatch(/left-in-place\.md:17:1: body: replace the TODO placeholder with real text/);

    const words = valid.replace('  - Two.', '  - "TODO: the word, in a quoted memo."').replace('Body.', 'TODO. That was the whole memo.\n\nTODO lists are how the lab tracked it.');
    const { articles } = await loadContent(folderWith({ 'todo-word.md': words }));
    const article = articles.find((a) => a.slug === 'todo-word');
    expect(article?.summary[1]).toBe('TODO: the word, in a quoted memo.');
    expect(article?.html).toContain('<p>TODO. That was the whole memo.</p>');
  });

  it('writes a second # in a source URL as %23 (a valid href), and keeps the source', async () => {
    const valid = readFileSync(path.join(fixtures, 'valid.md'), 'utf8');
    const withSource = valid.replace('---\n\nBody.', 'sources:\n  - title: A guide\n    url: https://example.com/guide#setup#linux\n---\n\nBody.');
    const { articles } = await loadContent(folderWith({ 'with-source.md': withSource }));
    expect(articles.find((a) => a.slug === 'with-source')?.sources).toEqual([{ title: 'A guide', url: 'https://example.com/guide#setup%23linux' }]);
  });

  it('warns, with the line, about a body heading that skips a level, and publishes it one level up', async () => {
    const valid = readFileSync(path.join(fixtures, 'valid.md'), 'utf8');
    const pasted = valid.replace('Body.', 'Intro.\n\n### Pasted from a README\n\nText.');
    const { articles, warnings } = await loadContent(folderWith({ 'pasted.md': pasted }));
    expect(warnings.map(formatIssue)).toContainEqual(expect.stringMatching(/pasted\.md:17:1: body: warning: a level-3 heading \(###\) right after level 1; it is shown as level 2 \(##\)/));
    expect(articles.find((a) => a.slug === 'pasted')?.html).toMatch(/<h2 id="user-content-pasted-from-a-readme">/);
  });

  it('warns, with the line, about a body level-1 heading and an in-page link that reaches no heading', async () => {
    const valid = readFileSync(path.join(fixtures, 'valid.md'), 'utf8');
    const pasted = valid.replace('Body.', '# Project\n\n[back to top](#top)');
    const { articles, warnings } = await loadContent(folderWith({ 'readme.md': pasted }));
    const lines = warnings.map(formatIssue);
    expect(lines).toContainEqual(expect.stringMatching(/readme\.md:15:1: body: warning: a level-1 heading \(#\): the title is the page's only level-1 heading/));
    expect(lines).toContainEqual(expect.stringMatching(/readme\.md:17:1: body: warning: a link to #top, which no heading of this brief has; it is shown as plain text/));
    expect(articles.find((a) => a.slug === 'readme')?.html).toContain('<h2 id="user-content-project"><a href="#user-content-project">Project</a></h2>\n<p><span>back to top</span></p>');
  });

  it('never pollutes Object.prototype', async () => {
    await problemsOf(folderWith({ 'proto-key.md': readFileSync(path.join(fixtures, 'proto-key.md')) }), 'proto-key.md');
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });
});

describe('encodings, line endings and size', () => {
  const valid = readFileSync(path.join(fixtures, 'valid.md'), 'utf8');

  it('accepts a UTF-8 byte-order mark', async () => {
    const { articles } = await loadContent(folderWith({ 'with-bom.md': `\uFEFF${valid}` }));
    expect(articles.find((a) => a.slug === 'with-bom')?.title).toBe('Fixture');
  });

  it('accepts CRLF line endings and renders them exactly like LF', async () => {
    const { articles } = await loadContent(folderWith({ 'crlf.md': valid.replace(/\n/g, '\r\n') }));
    const crlf = articles.find((a) => a.slug === 'crlf');
    const lf = articles.find((a) => a.slug === 'valid');
    expect(crlf?.html).toBe(lf?.html);
    expect(crlf?.summary).toEqual(lf?.summary);
  });

  it('refuses invalid UTF-8, naming the file', async () => {
    const bytes = Buffer.concat([Buffer.from(valid.replace('Body.', 'Caf')), Buffer.from([0xe9, 0x0a])]);
    const found = await problemsOf(folderWith({ 'latin1.md': bytes }), 'latin1.md');
    expect(found).toEqual([expect.stringMatching(/latin1\.md: file: expected UTF-8 text, found bytes that are not valid UTF-8/)]);
  });

  it('refuses a 5 MB article clearly, within seconds', async () => {
    const started = performance.now();
    const huge = valid.replace('Body.', 'word '.repeat(1024 * 1024));
    const found = await problemsOf(folderWith({ 'huge.md': huge }), 'huge.md');
    expect(found).toEqual([expect.stringMatching(/huge\.md: file: expected at most 384 KB for one article, found 5\.0 MB/)]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses a 100,000-line article clearly, within seconds', async () => {
    const started = performance.now();
    const long = valid.replace('Body.', 'x\n'.repeat(100_000));
    const found = await problemsOf(folderWith({ 'long.md': long }), 'long.md');
    expect(found).toEqual([expect.stringMatching(/long\.md: file: expected at most 20,000 lines for one article, found 100,01\d/)]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reads a long but legitimate article (19,000 lines) in bounded time', async () => {
    // CPU time, not the clock: other test files share the machine.
    const started = process.cpuUsage();
    const paragraphs = Array.from({ length: 9_500 }, (_, i) => `Paragraph ${i} of a long brief.`).join('\n\n');
    const { articles } = await loadContent(folderWith({ 'long-but-fine.md': valid.replace('Body.', paragraphs) }));
    expect(articles.find((a) => a.slug === 'long-but-fine')?.html).toContain('Paragraph 9499 of a long brief.');
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(10_000);
  });
});
