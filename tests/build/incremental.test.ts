/**
 * Incremental builds are correct by construction; this series proves it byte for byte, where an edit
 * exercises a new part of the machinery: the incremental `out/` after adding a brief, editing a body,
 * adding a photo, editing topics.yml, adding a correction and builds killed midway must be byte-identical to a cold build of
 * the same content (a fresh output folder and fresh caches); the first pair of cold builds also proves
 * that builds are reproducible. The other edits are proved by plan in incremental-plans.test.ts; a
 * page is a pure render of its model, which these byte-for-byte steps prove.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editFrontMatter, killBuildWhen, readTree, treeDifferences } from './project';
import { COLD, INCREMENTAL, rendered, useSeries } from './series';

/** What an editor puts in public/ (beside the project's own files): published as it is. */
const EDITOR_FILES = { 'ads.txt': 'example.com, pub-0000000000000000, DIRECT\n', 'llms.txt': '# Brief\n', '.well-known/security.txt': 'Contact: mailto:security@example.com\n' };

const { state, env, build, coldBuild, tree, file, expectSameAsCold, coldModels, expectColdPlan } = useSeries((project) => {
  for (const [name, text] of Object.entries(EDITOR_FILES)) {
    mkdirSync(path.dirname(path.join(project, 'public', name)), { recursive: true });
    writeFileSync(path.join(project, 'public', name), text);
  }
});

