/** The lenient load of `npm run dev`: valid briefs kept, the rest listed with their problems; a strict load still fails. */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '@/lib/content/error';
import { loadContent } from '@/lib/content/loader';
import { tempDir } from '../temp';

/** A valid brief with `extra` front matter lines. */
function brief(extra = '', summary = ['One.', 'Two.', 'Three.']): string {
  return `---
title: Fixture
description: A fixture.
date: 2026-11-01
author: Ada Editor
topic: markets
summary:
${summary.map((point) => `  - ${point}`).join('\n')}
whyItMatters:
  - Reason.
${extra}---

Body.
`;
}

/** What `npm run new` writes (lib/content/skeleton.ts's placeholders), for a real title. */
const skeleton = `---
title: Grid batteries get a vote
description: "TODO one or two sentences: what happened and why a reader should care."
date: 2026-11-30
author: Ada Editor
topic: markets
summary:
  - TODO first point of the 3-point summary.
  - TODO second point.
  - TODO third point.
whyItMatters:
  - TODO why this matters to the reader.
draft: true
---

## What happened

TODO the facts, with who said what.
`;

/** A content folder with the fixture topics and `files`. */
function folder(files: Record<string, string>, topics = 'tests/fixtures/bad/topics.yml'): string {
  const dir = tempDir('brief-dev-content-');
  copyFileSync(topics, path.join(dir, 'topics.yml'));
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, name), source);
  return dir;
}

describe('the lenient load of npm run dev', () => {
  it('keeps every valid brief and lists each invalid file at the address its page would have, with its problems at their lines (a strict load still fails)', async () => {
    const dir = folder({ 'fine.md': brief(), 'two-points.md': brief('', ['One.', 'Two.']), 'grid-batteries-get-a-vote.md': skeleton });
    const content = await loadContent(dir, { lenient: true });
    expect(content.articles.map((a) => a.slug)).toEqual(['fine']);
    const files = content.problems?.files ?? [];
    expect(files.map((f) => [path.basename(f.file), f.locale, f.slug, f.unfinished])).toEqual([
      ['grid-batteries-get-a-vote.md', 'en', 'grid-batteries-get-a-vote', true],
      ['two-points.md', 'en', 'two-points', false],
    ]);
    expect(files[1]?.problems.map(formatIssue)).toEqual([`${path.join(dir, 'two-points.md')}:8:3: summary: expected exactly 3 points (a list of 3 strings), found a list of 2 items`]);
    // The skeleton's problems are its TODOs, each with what is still to write.
    expect(files[0]?.problems.map((p) => [p.field, p.line, p.todo])).toEqual([
      ['description', 3, 'one or two sentences: what happened and why a reader should care.'],
      ['summary[0]', 8, 'first point of the 3-point summary.'],
      ['summary[1]', 9, 'second point.'],
      ['summary[2]', 10, 'third point.'],
      ['whyItMatters[0]', 12, 'why this matters to the reader.'],
      ['body', 18, 'the facts, with who said what.'],
    ]);
    expect(content.problems?.site).toEqual([]);
    // A strict load (check, a build) of the same folder still fails, naming every problem.
    const error = await loadContent(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect(error instanceof ContentError ? error.issues.map((i) => path.basename(i.file)) : []).toEqual([...Array(6).fill('grid-batteries-get-a-vote.md'), 'two-points.md']);
  });

  it('shows a translation alone while its original is being fixed, and leaves out a second use of a slug', async () => {
    const dir = folder({
      'original.md': brief('', ['One.', 'Two.']),
      'original.tr.md': brief('lang: tr\ntranslationOf: original\n'),
      'a.md': brief('slug: shared\n'),
      'b.md': brief('slug: shared\n'),
    });
    const content = await loadContent(dir, { lenient: true });
    expect(content.articles.map((a) => `${a.locale}:${a.slug}`).sort()).toEqual(['en:shared', 'tr:original']);
    expect((content.problems?.files ?? []).map((f) => [path.basename(f.file), f.slug, f.problems.map((p) => p.field)])).toEqual([
      ['b.md', 'b', ['slug']],
      ['original.md', 'original', ['summary']],
    ]);
  });

  it('a broken Turkish brief is at its Turkish address', async () => {
    const content = await loadContent(folder({ 'x.tr.md': brief('lang: tr\ndraft: maybe\n') }), { lenient: true });
    expect((content.problems?.files ?? []).map((f) => [f.locale, f.slug, f.problems.map((p) => p.field)])).toEqual([['tr', 'x', ['draft']]]);
  });

  it('a broken topics.yml is a site-wide problem; the briefs it keeps out are listed without blaming them', async () => {
    const bad = tempDir('brief-bad-topics-');
    writeFileSync(path.join(bad, 'topics.yml'), '- id: Markets\n');
    const content = await loadContent(folder({ 'fine.md': brief() }, path.join(bad, 'topics.yml')), { lenient: true });
    expect(content.articles).toEqual([]);
    expect(content.problems?.site.map((i) => path.basename(i.file))).toEqual(expect.arrayContaining(['topics.yml']));
    expect((content.problems?.files ?? []).map((f) => [f.slug, f.problems])).toEqual([['fine', []]]);
  });
});
