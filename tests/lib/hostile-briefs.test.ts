/**
 * Files an attacker or an unlucky host puts in the content folder (issue 27): links, named pipes,
 * folders and sockets named `*.md` are refused by name without being opened, and pathological
 * briefs are refused by the budget's pre-check in milliseconds, naming the file, line and limit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, constants, copyFileSync, cpSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '@/lib/content/error';
import { loadContent, openContentFolder, parseArticleFiles, type Content } from '@/lib/content/loader';
import { tempDir } from '../temp';

const fixtures = 'tests/fixtures/bad';
const valid = readFileSync(path.join(fixtures, 'valid.md'), 'utf8');

/** A content folder holding topics.yml and a valid brief, `valid.md`. */
function folder(): string {
  const dir = tempDir('brief-hostile-');
  copyFileSync(path.join(fixtures, 'topics.yml'), path.join(dir, 'topics.yml'));
  copyFileSync(path.join(fixtures, 'valid.md'), path.join(dir, 'valid.md'));
  return dir;
}

const pipes: string[] = [];

/** A named pipe at `file`; a reader the old loader left waiting on it is let go after the test. */
function fifo(file: string): void {
  execFileSync('mkfifo', [file]);
  pipes.push(file);
}

afterEach(() => {
  for (const file of pipes.splice(0)) {
    try {
      closeSync(openSync(file, constants.O_WRONLY | constants.O_NONBLOCK)); // wakes a reader blocked in open(); ENXIO when none waits
    } catch {
      // nobody was reading it
    }
  }
});

/** `promise`, or a failure naming what hung after `ms`. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still loading after ${ms} ms (hung)`)), ms))]);
}

/** The problems a strict load (`npm run check`, the build) prints, one a line. */
async function strictProblems(dir: string): Promise<string[]> {
  const error = await within(5_000, loadContent(dir)).catch((e: unknown) => e);
  if (!(error instanceof ContentError)) throw new Error(`expected the load to fail with the file named, got ${error instanceof Error ? error.message : 'a valid load'}`);
  return error.issues.map(formatIssue);
}

const lenient = (dir: string): Promise<Content> => within(5_000, loadContent(dir, { lenient: true }));

