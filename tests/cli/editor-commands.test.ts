import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp';

/** What package.json's `new` and `check` scripts run (without npm's second of start-up each time). */
const SCRIPTS = { new: 'scripts/new.ts', check: 'scripts/check.ts' } as const;

/**
 * Runs an editor command against a given CONTENT_DIR: the script itself under Node with tsx, as
 * `npm run -s <script>` runs it; `{ viaNpm: true }` goes through npm, as an editor types it.
 */
function npm(script: keyof typeof SCRIPTS, args: string[], contentDir: string, { viaNpm = false } = {}) {
  const command = viaNpm ? 'npm' : process.execPath;
  const commandArgs = viaNpm ? ['run', '-s', script, '--', ...args] : ['--import', 'tsx', SCRIPTS[script], ...args];
  const result = spawnSync(command, commandArgs, {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function contentFolder(): string {
  const dir = tempDir('brief-cli-');
  copyFileSync('tests/fixtures/articles/topics.yml', path.join(dir, 'topics.yml'));
  return dir;
}

describe('npm run new', () => {
  it('writes a draft skeleton named after the title, which fails check until its placeholders are replaced', () => {
    const dir = contentFolder();
    const created = npm('new', ['Şirketler İçin Yapay Zekâ Kuralları', '--topic', 'markets', '--date', '2026-11-28'], dir, { viaNpm: true });
    expect(created.code).toBe(0);
    const file = path.join(dir, 'sirketler-icin-yapay-zeka-kurallari.md');
    expect(created.out).toContain('sirketler-icin-yapay-zeka-kurallari.md');
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/^title: Şirketler İçin Yapay Zekâ Kuralları$/m);
    expect(source).toMatch(/^date: 2026-11-28$/m);
    expect(source).toMatch(/^draft: true$/m);
    const [, frontMatter = '', body = ''] = source.split(/^---$/m);
    // The one comment: the type of work's choices, beside its default.
    expect(frontMatter).toMatch(/^kind: explainer # explainer \| news \| analysis \| opinion \| sponsored; sponsored also needs sponsor: <name>$/m);
    expect(frontMatter.replace(/^kind: .*$/m, '')).not.toContain('#');
    expect(body).not.toContain('<!--');
    expect(body).toMatch(/^## /m);

    const check = npm('check', [], dir, { viaNpm: true });
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/sirketler-icin-yapay-zeka-kurallari\.md:\d+:\d+: summary\[0\]: replace the TODO placeholder/);
    expect(check.err).toMatch(/sirketler-icin-yapay-zeka-kurallari\.md:\d+:1: body: replace the TODO placeholder/);

    writeFileSync(file, source.replace(/TODO /g, 'Real '));
    const fixed = npm('check', [], dir);
    expect(fixed.err).not.toMatch(/TODO/);
    expect(fixed.code).toBe(0);
    expect(fixed.out).toContain('1 article valid (0 to publish, 1 draft; en 1, tr 0)');
  });

  it('writes the Turkish edition of an existing brief next to it, which check pairs with the original', () => {
    const dir = contentFolder();
    copyFileSync('tests/fixtures/bad/valid.md', path.join(dir, 'grid-vote.md'));
    const created = npm('new', ['Şebeke Oylaması', '--topic', 'markets', '--lang', 'tr', '--translation-of', 'grid-vote'], dir);
    expect(created.code, created.err).toBe(0);
    const source = readFileSync(path.join(dir, 'grid-vote.tr.md'), 'utf8');
    expect(source).toMatch(/^lang: tr$/m);
    expect(source).toMatch(/^translationOf: grid-vote$/m);
    writeFileSync(path.join(dir, 'grid-vote.tr.md'), source.replace(/TODO /g, 'Gerçek ').replace('draft: true', 'draft: false'));
    const check = npm('check', [], dir);
    expect(check.code, check.err).toBe(0);
    // Only advice (no sources listed), no problem with the pair.
    for (const line of check.err.trim().split('\n')) expect(line).toMatch(/: sources: warning: /);
    expect(check.out).toContain('2 articles valid (2 to publish, 0 drafts; en 1, tr 1)');

    const orphan = npm('new', ['Yetim', '--topic', 'markets', '--lang', 'tr', '--translation-of', 'nothing-here'], dir);
    expect(orphan.code).toBe(1);
    expect(orphan.err).toMatch(/--translation-of: no .*nothing-here\.md to translate/);
    const unknown = npm('new', ['Titre', '--topic', 'markets', '--lang', 'fr'], dir);
    expect(unknown.err).toMatch(/unknown --lang "fr"; the site's languages are en, tr/);
  });

  it('refuses to overwrite an existing file', () => {
    const dir = contentFolder();
    writeFileSync(path.join(dir, 'taken.md'), 'mine');
    const result = npm('new', ['Taken', '--topic', 'markets'], dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/taken\.md already exists/);
    expect(readFileSync(path.join(dir, 'taken.md'), 'utf8')).toBe('mine');
  });

  it('lists the known topics when the topic is unknown or missing', () => {
    const dir = contentFolder();
    for (const args of [['A story', '--topic', 'sport'], ['A story']]) {
      const result = npm('new', args, dir);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/known topics: ethics-safety-regulation, markets/);
    }
    expect(existsSync(path.join(dir, 'a-story.md'))).toBe(false);
  });
});

describe('npm run new with authors.yml', () => {
  it('takes --author, a known id, and check accepts the byline', () => {
    const dir = contentFolder();
    writeFileSync(path.join(dir, 'authors.yml'), '- id: brief-desk\n  name: Brief Desk\n  type: organization\n  role: Newsroom desk\n  bio: The desk.\n- id: jane-doe\n  name: Jane Doe\n  role: Reporter\n  bio: Reports.\n');
    const created = npm('new', ['A desk story', '--topic', 'markets', '--author', 'jane-doe'], dir);
    expect(created.code, created.err).toBe(0);
    const source = readFileSync(path.join(dir, 'a-desk-story.md'), 'utf8');
    expect(source).toMatch(/^author: jane-doe$/m);
    writeFileSync(path.join(dir, 'a-desk-story.md'), source.replace(/TODO /g, 'Real '));
    const check = npm('check', [], dir);
    expect(check.code, check.err).toBe(0);
  });

  it('refuses a missing or unknown --author, with a suggestion and the known ids', () => {
    const dir = contentFolder();
    writeFileSync(path.join(dir, 'authors.yml'), '- id: jane-doe\n  name: Jane Doe\n  role: Reporter\n  bio: Reports.\n');
    const missing = npm('new', ['A story', '--topic', 'markets'], dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('--author is required (an id from authors.yml); known authors: jane-doe');
    const unknown = npm('new', ['A story', '--topic', 'markets', '--author', 'jane-do'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('unknown author "jane-do"; did you mean "jane-doe"? known authors: jane-doe');
    expect(existsSync(path.join(dir, 'a-story.md'))).toBe(false);
  });

  it('without authors.yml, writes --author as a plain name', () => {
    const dir = contentFolder();
    expect(npm('new', ['A named story', '--topic', 'markets', '--author', 'Ada Editor'], dir).code).toBe(0);
    expect(readFileSync(path.join(dir, 'a-named-story.md'), 'utf8')).toMatch(/^author: Ada Editor$/m);
  });
});

describe('npm run check', () => {
  it('prints every problem as path:line:column: field: message, a total, and exits non-zero', () => {
    const dir = contentFolder();
    copyFileSync('tests/fixtures/bad/misspelt-key.md', path.join(dir, 'one.md'));
    copyFileSync('tests/fixtures/bad/impossible-date.md', path.join(dir, 'two.md'));
    const result = npm('check', [], dir);
    expect(result.code).toBe(1);
    const lines = result.err.trim().split('\n');
    expect(lines).toContain(`${path.join(dir, 'one.md')}:7:1: sumary: unknown key; did you mean \`summary\`?`);
    expect(lines.some((l) => l.startsWith(`${path.join(dir, 'two.md')}:4:7: date: expected`))).toBe(true);
    expect(lines.at(-1)).toBe('✗ 3 problems in 2 files; fix them to build the site.');
  });

  it('warns, without failing, about long points, a long dek, no sources and a stale short-term brief', () => {
    const dir = contentFolder();
    const long = 'A point that goes on and on. '.repeat(8).trim();
    const source = readFileSync('tests/fixtures/bad/valid.md', 'utf8')
      .replace('  - One.', `  - ${long}`)
      .replace('description: A fixture.', `description: ${'A long dek. '.repeat(15).trim()}`)
      .replace('date: 2026-11-01', 'date: 2020-01-01\nrelevance: short-term');
    writeFileSync(path.join(dir, 'advice.md'), source);
    const result = npm('check', [], dir);
    expect(result.code).toBe(0);
    const file = path.join(dir, 'advice.md');
    expect(result.err).toContain(`${file}:9:5: summary[0]: warning: point is ${long.length} characters; keep summary points to 200 or fewer`);
    expect(result.err).toMatch(new RegExp(`advice\\.md:3:14: description: warning: is 179 characters`));
    expect(result.err).toMatch(/advice\.md:\d+:\d+: sources: warning: no sources listed/);
    expect(result.err).toMatch(/advice\.md:\d+:\d+: relevance: warning: short-term brief last dated \d+ days ago/);
    expect(result.out).toMatch(/1 article valid \(1 to publish, 0 drafts; en 1, tr 0\), 2 topics, 4 warnings/);
  });
});
