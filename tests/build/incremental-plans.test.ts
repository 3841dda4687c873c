/**
 * Incremental builds proved by plan: after retitling, moving, tagging, deleting, publishing a draft,
 * translations, authors and a new page size, the incremental build renders exactly the pages whose
 * model, computed from the content from nothing (`sitePages` + `modelHash`), changed, removes the URLs
 * that went, and `out/` has a page for every URL. Pages are pure renders of their models, which the
 * byte-for-byte series (incremental.test.ts) proves. Then what a build refuses: invalid content, a link
 * in public/, a public/ file named like a generated one — each leaving `out/` as it was.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { slugify } from '../../lib/content/slug';
import { editFrontMatter, runBuild, treeDifferences } from './project';
import { INCREMENTAL, rendered, useSeries } from './series';
import { tempDir } from '../temp';

const { state, env, build, tree, file, coldModels, expectColdPlan } = useSeries();

describe('incremental builds, by plan against cold models', () => {
  beforeAll(() => {
    expect(build().log).toContain('▶ full build: no out-inc/ yet');
  }, 300_000);

  it('plan as a cold build after retitling a brief, moving one to another topic, tagging one, deleting one and publishing a draft', async () => {
    const before = await coldModels();
    editFrontMatter(file(state.briefs.title), (fm) => {
      fm.title = 'A retitled brief';
    });
    editFrontMatter(file(state.briefs.move), (fm) => {
      fm.topic = fm.topic === 'models-research' ? 'chips-infrastructure' : 'models-research';
    });
    editFrontMatter(file(state.briefs.tag), (fm) => {
      fm.tags = [...(Array.isArray(fm.tags) ? fm.tags : []), 'a-brand-new-tag'];
    });
    rmSync(file(state.briefs.deleted));
    expect(readFileSync(file(state.briefs.draft), 'utf8')).toMatch(/^draft: true$/m);
    editFrontMatter(file(state.briefs.draft), (fm) => {
      delete fm.draft;
    });
    const run = await expectColdPlan(before);
    expect(run.log).toContain('▶ incremental build');
    const files = tree(INCREMENTAL);
    expect(files.has('tags/a-brand-new-tag/index.html')).toBe(true);
    expect(files.has(`articles/${state.briefs.deleted.replace(/\.md$/, '')}/index.html`)).toBe(false);
  });

  it('plan as a cold build after adding, then removing, a translation', async () => {
    const original = state.briefs.original;
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

  it('plan as a cold build after adopting authors.yml: every plain-name byline becomes an id, author pages appear', async () => {
    const before = await coldModels();
    const names = new Set<string>();
    const idOf = (name: string) => slugify(name);
    for (const name of readdirSync(state.content).filter((f) => f.endsWith('.md'))) {
      editFrontMatter(file(name), (fm) => {
        const byline = typeof fm.author === 'string' ? [fm.author] : Array.isArray(fm.author) ? fm.author.map(String) : [];
        for (const author of byline) names.add(author);
        fm.author = byline.map(idOf);
      });
    }
    const entries = [...names].sort().map((name) => ({ id: idOf(name), name, role: 'Correspondent', bio: `${name} writes state.briefs.` }));
    writeFileSync(path.join(state.content, 'authors.yml'), stringify(entries));
    await expectColdPlan(before);
    expect(existsSync(path.join(state.project, INCREMENTAL, 'authors', 'index.html'))).toBe(true);
  });

  it('plan as a cold build after renaming an author in authors.yml (their bylines, page and feed change) and changing a brief’s author', async () => {
    const before = await coldModels();
    const authors = path.join(state.content, 'authors.yml');
    const source = readFileSync(authors, 'utf8');
    const [, first] = /^ {2}name: (.+)$/m.exec(source) ?? [];
    if (!first) throw new Error('no author name in authors.yml');
    writeFileSync(authors, source.replace(`name: ${first}`, 'name: A Renamed Correspondent'));
    const ids = [...source.matchAll(/id: (\S+)/g)].map((m) => m[1]);
    editFrontMatter(file(state.briefs.title), (fm) => {
      const current = typeof fm.author === 'string' ? fm.author : Array.isArray(fm.author) ? String(fm.author[0]) : '';
      fm.author = ids.find((id) => id !== current);
    });
    const run = await expectColdPlan(before);
    expect(rendered(run)).toBeGreaterThan(0);
    expect(readFileSync(path.join(state.project, INCREMENTAL, 'authors', 'index.html'), 'utf8')).toContain('A Renamed Correspondent');
  });

  it('plan as a cold build after adding a standards page: every page of its edition is rendered again (its footer links it), the other edition’s are not', async () => {
    const before = await coldModels();
    mkdirSync(path.join(state.content, 'pages'), { recursive: true });
    writeFileSync(path.join(state.content, 'pages', 'ethics.md'), '---\ntitle: Our ethics\ndescription: How this newsroom checks what it publishes.\n---\n\nWe check every fact twice.\n');
    const run = await expectColdPlan(before);
    const after = await coldModels();
    const changed = [...after].filter(([url, hash]) => before.get(url) !== hash).map(([url]) => url);
    expect(changed.sort()).toEqual([...after.keys()].filter((url) => !url.startsWith('/tr/')).sort());
    expect(changed).toEqual(expect.arrayContaining(['/about/', '/about/ethics/']));
    expect(rendered(run)).toBe(changed.length);
    const out = path.join(state.project, INCREMENTAL);
    expect(readFileSync(path.join(out, 'about', 'ethics', 'index.html'), 'utf8')).toContain('We check every fact twice.');
    const article = `articles/${state.briefs.body.replace(/\.md$/, '')}/index.html`;
    expect(readFileSync(path.join(out, article), 'utf8')).toContain('href="/about/ethics/"');
    expect(readFileSync(path.join(out, 'tr', 'index.html'), 'utf8')).not.toContain('/about/');
  });

  it('fall back to a full build when a setting changes (the page size), and say why', async () => {
    state.pageSize = '4';
    // A full build renders every page: the plan of a cold build from no previous build.
    const run = await expectColdPlan(new Map());
    expect(run.log).toContain('▶ full build: code, dependencies or settings changed');
  });

  it('leave out/ unchanged when the content is invalid', () => {
    const before = tree(INCREMENTAL);
    writeFileSync(file('broken.md'), '---\ntitle: [unclosed\n---\n\nBody.\n');
    const run = runBuild(state.project, env(INCREMENTAL));
    expect(run.status).toBe(1);
    expect(run.log).toMatch(/broken\.md:\d+:\d+: front matter: invalid YAML/);
    expect(run.log).toContain('nothing was built, out-inc/ is unchanged');
    expect(treeDifferences(tree(INCREMENTAL), before)).toEqual([]);
    rmSync(file('broken.md'));
  });

  it('refuse a link in public/ by name and a public/ file with the name of one the build writes, publishing nothing', () => {
    const publicDir = path.join(state.project, 'public');
    const files = tree(INCREMENTAL);
    const secret = path.join(tempDir('brief-secret-'), 'secret.txt');
    writeFileSync(secret, 'a secret of the build machine\n');
    symlinkSync(secret, path.join(publicDir, 'leak.html'));
    const refused = runBuild(state.project, env(INCREMENTAL));
    expect(refused.status).not.toBe(0);
    expect(refused.log).toContain(`public/leak.html is a symbolic link to ${secret}: public/ files are published as they are, and links are refused`);
    expect(refused.log).not.toMatch(/^✓ next build/m);
    expect(treeDifferences(tree(INCREMENTAL), files)).toEqual([]);

    // A public/ file with the name of one the build writes would be replaced without a word: refused, named.
    rmSync(path.join(publicDir, 'leak.html'));
    writeFileSync(path.join(publicDir, 'robots.txt'), 'User-agent: *\nDisallow: /private/\n');
    const clash = runBuild(state.project, env(INCREMENTAL));
    expect(clash.status).not.toBe(0);
    expect(clash.log).toContain('✗ public/robots.txt has the name of a file the build writes itself');
    expect(clash.log).not.toMatch(/^\s+at /m);
    expect(treeDifferences(tree(INCREMENTAL), files)).toEqual([]);
  });
});
