/**
 * Global setup of the `site` project: copies content/ plus the fixtures in tests/fixtures/site/
 * into a temporary CONTENT_DIR, runs the real `npm run build` (check + next build) into out-test/, and hands both paths
 * to the tests. One build serves every export and browser test; two more build the same site under a
 * sub-path and the real-world Markdown fixture.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    exportDir: string;
    contentDir: string;
    /** The same site without its Turkish briefs (an empty Turkish edition), built with BASE_PATH=/brief. */
    subExportDir: string;
    /** The real-world Markdown fixture (tests/fixtures/real-world, issue 12) built on its own. */
    realWorldExportDir: string;
    /** What `npm run build` printed (stdout and stderr). */
    buildLog: string;
  }
}

export const OUT_DIR = 'out-test';
export const SUB_OUT_DIR = 'out-test-sub';
export const REAL_WORLD_OUT_DIR = 'out-test-real-world';

export default function setup(project: TestProject) {
  const root = process.cwd();
  const contentDir = mkdtempSync(path.join(tmpdir(), 'brief-content-'));
  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/site'), contentDir, { recursive: true });

  const buildInto = (outDir: string, env: Record<string, string>, content = contentDir) => {
    const started = Date.now();
    const build = spawnSync('npm', ['run', 'build', '--', '--full'], {
      cwd: root,
      // Full builds, as on a fresh clone, whatever an earlier local run left. Two briefs a page, so the test site (three briefs) has real pagination.
      env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: content, BRIEF_OUT_DIR: outDir, BRIEF_PAGE_SIZE: '2', NEXT_TELEMETRY_DISABLED: '1', ...env },
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      throw new Error(`next build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
    }
    console.log(`[site] built ${content} into ${outDir}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return build;
  };
  // A repository for the CMS's GitHub backend, as a newsroom's production build sets it.
  const build = buildInto(OUT_DIR, { CMS_REPO: 'newsroom/brief' });
  // The same site for a sub-path host (BASE_PATH=/brief), for tests/site/subpath.test.ts. It has no
  // Turkish brief, so it also proves that a site whose second edition is still empty builds and works.
  const englishOnly = mkdtempSync(path.join(tmpdir(), 'brief-content-en-'));
  cpSync(contentDir, englishOnly, { recursive: true });
  for (const name of readdirSync(englishOnly).filter((n) => n.endsWith('.tr.md'))) rmSync(path.join(englishOnly, name));
  buildInto(SUB_OUT_DIR, { BASE_PATH: '/brief', BRIEF_OG_IMAGES: '0' }, englishOnly);
  project.provide('subExportDir', path.join(root, SUB_OUT_DIR));
  // Bodies pasted from READMEs, changelogs, docs and blogs, for tests/site/real-world.test.ts: a content
  // folder of its own (its own topics), without share images (about 10 s).
  buildInto(REAL_WORLD_OUT_DIR, { BRIEF_OG_IMAGES: '0' }, path.join(root, 'tests/fixtures/real-world'));
  project.provide('realWorldExportDir', path.join(root, REAL_WORLD_OUT_DIR));

  project.provide('exportDir', path.join(root, OUT_DIR));
  project.provide('contentDir', contentDir);
  project.provide('buildLog', `${build.stdout}\n${build.stderr}`);
  return () => {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(englishOnly, { recursive: true, force: true });
  };
}
