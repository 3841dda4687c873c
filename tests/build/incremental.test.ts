/**
 * Incremental builds are correct by construction, and this proves it: on a generated corpus, a
 * scripted series of edits, and after each one the incremental `out/` must be byte-identical to a
 * cold build of the same content (a fresh output folder and fresh caches). The first pair of cold
 * builds also proves that builds are reproducible. Then builds are killed midway: `out/` must be
 * exactly as before, and the next build must recover by itself.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { slugify } from '../../lib/content/slug';
import { generateCorpus } from '../../scripts/gen-corpus';
import { copyProject, editFrontMatter, killBuildWhen, readTree, runBuild, treeDifferences, type BuildRun } from './project';
import { tempDir } from '../temp';

let project = '';
let content = '';
let pageSize = '3';
const INCREMENTAL = 'out-inc';
const COLD = 'out-cold';

const env = (outDir: string, extra: Record<string, string> = {}) => ({ CONTENT_DIR: content, BRIEF_OUT_DIR: outDir, BRIEF_PAGE_SIZE: pageSize, ...extra });

function build(outDir: string, extra: Record<string, string> = {}): BuildRun {
  const run = runBuild(project, env(outDir, extra));
  if (run.status !== 0) throw new Error(`build into ${outDir} failed (exit ${run.status}):\n${run.log.slice(-4000)}`);
  return run;
}

/** A build from nothing: no previous export, no caches. */
function coldBuild(): BuildRun {
  rmSync(path.join(project, COLD), { recursive: true, force: true });
  return build(COLD, { BRIEF_CACHE_DIR: tempDir('brief-cold-cache-') });
}

const tree = (outDir: string) => readTree(path.join(project, outDir));
const file = (name: string) => path.join(content, name);
/** The generated briefs each edit works on, by role. */
let briefs: Record<'original' | 'body' | 'title' | 'draft' | 'move' | 'tag' | 'deleted' | 'crash', string>;

/** Runs the incremental build and a cold build of the same content and expects identical exports. */
function expectSameAsCold(): BuildRun {
  const incremental = build(INCREMENTAL);
  coldBuild();
  expect(treeDifferences(tree(INCREMENTAL), tree(COLD))).toEqual([]);
  return incremental;
}

const rendered = (run: BuildRun) => Number(/page models: [\d,]+ pages?, (\d+) to render/.exec(run.log)?.[1] ?? NaN);