describe('only regular files are read', () => {
  it('refuses a symbolic link to a valid brief outside the folder, naming the link and its target; the valid brief is still shown by npm run dev', async () => {
    const dir = folder();
    const outside = path.join(tempDir('brief-outside-'), 'elsewhere.md');
    writeFileSync(outside, valid.replace('title: Fixture', 'title: From outside'));
    symlinkSync(outside, path.join(dir, 'linked.md'));
    expect(await strictProblems(dir)).toEqual([`${path.join(dir, 'linked.md')}: file: is a symbolic link to ${outside}: links are not published; copy the file into the content folder instead`]);
    const content = await lenient(dir);
    expect(content.articles.map((a) => a.title)).toEqual(['Fixture']);
    expect(content.problems?.files.map((f) => [f.slug, f.problems.map((p) => p.message)])).toEqual([['linked', [`is a symbolic link to ${outside}: links are not published; copy the file into the content folder instead`]]]);
  });

  it('refuses a link inside the folder too (it could reach .env or .git/config), and a linked topics.yml', async () => {
    const dir = folder();
    symlinkSync('valid.md', path.join(dir, 'again.md'));
    const topics = path.join(tempDir('brief-topics-'), 'topics.yml');
    copyFileSync(path.join(fixtures, 'topics.yml'), topics);
    rmSync(path.join(dir, 'topics.yml'));
    symlinkSync(topics, path.join(dir, 'topics.yml'));
    const found = await strictProblems(dir);
    expect(found).toContain(`${path.join(dir, 'again.md')}: file: is a symbolic link to valid.md: links are not published; copy the file into the content folder instead`);
    expect(found).toContain(`${path.join(dir, 'topics.yml')}: file: is a symbolic link to ${topics}: links are not published; copy the file into the content folder instead`);
  });

  it('refuses a named pipe called x.md at once instead of waiting forever for a writer', async () => {
    const dir = folder();
    fifo(path.join(dir, 'x.md'));
    const started = performance.now();
    expect(await strictProblems(dir)).toEqual([`${path.join(dir, 'x.md')}: file: is a named pipe (FIFO), not a file: only regular files are read; remove it or put a file in its place`]);
    expect((await lenient(dir)).articles.map((a) => a.slug)).toEqual(['valid']);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('refuses a folder and a socket called *.md by what they are', async () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'folder.md'));
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'socket.md'), resolve));
    try {
      const found = await strictProblems(dir);
      expect(found).toEqual([
        `${path.join(dir, 'folder.md')}: file: is a folder, not a file: only regular files are read; remove it or put a file in its place`,
        `${path.join(dir, 'socket.md')}: file: is a socket, not a file: only regular files are read; remove it or put a file in its place`,
      ]);
      expect((await lenient(dir)).problems?.files.map((f) => f.slug)).toEqual(['folder', 'socket']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

/** The brief's first body line is line 15 of the file. */
const withBody = (body: string) => valid.replace('Body.\n', body);

/**
 * Pathological briefs, each small enough for the old code to finish (or crash) within seconds: the
 * issue's worst ones (`*a_` × 150,000 ran 706 s) are refused by the same checks.
 */
const pathological: [name: string, source: () => string, expected: RegExp][] = [
  ["'*a_' × 8,000 in one paragraph (quadratic emphasis)", () => withBody('*a_'.repeat(8_000)), /:15:1: body: a paragraph, from this line, with more than 1,000 runs of \*, _ or ~ \(the limit of one paragraph\); split it with blank lines/],
  ["'*a_' × 300 in 40 paragraphs", () => withBody(`${'*a_'.repeat(300)}\n\n`.repeat(40)), /:21:1: body: more than 2,000 runs of \*, _ or ~ \(the limit of one brief\) by this line/],
  ["'>' nested 3,000 deep (a stack overflow)", () => withBody(`${'>'.repeat(3_000)} deep`), /:15:1: body: block quotes and lists are nested more than 20 deep here \(the limit of one brief\); flatten them/],
  ["'- ' nested 3,000 deep", () => withBody(`Intro.\n\n${'- '.repeat(3_000)}deep`), /:17:1: body: block quotes and lists are nested more than 20 deep/],
  ['lists 3 deep on 600 lines', () => withBody('- - - item\n'.repeat(600)), /:265:1: body: more than 500 lines of nested lists and quotes .* by this line; flatten the lists/],
  ["'[' × 1,500", () => withBody('['.repeat(1_500)), /:15:1: body: a paragraph, from this line, with more than 1,000 \[ brackets/],
  ["unclosed '<!--' × 501 in one paragraph (each read to its end)", () => withBody('<!-- open '.repeat(501)), /:15:1: body: a paragraph, from this line, with more than 500 < \(inline HTML and <autolinks>\) \(the limit of one paragraph\); split it with blank lines, or escape them as \\< or write &lt;/],
  ['100 backtick runs of different lengths in a 25 KB paragraph', () => withBody(`Intro.\n\n${Array.from({ length: 100 }, (_, i) => `${'`'.repeat(i + 1)}a ${'word '.repeat(40)}`).join(' ')}`), /:17:1: body: a paragraph, from this line, of 25 KB with 100 code spans, < or links, which the parser may each read to the paragraph's end: more than the brief's limit \(2,000,000 bytes read, summed over its paragraphs\); split long paragraphs with blank lines/],
  ['3,001 list items', () => withBody('- item\n\n'.repeat(3_001)), /:6015:1: body: more than 3,000 list items, quoted lines and line breaks \(the limit of one brief\) by this line; split the brief/],
  ['a 65 KB paragraph', () => withBody('word '.repeat(13_400)), /:15:1: body: a paragraph, from this line, of 66 KB \(the limit of one paragraph, list or table is 64 KB\); split it with blank lines/],
  ['501 links', () => withBody('[a](https://example.com/)\n\n'.repeat(501)), /:1015:1: body: more than 500 links \(the limit of one brief\) by this line; split the brief into several/],
  ['151 headings', () => withBody('## H\n\n'.repeat(151)), /:315:1: body: more than 150 headings \(the limit of one brief\)/],
  ['2,001 table cells', () => withBody(`|${'a|'.repeat(100)}\n|${'-|'.repeat(100)}\n${`|${'b|'.repeat(100)}\n`.repeat(99)}`), /:34:1: body: more than 2,000 table cells \(the limit of one brief\)/],
  ['10,000 tags', () => valid.replace('topic: markets', `topic: markets\ntags: [${Array.from({ length: 10_000 }, (_, i) => `t${i}`).join(', ')}]`), /:7:7: tags: expected a list of at most 20 lowercase kebab-case tags such as ai-policy \(each is a page of the site\), found a list of 10000 items/],
  ['a NUL byte', () => withBody('Text.\n\nA \u0000 here.'), /:17:1: file: a NUL byte \(U\+0000\), which is not text and would be shown as �; remove it/],
];

describe('every brief has a budget', () => {
  it.each(pathological)('%s is refused by name, with its line and the limit, within a second', async (_, source, expected) => {
    const dir = folder();
    writeFileSync(path.join(dir, 'hostile.md'), source());
    // CPU time, not the clock: other test files share the machine.
    const started = process.cpuUsage();
    const found = await strictProblems(dir);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1_500);
    expect(found).toEqual([expect.stringMatching(expected)]);
    expect(found[0]?.startsWith(path.join(dir, 'hostile.md:'))).toBe(true);
  });

  it("npm run check names the issue's worst files and exits 1 within seconds: a FIFO (hung forever), '*a_' × 120,000 (360 KB; 150,000 ran 706 s), 100,000 '>' (59 s)", () => {
    const dir = folder();
    fifo(path.join(dir, 'pipe.md'));
    writeFileSync(path.join(dir, 'emphasis.md'), withBody('*a_'.repeat(120_000)));
    writeFileSync(path.join(dir, 'quotes.md'), withBody('>'.repeat(100_000)));
    // One process (no npm, no sh), so the timeout's SIGKILL stops all of it on the old code.
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' });
    expect(check.signal).toBeNull();
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`${path.join(dir, 'emphasis.md')}:15:1: body: a paragraph, from this line, with more than 1,000 runs of *, _ or ~`);
    expect(check.stderr).toContain(`${path.join(dir, 'quotes.md')}:15:1: body: block quotes and lists are nested more than 20 deep`);
    expect(check.stderr).toContain(`${path.join(dir, 'pipe.md')}: file: is a named pipe (FIFO), not a file`);
    expect(check.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a stack overflow inside one brief\'s parse is that brief\'s problem, and the next brief is still checked', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'overflow.md'), withBody('![a chart](chart.png)'));
    // What the budget cannot foresee, standing in for a parser recursing too deep: a RangeError thrown mid-parse.
    const images = () => Promise.reject(new RangeError('Maximum call stack size exceeded'));
    const batch = await parseArticleFiles(await openContentFolder(dir), ['overflow.md', 'valid.md'], { images });
    expect(batch.issues.map(formatIssue)).toEqual([`${path.join(dir, 'overflow.md')}: body: the Markdown is too deeply nested to read (Maximum call stack size exceeded); flatten its quotes and lists`]);
    expect(batch.articles.map((a) => a.slug)).toEqual(['valid']);
  });

  it('npm run dev (the lenient load) keeps the valid brief beside all of them and lists each one', async () => {
    const dir = folder();
    for (const [index, [, source]] of pathological.entries()) writeFileSync(path.join(dir, `hostile-${index}.md`), source());
    const content = await lenient(dir);
    expect(content.articles.map((a) => a.slug)).toEqual(['valid']);
    expect(content.problems?.files.map((f) => f.problems.length)).toEqual(pathological.map(() => 1));
  });

  it('a real brief and the fixtures pasted from READMEs, changelogs and docs are far below every limit', async () => {
    const dir = tempDir('brief-real-');
    cpSync('tests/fixtures/real-world', dir, { recursive: true });
    const content = await lenient(dir);
    expect(content.problems?.files.flatMap((f) => f.problems.map(formatIssue))).toEqual([]);
    expect(content.articles).toHaveLength(4);
  });
});
