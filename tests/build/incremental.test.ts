/**
 * Incremental builds are correct by construction, and this proves it on a generated corpus and a
 * scripted series of edits. Where an edit exercises a new part of the machinery (adding a brief,
 * editing a body, topics.yml, a photo, a killed build), the incremental `out/` must be byte-identical
 * to a cold build of the same content (a fresh output folder and fresh caches); the first pair of
 * cold builds also proves that builds are reproducible. For the other edits (titles, topics, tags,
 * drafts, deletions, translations, authors, the page size) the incremental build's plan must be the
 * cold one: it renders exactly the pages whose model, computed from the content from nothing, changed,
 * removes the pages whose URL went, and has a page for every URL. A page is a pure render of its model,
 * which the byte-for-byte steps prove. Then builds are killed midway: `out/` must be exactly as
 * before, and the next build must recover by itself.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadContent } from '../../lib/content/loader';
import { slugify } from '../../lib/content/slug';
import { modelHash } from '../../lib/engine/plan';
import { sitePages } from '../../lib/pages/site-pages';
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

/** Every page's model hash as a cold build computes it from the content: URL → hash. */
async function coldModels(): Promise<Map<string, string>> {
  const pages = sitePages(await loadContent(content), { drafts: false, pageSize: Number(pageSize) });
  return new Map(pages.map((page) => [page.path, modelHash(page.model)]));
}

/** The exported file of a page URL (`/` → `index.html`, `/articles/x/` → `articles/x/index.html`). */
const pageFile = (url: string) => [url.replace(/^\/+|\/+$/g, ''), 'index.html'].filter(Boolean).join('/');

/**
 * Runs the incremental build after an edit and expects the plan of a cold build: it renders exactly
 * the pages whose cold model hash differs from `before` (new ones included) and removes the URLs that
 * went; `out/` then has a page for every URL and none for a removed one.
 */
async function expectColdPlan(before: ReadonlyMap<string, string>): Promise<BuildRun> {
  const run = build(INCREMENTAL);
  const after = await coldModels();
  const changed = [...after].filter(([url, hash]) => before.get(url) !== hash).map(([url]) => url);
  const removed = [...before.keys()].filter((url) => !after.has(url));
  const counts = /page models: ([\d,]+) pages?, (\d+) to render, (\d+) removed/.exec(run.log)?.slice(1).map((n) => Number(n.replace(/,/g, '')));
  expect(counts, run.log.slice(-3000)).toEqual([after.size, changed.length, removed.length]);
  const files = tree(INCREMENTAL);
  expect([...after.keys()].filter((url) => !files.has(pageFile(url))), 'URLs without a page').toEqual([]);
  expect(removed.filter((url) => files.has(pageFile(url))), 'removed URLs still published').toEqual([]);
  return run;
}

