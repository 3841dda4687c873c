/**
 * The harness of the incremental series (tests/build/incremental*.test.ts): a copy of the project
 * with a generated 9-brief corpus (one of them a draft), an incremental output folder and a cold one,
 * and the two ways an incremental build is proved right — byte for byte against a cold build, or by
 * its plan against the model hashes a cold build computes. Each series file has its own copy, so the
 * two series run side by side.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadContent } from '../../lib/content/loader';
import { modelHash } from '../../lib/engine/plan';
import { sitePages } from '../../lib/pages/site-pages';
import { generateCorpus } from '../../scripts/gen-corpus';
import { copyProject, editFrontMatter, readTree, runBuild, treeDifferences, type BuildRun } from './project';
import { tempDir } from '../temp';

export const INCREMENTAL = 'out-inc';
export const COLD = 'out-cold';

/** The generated briefs each edit works on, by role. */
export type Role = 'original' | 'body' | 'title' | 'draft' | 'move' | 'tag' | 'deleted' | 'crash';

/** The rendered-page count a build printed (`page models: N pages, M to render`). */
export const rendered = (run: BuildRun) => Number(/page models: [\d,]+ pages?, (\d+) to render/.exec(run.log)?.[1] ?? NaN);

/** The exported file of a page URL (`/` → `index.html`, `/articles/x/` → `articles/x/index.html`). */
export const pageFile = (url: string) => [url.replace(/^\/+|\/+$/g, ''), 'index.html'].filter(Boolean).join('/');

/**
 * Registers the series' beforeAll/afterAll and returns its state and steps. `prepare` runs after the
 * corpus is written (e.g. to add editor files to the copy's public/).
 */
export function useSeries(prepare: (project: string) => void = () => {}) {
  const briefs: Record<Role, string> = { original: '', body: '', title: '', draft: '', move: '', tag: '', deleted: '', crash: '' };
  const state = { project: '', content: '', pageSize: '3', briefs };

  const env = (outDir: string, extra: Record<string, string> = {}) => ({ CONTENT_DIR: state.content, BRIEF_OUT_DIR: outDir, BRIEF_PAGE_SIZE: state.pageSize, ...extra });

  function build(outDir: string = INCREMENTAL, extra: Record<string, string> = {}): BuildRun {
    const run = runBuild(state.project, env(outDir, extra));
    if (run.status !== 0) throw new Error(`build into ${outDir} failed (exit ${run.status}):\n${run.log.slice(-4000)}`);
    return run;
  }

  /** A build from nothing: no previous export, no caches. */
  function coldBuild(): BuildRun {
    rmSync(path.join(state.project, COLD), { recursive: true, force: true });
    return build(COLD, { BRIEF_CACHE_DIR: tempDir('brief-cold-cache-') });
  }

  const tree = (outDir: string = INCREMENTAL) => readTree(path.join(state.project, outDir));
  const file = (name: string) => path.join(state.content, name);

  /** Runs the incremental build and a cold build of the same content and expects identical exports. */
  function expectSameAsCold(): BuildRun {
    const incremental = build(INCREMENTAL);
    coldBuild();
    expect(treeDifferences(tree(INCREMENTAL), tree(COLD))).toEqual([]);
    return incremental;
  }

  /** Every page's model hash as a cold build computes it from the content: URL → hash. */
  async function coldModels(): Promise<Map<string, string>> {
    const pages = sitePages(await loadContent(state.content), { drafts: false, pageSize: Number(state.pageSize) });
    return new Map(pages.map((page) => [page.path, modelHash(page.model)]));
  }

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

  beforeAll(() => {
    state.project = copyProject();
    state.content = path.join(state.project, 'corpus');
    generateCorpus({ n: 9, out: state.content });
    const names = readdirSync(state.content).filter((f) => f.endsWith('.md')).sort();
    const [original, body, title, draft, move, tag, deleted, crash] = names;
    if (!original || !body || !title || !draft || !move || !tag || !deleted || !crash) throw new Error(`expected 9 briefs, found ${names.length}`);
    Object.assign(briefs, { original, body, title, draft, move, tag, deleted, crash });
    editFrontMatter(file(draft), (fm) => {
      fm.draft = true;
    });
    prepare(state.project);
  }, 120_000);

  afterAll(() => {
    if (state.project) rmSync(state.project, { recursive: true, force: true });
  });

  return { state, env, build, coldBuild, tree, file, expectSameAsCold, coldModels, expectColdPlan };
}
