/**
 * `npx tsx scripts/bench/hostile-briefs.ts [--timeout 60] [--only a,b]`: checks each pathological brief of
 * issue 27 the way `npm run check` does (loadContent of a folder holding it), one child process per case,
 * and prints the wall time, the child's peak memory and what the loader said. A case still running after
 * the timeout is stopped and shown as such (before the budget, `*a_` × 150,000 ran for 706 s).
 * Every brief is under the size limit (384 KB): each must be checked in ≤ 5 s and ≤ 300 MB, or refused by name.
 * CPU time is shown next to wall time: on a busy machine the wall time is mostly waiting.
 * `--usage DIR…` prints instead what the briefs of those folders use of each limit (the room left).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SELF = fileURLToPath(import.meta.url);

/** A front matter that passes every check, so only the body (or the tags) is on trial. */
const frontMatter = (tags: readonly string[] = ['ai']) => `---
title: A hostile brief
description: A brief written to test the parser's budget.
date: 2026-11-28
author: brief-desk
topic: ethics-safety-regulation
tags: [${tags.join(', ')}]
summary:
  - One point.
  - Two points.
  - Three points.
whyItMatters:
  - It matters.
---

`;

/** Paragraph text, then heading, link and table lines up to about `bytes`. */
function linksHeadingsCells(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const block = i % 3 === 0 ? `## Heading ${i}\n\n` : i % 3 === 1 ? `${Array.from({ length: 40 }, (_, j) => `[l${j}](https://e.example/${j})`).join(' ')}\n\n` : `|${'a|'.repeat(60)}\n|${'-|'.repeat(60)}\n|${'b|'.repeat(60)}\n\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

/** Paragraphs of plain words up to about `bytes` and at most `lines` lines. */
const prose = (bytes: number, lines = 19_800) => 'Plain words of a long brief, with more words here to fill the line up to about a hundred chars.\n\n'.repeat(Math.min(Math.floor(bytes / 98), Math.floor(lines / 2)));

/** Bodies that reach one limit each (lib/content/limits.ts), without passing it. */
const atCaps = {
  emphasis: `${'*a_'.repeat(495)}\n\n`.repeat(2),
  links: `${'[l](https://e.example/) '.repeat(5)}\n\n`.repeat(99),
  headings: '## H\n\n'.repeat(149),
  table: `|${'a|'.repeat(18)}\n|${'-|'.repeat(18)}\n` + `|${'b|'.repeat(18)}\n`.repeat(98),
  marks: '`a` <b> &amp; x\n\n'.repeat(800),
  nested: `${'- '.repeat(2)}a\n`.repeat(245),
  items: `\n${'- item text here\n'.repeat(1_000)}\n`.repeat(2),
  // 100 code-span openers in a 12 KB paragraph: 1.3 M of the 2 M bytes the parser may read again.
  backticks: `${Array.from({ length: 100 }, (_, i) => `${'`'.repeat(i + 1)}a ${'word '.repeat(14)}`).join(' ')}\n\n`,
};
/** 100 unclosed `<!--` in a 19 KB paragraph: 1.9 M of the 2 M bytes the parser may read again. */
const comments = `x ${`<!-- ${'word '.repeat(38)}`.repeat(100)}\n\n`;

/** Each case: a name and the brief's text (front matter and body). */
const CASES: Record<string, () => string> = {
  'real brief (baseline)': () => frontMatter() + 'A short paragraph with *emphasis*, a [link](https://example.com) and `code`.\n\n## A section\n\nMore text.\n',
  "'*a_' × 2,000": () => frontMatter() + '*a_'.repeat(2_000) + '\n',
  "'*a_' × 8,000": () => frontMatter() + '*a_'.repeat(8_000) + '\n',
  "'*a_' × 150,000 (450 KB)": () => frontMatter() + '*a_'.repeat(150_000) + '\n',
  "'*a_' × 120,000 (360 KB, under the size limit)": () => frontMatter() + '*a_'.repeat(120_000) + '\n',
  "'*a_' × 300 in 1,000 paragraphs": () => frontMatter() + `${'*a_'.repeat(300)}\n\n`.repeat(1_000),
  "'>' nested 3,000 deep": () => frontMatter() + '>'.repeat(3_000) + ' deep\n',
  "'>' × 100,000": () => frontMatter() + '>'.repeat(100_000) + '\n',
  "'- ' nested 3,000 deep": () => frontMatter() + '- '.repeat(3_000) + 'deep\n',
  "'[' × 400,000": () => frontMatter() + '['.repeat(400_000) + '\n',
  'links, headings, cells (1 MB)': () => frontMatter() + linksHeadingsCells(1_000_000),
  'links, headings, cells (500 KB)': () => frontMatter() + linksHeadingsCells(500_000),
  // The worst a brief may hold within every limit: each must still be checked in ≤ 5 s and ≤ 300 MB.
  'at the caps: 2,000 runs of *, _ in 2 paragraphs': () => frontMatter() + atCaps.emphasis,
  'at the caps: 500 links, 150 headings, 2,000 cells': () => frontMatter() + atCaps.links + atCaps.headings + atCaps.table,
  "'- ' nested 3 deep × 20,000 lines": () => frontMatter() + `${'- '.repeat(2)}a\n`.repeat(19_900),
  'at the caps: 250 lines of 3 nested list items': () => frontMatter() + atCaps.nested,
  'at the caps: 25 lines of 20 nested list items': () => frontMatter() + `${'- '.repeat(19)}a\n`.repeat(25),
  'at the caps: 384 KB of prose': () => frontMatter() + prose(390_000),
  '512 KB of prose': () => frontMatter() + prose(520_000),
  '1 MB of prose (the old size limit)': () => frontMatter() + prose(1_000_000),
  'at the caps: 5,000 marks of code, <, &': () => frontMatter() + atCaps.marks,
  'at every cap at once, filled to 384 KB with prose': () => {
    const body = Object.values(atCaps).join('\n');
    return frontMatter() + body + '\n' + prose(390_000 - body.length, 19_000 - body.split('\n').length);
  },
  "unclosed '<!--' × 2,000 in one paragraph (410 KB)": () => frontMatter() + `x ${`<!-- ${'word '.repeat(40)}`.repeat(2_000)}\n`,
  '900 backtick runs of different lengths (407 KB)': () => frontMatter() + `${Array.from({ length: 900 }, (_, i) => `${'`'.repeat(i + 1)}a`).join(' ')}\n`,
  "100 unclosed '<!--' in each of 24 paragraphs (490 KB)": () => frontMatter() + `x ${`<!-- ${'word '.repeat(40)}`.repeat(100)}\n\n`.repeat(24),
  '100 backtick runs of different lengths in a 480 KB paragraph': () => frontMatter() + `${Array.from({ length: 100 }, (_, i) => `${'`'.repeat(i + 1)}a ${'word '.repeat(950)}`).join(' ')}\n`,
  "at the caps: 100 unclosed '<!--' in a 19 KB paragraph": () => frontMatter() + comments,
  'at the caps: 100 backtick runs of different lengths in a 12 KB paragraph': () => frontMatter() + atCaps.backticks,
  '19,000 list items': () => frontMatter() + '- item text here\n'.repeat(19_000),
  '19,000 line breaks': () => frontMatter() + 'line text here  \n'.repeat(19_000),
  'at the caps: 3,000 list items': () => frontMatter() + `${'- item text here\n'.repeat(1_000)}\n`.repeat(3),
  'at the caps: 3,000 line breaks': () => frontMatter() + `${'line text here  \n'.repeat(1_000)}\n`.repeat(3),
  'at the caps: 64 KB lines of words in 6 paragraphs': () => frontMatter() + `${'word '.repeat(13_000)}\n\n`.repeat(6),
  'one 500 KB line of words': () => frontMatter() + 'word '.repeat(100_000),
  '10,000 tags': () => frontMatter(Array.from({ length: 10_000 }, (_, i) => `tag-${i}`)) + 'Text.\n',
  'NUL bytes': () => frontMatter() + 'Text with a \u0000 NUL byte.\n',
};

const resultSchema = z.object({ ms: z.number(), cpuMs: z.number(), peakMb: z.number(), outcome: z.string() });
type Result = z.infer<typeof resultSchema>;

/** In the child: load `dir` as `npm run check` does and print what happened as JSON. */
async function measureOne(dir: string): Promise<void> {
  const { loadContent } = await import('../../lib/content/loader');
  const { ContentError, formatIssue } = await import('../../lib/content/error');
  const start = performance.now();
  const cpu = process.cpuUsage();
  let outcome: string;
  try {
    const content = await loadContent(dir);
    const html = content.articles[0]?.html.length ?? 0;
    outcome = `accepted (${(html / 1024).toFixed(0)} KB of HTML)`;
  } catch (error) {
    outcome = error instanceof ContentError ? `refused: ${error.issues.map(formatIssue).join(' | ')}` : `crashed: ${error instanceof Error ? error.message : String(error)}`;
  }
  const used = process.cpuUsage(cpu);
  const result: Result = { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, peakMb: process.resourceUsage().maxRSS / 1024, outcome };
  console.log(JSON.stringify(result));
}

function run(timeoutSeconds: number, only: readonly string[]): void {
  const rows: string[][] = [];
  for (const [name, brief] of Object.entries(CASES)) {
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'brief-hostile-'));
    try {
      copyFileSync(path.join(ROOT, 'content', 'topics.yml'), path.join(dir, 'topics.yml'));
      writeFileSync(path.join(dir, 'hostile.md'), brief());
      const child = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', dir], { cwd: ROOT, encoding: 'utf8', timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
      const last = child.stdout.trim().split('\n').at(-1) ?? '';
      const parsed = child.error || child.signal ? undefined : resultSchema.safeParse(safeJson(last));
      if (parsed?.success) {
        const { ms, cpuMs, peakMb, outcome } = parsed.data;
        rows.push([name, `${(ms / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s)`, `${peakMb.toFixed(0)} MB`, outcome.length > 160 ? `${outcome.slice(0, 157)}…` : outcome]);
      } else {
        const why = child.signal ? `stopped after ${timeoutSeconds} s (${child.signal})` : `failed: ${(child.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? child.stderr.trim().split('\n').at(-1) ?? '').slice(0, 160)}`;
        rows.push([name, child.signal ? `> ${timeoutSeconds} s` : '-', '-', why]);
      }
      console.log(rows.at(-1)?.join('  |  '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Prints what each brief of the folders given uses of each limit, and the most any of them uses. */
async function usage(dirs: readonly string[]): Promise<void> {
  const { budgetUsage, LIMITS } = await import('../../lib/content/limits');
  const { default: matter } = await import('gray-matter');
  const most: Record<string, number> = {};
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const used = budgetUsage(matter(readFileSync(path.join(dir, name), 'utf8')).content);
      for (const [key, value] of Object.entries(used)) most[key] = Math.max(most[key] ?? 0, value);
      console.log(path.join(dir, name), JSON.stringify(used));
    }
  }
  for (const [key, limit] of Object.entries(LIMITS)) console.log(`${key}: most used ${most[key] ?? 0}, limit ${limit}`);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { timeout: { type: 'string', default: '60' }, only: { type: 'string', default: '' }, child: { type: 'string' }, usage: { type: 'boolean' } } });
if (values.child) await measureOne(values.child);
else if (values.usage) await usage(positionals);
else run(Number(values.timeout), values.only.split(',').filter(Boolean));