describe('incremental builds, byte for byte against cold builds', () => {
  it('are reproducible: two cold builds of the same content give byte-identical exports', () => {
    const first = build(INCREMENTAL);
    expect(first.log).toContain('▶ full build: no out-inc/ yet');
    coldBuild();
    const files = tree(INCREMENTAL);
    expect(files.size).toBeGreaterThan(50);
    expect(treeDifferences(files, tree(COLD))).toEqual([]);
    // Nothing in the export carries the time of the build (the corpus is dated weeks before today).
    const now = new Date();
    const stamps = [now.toISOString().slice(0, 10), now.toUTCString().slice(5, 16)];
    for (const [name, bytes] of files) {
      if (!/\.(html|xml|json|txt)$|_headers$/.test(name)) continue;
      for (const stamp of stamps) expect(bytes.toString('utf8'), `${name} contains today's date`).not.toContain(stamp);
    }
  });

  it('publish public/ as it is: .txt files and .well-known/ byte for byte, no RSC payload', () => {
    const files = tree(INCREMENTAL);
    for (const [name, text] of Object.entries(EDITOR_FILES)) expect(files.get(name)?.toString('utf8'), name).toBe(text);
    // Every .txt outside _next/ is a public/ file or the generated robots.txt: no RSC payload is left.
    const publicTexts = [...readTree(path.join(state.project, 'public')).keys()].filter((f) => f.endsWith('.txt'));
    expect([...files.keys()].filter((f) => f.endsWith('.txt') && !f.startsWith('_next/')).sort()).toEqual(['robots.txt', ...publicTexts].sort());
  });

  it('reuse the previous build when nothing changed, without running next build', () => {
    const run = build(INCREMENTAL);
    expect(run.log).toContain('▶ incremental build');
    expect(rendered(run)).toBe(0);
    expect(run.log).toContain('next build: stopped, no page changed');
    expect(treeDifferences(tree(INCREMENTAL), tree(COLD))).toEqual([]);
  });

  it('match a cold build after adding a brief, rendering only what changed', () => {
    const source = readFileSync(file(state.briefs.original), 'utf8');
    writeFileSync(file('a-breaking-brief.md'), source);
    editFrontMatter(file('a-breaking-brief.md'), (fm) => {
      fm.title = 'A breaking brief, published now';
      fm.slug = 'a-breaking-brief';
      fm.date = '2027-01-15T08:00:00Z';
      delete fm.updated;
    });
    const run = expectSameAsCold();
    expect(run.log).toContain('▶ incremental build');
    expect(rendered(run)).toBeGreaterThan(0);
    expect(rendered(run)).toBeLessThan(Number(/page models: (\d+) pages/.exec(run.log)?.[1]));
  });

  it('match a cold build after editing a body', () => {
    const name = state.briefs.body;
    writeFileSync(file(name), `${readFileSync(file(name), 'utf8')}\n## A late addition\n\nOne more paragraph, with **new** words in it.\n`);
    expect(rendered(expectSameAsCold())).toBeGreaterThan(0);
  });

  it('match a cold build after adding a photo; plan as a cold build after replacing its file and removing it; only the current image files are published', async () => {
    const images = path.join(state.content, 'images');
    mkdirSync(images, { recursive: true });
    cpSync('tests/fixtures/images/small-photo.jpg', path.join(images, 'photo.jpg'));
    editFrontMatter(file(state.briefs.body), (fm) => {
      fm.image = { src: 'images/photo.jpg', alt: 'A green hillside', credit: 'Photo: Test' };
    });
    writeFileSync(file(state.briefs.body), `${readFileSync(file(state.briefs.body), 'utf8')}\n![A red logo](images/logo.png "Our logo.")\n`);
    cpSync('tests/fixtures/images/logo.png', path.join(images, 'logo.png'));
    const added = expectSameAsCold();
    expect(added.log).toMatch(/photos: 2 images in 10 files, 10 encoded/);
    const published = () => [...tree(INCREMENTAL).keys()].filter((f) => f.startsWith('images/')).sort();
    const first = published();
    expect(first).toHaveLength(10);

    const withFirst = await coldModels();
    cpSync('tests/fixtures/images/sideways.jpg', path.join(images, 'photo.jpg'));
    const replaced = await expectColdPlan(withFirst);
    expect(replaced.log).toMatch(/photos: 2 images in 8 files, 3 encoded/);
    expect(published().filter((f) => first.includes(f))).toHaveLength(5); // the logo's files stay, the old photo's go

    const before = await coldModels();
    editFrontMatter(file(state.briefs.body), (fm) => {
      delete fm.image;
    });
    await expectColdPlan(before);
    expect(published()).toHaveLength(5);
  });

  it('match a cold build after editing topics.yml', () => {
    const topics = path.join(state.content, 'topics.yml');
    writeFileSync(topics, readFileSync(topics, 'utf8').replace('name: Models & Research', 'name: Models, Research & Benchmarks'));
    expect(readFileSync(topics, 'utf8')).toContain('Models, Research & Benchmarks');
    expectSameAsCold();
  });

  it('match a cold build after adding a correction, which the corrections page then lists', () => {
    const note = 'An earlier version misnamed the regulator.';
    let edition = '';
    editFrontMatter(file(state.briefs.title), (fm) => {
      edition = typeof fm.lang === 'string' && fm.lang.startsWith('tr') ? 'tr/' : '';
      fm.updates = [...(Array.isArray(fm.updates) ? fm.updates : []), { date: '2027-01-20', type: 'correction', note }];
    });
    const run = expectSameAsCold();
    expect(rendered(run)).toBeGreaterThan(0);
    expect(tree(INCREMENTAL).get(`${edition}corrections/index.html`)?.toString('utf8')).toContain(note);
  });

  it('leave out/ whole when killed midway, and recover by themselves on the next run', async () => {
    const before = tree(INCREMENTAL);
    editFrontMatter(file(state.briefs.crash), (fm) => {
      fm.title = 'A title edited before a crash';
    });
    for (const when of [/Generating static pages/, /✓ next build: /, /✓ staged:/]) {
      const run = await killBuildWhen(state.project, env(INCREMENTAL), when);
      expect(run.killed, `killed at ${String(when)}; the build said:\n${run.log}`).toBe(true);
      expect(treeDifferences(tree(INCREMENTAL), before), `out/ after a kill at ${String(when)}`).toEqual([]);
    }
    expect(existsSync(path.join(state.project, `.${INCREMENTAL}.staging`))).toBe(true);
    const next = build(INCREMENTAL);
    expect(next.log).toContain('• recovered: removed .out-inc.staging');
    expect(existsSync(path.join(state.project, `.${INCREMENTAL}.staging`))).toBe(false);
    coldBuild();
    const steps = next.log.split('\n').filter((line) => /^[✓▶•]/.test(line)).join('\n');
    expect(treeDifferences(tree(INCREMENTAL), tree(COLD)), `the build after the kills:\n${steps}`).toEqual([]);
  });
});