beforeAll(() => {
  project = copyProject();
  content = path.join(project, 'corpus');
  generateCorpus({ n: 9, out: content });
  const names = readdirSync(content).filter((f) => f.endsWith('.md')).sort();
  const [original, body, title, draft, move, tag, deleted, crash] = names;
  if (!original || !body || !title || !draft || !move || !tag || !deleted || !crash) throw new Error(`expected 9 briefs, found ${names.length}`);
  briefs = { original, body, title, draft, move, tag, deleted, crash };
  editFrontMatter(file(draft), (fm) => {
    fm.draft = true;
  });
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('builds', () => {
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

  it('reuse the previous build when nothing changed, without running next build', () => {
    const run = build(INCREMENTAL);
    expect(run.log).toContain('▶ incremental build');
    expect(rendered(run)).toBe(0);
    expect(run.log).toContain('next build: stopped, no page changed');
    expect(treeDifferences(tree(INCREMENTAL), tree(COLD))).toEqual([]);
  });

  it('match a cold build after adding a brief, rendering only what changed', () => {
    const source = readFileSync(file(briefs.original), 'utf8');
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
    const name = briefs.body;
    writeFileSync(file(name), `${readFileSync(file(name), 'utf8')}\n## A late addition\n\nOne more paragraph, with **new** words in it.\n`);
    expect(rendered(expectSameAsCold())).toBeGreaterThan(0);
  });

  it('match a cold build after editing a title (listings and other briefs’ related lists change)', () => {
    editFrontMatter(file(briefs.title), (fm) => {
      fm.title = 'A retitled brief';
    });
    expectSameAsCold();
  });

  // Two edits a step where they touch different pages: each build pair costs about 15 s of CI.
  it('match a cold build after moving a brief to another topic and adding a tag to another', () => {
    editFrontMatter(file(briefs.move), (fm) => {
      fm.topic = fm.topic === 'models-research' ? 'chips-infrastructure' : 'models-research';
    });
    editFrontMatter(file(briefs.tag), (fm) => {
      fm.tags = [...(Array.isArray(fm.tags) ? fm.tags : []), 'a-brand-new-tag'];
    });
    expectSameAsCold();
  });

  it('match a cold build after deleting a brief and publishing a draft', () => {
    rmSync(file(briefs.deleted));
    expect(readFileSync(file(briefs.draft), 'utf8')).toMatch(/^draft: true$/m);
    editFrontMatter(file(briefs.draft), (fm) => {
      delete fm.draft;
    });
    expectSameAsCold();
  });

  it('match a cold build after adding, then removing, a translation', () => {
    const original = briefs.original;
    const slug = original.replace(/\.md$/, '');
    const translation = file(`${slug}.tr.md`);
    cpSync(file(original), translation);
    editFrontMatter(translation, (fm) => {
      fm.title = 'Türkçe bir başlık';
      fm.lang = 'tr';
      fm.translationOf = slug;
      delete fm.slug;
    });
    expectSameAsCold();
    rmSync(translation);
    expectSameAsCold();
  });

  it('match a cold build after adding a photo, replacing its file, and removing it; only the current image files are published', () => {
    const images = path.join(content, 'images');
    mkdirSync(images, { recursive: true });
    cpSync('tests/fixtures/images/small-photo.jpg', path.join(images, 'photo.jpg'));
    editFrontMatter(file(briefs.body), (fm) => {
      fm.image = { src: 'images/photo.jpg', alt: 'A green hillside', credit: 'Photo: Test' };
    });
    writeFileSync(file(briefs.body), `${readFileSync(file(briefs.body), 'utf8')}\n![A red logo](images/logo.png "Our logo.")\n`);
    cpSync('tests/fixtures/images/logo.png', path.join(images, 'logo.png'));
    const added = expectSameAsCold();
    expect(added.log).toMatch(/photos: 2 images in 10 files, 10 encoded/);
    const published = () => [...tree(INCREMENTAL).keys()].filter((f) => f.startsWith('images/')).sort();
    const first = published();
    expect(first).toHaveLength(10);

    cpSync('tests/fixtures/images/sideways.jpg', path.join(images, 'photo.jpg'));
    const replaced = expectSameAsCold();
    expect(replaced.log).toMatch(/photos: 2 images in 8 files, 3 encoded/);
    expect(published().filter((f) => first.includes(f))).toHaveLength(5); // the logo's files stay, the old photo's go

    editFrontMatter(file(briefs.body), (fm) => {
      delete fm.image;
    });
    expectSameAsCold();
    expect(published()).toHaveLength(5);
  });

  it('match a cold build after editing topics.yml', () => {
    const topics = path.join(content, 'topics.yml');
    writeFileSync(topics, readFileSync(topics, 'utf8').replace('name: Models & Research', 'name: Models, Research & Benchmarks'));
    expect(readFileSync(topics, 'utf8')).toContain('Models, Research & Benchmarks');
    expectSameAsCold();
  });

  it('match a cold build after adopting authors.yml: every plain-name byline becomes an id, author pages appear', () => {
    const names = new Set<string>();
    const idOf = (name: string) => slugify(name);
    for (const name of readdirSync(content).filter((f) => f.endsWith('.md'))) {
      editFrontMatter(file(name), (fm) => {
        const byline = typeof fm.author === 'string' ? [fm.author] : Array.isArray(fm.author) ? fm.author.map(String) : [];
        for (const author of byline) names.add(author);
        fm.author = byline.map(idOf);
      });
    }
    const entries = [...names].sort().map((name) => ({ id: idOf(name), name, role: 'Correspondent', bio: `${name} writes briefs.` }));
    writeFileSync(path.join(content, 'authors.yml'), stringify(entries));
    expectSameAsCold();
    expect(existsSync(path.join(project, INCREMENTAL, 'authors', 'index.html'))).toBe(true);
  });

  it('match a cold build after renaming an author in authors.yml (their bylines, page and feed change) and changing a brief’s author', () => {
    const authors = path.join(content, 'authors.yml');
    const source = readFileSync(authors, 'utf8');
    const [, first] = /^ {2}name: (.+)$/m.exec(source) ?? [];
    if (!first) throw new Error('no author name in authors.yml');
    writeFileSync(authors, source.replace(`name: ${first}`, 'name: A Renamed Correspondent'));
    const ids = [...source.matchAll(/id: (\S+)/g)].map((m) => m[1]);
    editFrontMatter(file(briefs.title), (fm) => {
      const current = typeof fm.author === 'string' ? fm.author : Array.isArray(fm.author) ? String(fm.author[0]) : '';
      fm.author = ids.find((id) => id !== current);
    });
    const run = expectSameAsCold();
    expect(rendered(run)).toBeGreaterThan(0);
    expect(readFileSync(path.join(project, INCREMENTAL, 'authors', 'index.html'), 'utf8')).toContain('A Renamed Correspondent');
  });

  it('fall back to a full build when a setting changes (the page size), and say why', () => {
    pageSize = '4';
    const run = expectSameAsCold();
    expect(run.log).toContain('▶ full build: code, dependencies or settings changed');
  });

  it('leave out/ unchanged when the content is invalid', () => {
    const before = tree(INCREMENTAL);
    writeFileSync(file('broken.md'), '---\ntitle: [unclosed\n---\n\nBody.\n');
    const run = runBuild(project, env(INCREMENTAL));
    expect(run.status).toBe(1);
    expect(run.log).toMatch(/broken\.md:\d+:\d+: front matter: invalid YAML/);
    expect(run.log).toContain('nothing was built, out-inc/ is unchanged');
    expect(treeDifferences(tree(INCREMENTAL), before)).toEqual([]);
    rmSync(file('broken.md'));
  });

  it('leave out/ whole when killed midway, and recover by themselves on the next run', async () => {
    const before = tree(INCREMENTAL);
    editFrontMatter(file(briefs.crash), (fm) => {
      fm.title = 'A title edited before a crash';
    });
    for (const when of [/Generating static pages/, /✓ next build: /, /✓ staged:/]) {
      const run = await killBuildWhen(project, env(INCREMENTAL), when);
      expect(run.killed, `killed at ${String(when)}; the build said:\n${run.log}`).toBe(true);
      expect(treeDifferences(tree(INCREMENTAL), before), `out/ after a kill at ${String(when)}`).toEqual([]);
    }
    expect(existsSync(path.join(project, `.${INCREMENTAL}.staging`))).toBe(true);
    const next = build(INCREMENTAL);
    expect(next.log).toContain('• recovered: removed .out-inc.staging');
    expect(existsSync(path.join(project, `.${INCREMENTAL}.staging`))).toBe(false);
    coldBuild();
    const steps = next.log.split('\n').filter((line) => /^[✓▶•]/.test(line)).join('\n');
    expect(treeDifferences(tree(INCREMENTAL), tree(COLD)), `the build after the kills:\n${steps}`).toEqual([]);
  });

  it('publish public/ as it is: .txt files and .well-known/ byte for byte, no RSC payload; a link there is refused by name and publishes nothing', () => {
    const outDir = 'out-public';
    const publicDir = path.join(project, 'public');
    const editor = { 'ads.txt': 'example.com, pub-0000000000000000, DIRECT\n', 'llms.txt': '# Brief\n', '.well-known/security.txt': 'Contact: mailto:security@example.com\n' };
    for (const [name, text] of Object.entries(editor)) {
      mkdirSync(path.dirname(path.join(publicDir, name)), { recursive: true });
      writeFileSync(path.join(publicDir, name), text);
    }
    // Without share images: they are drawn the same whatever public/ holds (a few seconds less).
    const settings = { BRIEF_OG_IMAGES: '0' };
    build(outDir, settings);
    const files = tree(outDir);
    for (const [name, text] of Object.entries(editor)) expect(files.get(name)?.toString('utf8'), name).toBe(text);
    // Every .txt outside _next/ is a public/ file or the generated robots.txt: no RSC payload is left.
    const publicTexts = [...readTree(publicDir).keys()].filter((f) => f.endsWith('.txt'));
    expect([...files.keys()].filter((f) => f.endsWith('.txt') && !f.startsWith('_next/')).sort()).toEqual(['robots.txt', ...publicTexts].sort());

    const secret = path.join(tempDir('brief-secret-'), 'secret.txt');
    writeFileSync(secret, 'a secret of the build machine\n');
    symlinkSync(secret, path.join(publicDir, 'leak.html'));
    const refused = runBuild(project, env(outDir, settings));
    expect(refused.status).not.toBe(0);
    expect(refused.log).toContain(`public/leak.html is a symbolic link to ${secret}: public/ files are published as they are, and links are refused`);
    expect(refused.log).not.toMatch(/^✓ next build/m);
    expect(treeDifferences(tree(outDir), files)).toEqual([]);

    // A public/ file with the name of one the build writes would be replaced without a word: refused, named.
    rmSync(path.join(publicDir, 'leak.html'));
    writeFileSync(path.join(publicDir, 'robots.txt'), 'User-agent: *\nDisallow: /private/\n');
    const clash = runBuild(project, env(outDir, settings));
    expect(clash.status).not.toBe(0);
    expect(clash.log).toContain('✗ public/robots.txt has the name of a file the build writes itself');
    expect(clash.log).not.toMatch(/^\s+at /m);
    expect(treeDifferences(tree(outDir), files)).toEqual([]);
  });
});