/** What an editor puts in public/ (beside the project's own files): published as it is. */
const EDITOR_FILES = { 'ads.txt': 'example.com, pub-0000000000000000, DIRECT\n', 'llms.txt': '# Brief\n', '.well-known/security.txt': 'Contact: mailto:security@example.com\n' };

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
  for (const [name, text] of Object.entries(EDITOR_FILES)) {
    mkdirSync(path.dirname(path.join(project, 'public', name)), { recursive: true });
    writeFileSync(path.join(project, 'public', name), text);
  }
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

  it('publish public/ as it is: .txt files and .well-known/ byte for byte, no RSC payload', () => {
    const files = tree(INCREMENTAL);
    for (const [name, text] of Object.entries(EDITOR_FILES)) expect(files.get(name)?.toString('utf8'), name).toBe(text);
    // Every .txt outside _next/ is a public/ file or the generated robots.txt: no RSC payload is left.
    const publicTexts = [...readTree(path.join(project, 'public')).keys()].filter((f) => f.endsWith('.txt'));
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

  it('plan as a cold build after retitling a brief, moving one to another topic, tagging one, deleting one and publishing a draft', async () => {
    const before = await coldModels();
    editFrontMatter(file(briefs.title), (fm) => {
      fm.title = 'A retitled brief';
    });
    editFrontMatter(file(briefs.move), (fm) => {
      fm.topic = fm.topic === 'models-research' ? 'chips-infrastructure' : 'models-research';
    });
    editFrontMatter(file(briefs.tag), (fm) => {
      fm.tags = [...(Array.isArray(fm.tags) ? fm.tags : []), 'a-brand-new-tag'];
    });
    rmSync(file(briefs.deleted));
    expect(readFileSync(file(briefs.draft), 'utf8')).toMatch(/^draft: true$/m);
    editFrontMatter(file(briefs.draft), (fm) => {
      delete fm.draft;
    });
    const run = await expectColdPlan(before);
    expect(run.log).toContain('▶ incremental build');
    const files = tree(INCREMENTAL);
    expect(files.has('tags/a-brand-new-tag/index.html')).toBe(true);
    expect(files.has(`articles/${briefs.deleted.replace(/\.md$/, '')}/index.html`)).toBe(false);
  });

  it('plan as a cold build after adding, then removing, a translation', async () => {
    const original = briefs.original;
    const slug = original.replace(/\.md$/, '');
    const translation = file(`${slug}.tr.md`);
    const before = await coldModels();
    cpSync(file(original), translation);
    editFrontMatter(translation, (fm) => {
      fm.title = 'Türkçe bir başlık';
      fm.lang = 'tr';
      fm.translationOf = slug;
      delete fm.slug;
    });
    await expectColdPlan(before);
    const added = await coldModels();
    rmSync(translation);
    await expectColdPlan(added);
  });

  it('match a cold build after adding a photo; plan as a cold build after replacing its file and removing it; only the current image files are published', async () => {
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

    const withFirst = await coldModels();
    cpSync('tests/fixtures/images/sideways.jpg', path.join(images, 'photo.jpg'));
    const replaced = await expectColdPlan(withFirst);
    expect(replaced.log).toMatch(/photos: 2 images in 8 files, 3 encoded/);
    expect(published().filter((f) => first.includes(f))).toHaveLength(5); // the logo's files stay, the old photo's go

    const before = await coldModels();
    editFrontMatter(file(briefs.body), (fm) => {
      delete fm.image;
    });
    await expectColdPlan(before);
    expect(published()).toHaveLength(5);
  });

  it('match a cold build after editing topics.yml', () => {
    const topics = path.join(content, 'topics.yml');
    writeFileSync(topics, readFileSync(topics, 'utf8').replace('name: Models & Research', 'name: Models, Research & Benchmarks'));
    expect(readFileSync(topics, 'utf8')).toContain('Models, Research & Benchmarks');
    expectSameAsCold();
  });

  it('plan as a cold build after adopting authors.yml: every plain-name byline becomes an id, author pages appear', async () => {
    const before = await coldModels();
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
    await expectColdPlan(before);
    expect(existsSync(path.join(project, INCREMENTAL, 'authors', 'index.html'))).toBe(true);
  });

  it('plan as a cold build after renaming an author in authors.yml (their bylines, page and feed change) and changing a brief’s author', async () => {
    const before = await coldModels();
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
    const run = await expectColdPlan(before);
    expect(rendered(run)).toBeGreaterThan(0);
    expect(readFileSync(path.join(project, INCREMENTAL, 'authors', 'index.html'), 'utf8')).toContain('A Renamed Correspondent');
  });

  it('fall back to a full build when a setting changes (the page size), and say why', async () => {
    pageSize = '4';
    // A full build renders every page: the plan of a cold build from no previous build.
    const run = await expectColdPlan(new Map());
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

  it('refuse a link in public/ by name and a public/ file with the name of one the build writes, publishing nothing', () => {
    const publicDir = path.join(project, 'public');
    const files = tree(INCREMENTAL);
    const secret = path.join(tempDir('brief-secret-'), 'secret.txt');
    writeFileSync(secret, 'a secret of the build machine\n');
    symlinkSync(secret, path.join(publicDir, 'leak.html'));
    const refused = runBuild(project, env(INCREMENTAL));
    expect(refused.status).not.toBe(0);
    expect(refused.log).toContain(`public/leak.html is a symbolic link to ${secret}: public/ files are published as they are, and links are refused`);
    expect(refused.log).not.toMatch(/^✓ next build/m);
    expect(treeDifferences(tree(INCREMENTAL), files)).toEqual([]);

    // A public/ file with the name of one the build writes would be replaced without a word: refused, named.
    rmSync(path.join(publicDir, 'leak.html'));
    writeFileSync(path.join(publicDir, 'robots.txt'), 'User-agent: *\nDisallow: /private/\n');
    const clash = runBuild(project, env(INCREMENTAL));
    expect(clash.status).not.toBe(0);
    expect(clash.log).toContain('✗ public/robots.txt has the name of a file the build writes itself');
    expect(clash.log).not.toMatch(/^\s+at /m);
    expect(treeDifferences(tree(INCREMENTAL), files)).toEqual([]);
  });
});
