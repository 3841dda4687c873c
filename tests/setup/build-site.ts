/**
 * Global setup of the `site` project: copies content/ plus the fixtures in tests/fixtures/site/
 * into a temporary CONTENT_DIR, runs the real `npm run build` (check + next build) into out-test/, and
 * hands the paths to the tests. One build serves every export and browser test; two more build the
 * same site under a sub-path and the real-world Markdown fixture.
 *
 * The builds run in the background: the other projects' files start at once, and each site file
 * waits for them in tests/setup/site-ready.ts (which fails it with the build's output if one failed).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
    /** A JSON file written when the builds are over: `{ buildLog }`, or `{ error }` (tests/setup/site-ready.ts). */
    siteBuilds: string;
  }
}

export const OUT_DIR = 'out-test';
export const SUB_OUT_DIR = 'out-test-sub';
export const REAL_WORLD_OUT_DIR = 'out-test-real-world';

/** `npm run build -- --full` in `root` with `env`; resolves with what it printed, rejects on failure. */
function buildInto(root: string, outDir: string, content: string, env: Record<string, string>): Promise<string> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const build = spawn('npm', ['run', 'build', '--', '--full'], {
      cwd: root,
      // Full builds, as on a fresh clone, whatever an earlier local run left. Two briefs a page, so the test site (three briefs) has real pagination.
      env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: content, BRIEF_OUT_DIR: outDir, BRIEF_PAGE_SIZE: '2', NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    build.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    build.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    build.on('error', reject);
    build.on('close', (code) => {
      if (code !== 0) return reject(new Error(`next build of ${content} into ${outDir}/ failed (exit ${code}):\n${stdout}\n${stderr}`));
      console.log(`[site] built ${content} into ${outDir}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(`${stdout}\n${stderr}`);
    });
  });
}

export default function setup(project: TestProject) {
  const root = process.cwd();
  const contentDir = mkdtempSync(path.join(tmpdir(), 'brief-content-'));
  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/site'), contentDir, { recursive: true });
  // The same site for a sub-path host (BASE_PATH=/brief), for tests/site/subpath.test.ts. It has no
  // Turkish brief, so it also proves that a site whose second edition is still empty builds and works.
  const englishOnly = mkdtempSync(path.join(tmpdir(), 'brief-content-en-'));
  cpSync(contentDir, englishOnly, { recursive: true });
  for (const name of readdirSync(englishOnly).filter((n) => n.endsWith('.tr.md'))) rmSync(path.join(englishOnly, name));
  const status = path.join(mkdtempSync(path.join(tmpdir(), 'brief-site-builds-')), 'status.json');

  // Whole or not at all: a site file may read it at any moment.
  const report = (result: { buildLog: string } | { error: string }) => {
    writeFileSync(`${status}.tmp`, JSON.stringify(result));
    renameSync(`${status}.tmp`, status);
  };
  // One after the other: builds of one project hold its build lock.
  const builds = (async () => {
    try {
      // A repository for the CMS's GitHub backend, as a newsroom's production build sets it.
      const buildLog = await buildInto(root, OUT_DIR, contentDir, { CMS_REPO: 'newsroom/brief' });
      await buildInto(root, SUB_OUT_DIR, englishOnly, { BASE_PATH: '/brief', BRIEF_OG_IMAGES: '0' });
      // Bodies pasted from READMEs, changelogs, docs and blogs, for tests/site/real-world.test.ts: a
      // content folder of its own (its own topics), without share images.
      await buildInto(root, REAL_WORLD_OUT_DIR, path.join(root, 'tests/fixtures/real-world'), { BRIEF_OG_IMAGES: '0' });
      report({ buildLog });
    } catch (error) {
      report({ error: error instanceof Error ? error.message : String(error) });
    }
  })();

  project.provide('exportDir', path.join(root, OUT_DIR));
  project.provide('subExportDir', path.join(root, SUB_OUT_DIR));
  project.provide('realWorldExportDir', path.join(root, REAL_WORLD_OUT_DIR));
  project.provide('contentDir', contentDir);
  project.provide('siteBuilds', status);
  return async () => {
    await builds;
    for (const dir of [contentDir, englishOnly, path.dirname(status)]) rmSync(dir, { recursive: true, force: true });
  };
}
