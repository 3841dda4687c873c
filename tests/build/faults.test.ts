/**
 * Builds as an unlucky host meets them: the export on a file system of its own (a real tmpfs), a
 * dead build's lock, a second build started while one runs, a CI runner that stops npm's child with
 * SIGTERM, a full disk. Each time `out/` is whole, and the build says what happened in one line.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/gen-corpus';
import { copyProject, editFrontMatter, readTree, runBuild, treeDifferences } from './project';
import { tempDir } from '../temp';

let project = '';
let content = '';
let brief = '';
/** A tmpfs mounted for these tests: the export's own file system. */
let mount = '';
const exported = () => path.join(mount, 'out');
const LOCK = '.brief-build.lock';

// Share images off: they are not what these tests are about, and each costs a second.
const env = (extra: Record<string, string> = {}) => ({ CONTENT_DIR: content, BRIEF_OUT_DIR: exported(), BRIEF_OG_IMAGES: '0', ...extra });

function retitle(title: string): void {
  editFrontMatter(brief, (fm) => {
    fm.title = title;
  });
}

/** `npm run build` in the background, with what it prints so far. */
function startBuild(extra: Record<string, string> = {}): { npm: ChildProcess; log: () => string; exit: Promise<number | null> } {
  const npm = spawn('npm', ['run', 'build'], {
    cwd: project,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env(extra) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  npm.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  npm.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  const exit = new Promise<number | null>((resolve) => npm.on('close', (code) => resolve(code)));
  return { npm, log: () => log, exit };
}

async function waitFor(what: string, test: () => boolean, seconds: number): Promise<void> {
  for (const end = Date.now() + seconds * 1000; Date.now() < end; ) {
    if (test()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`);
}

/** The PIDs of npm's direct children (the `sh -c` of the script, or what it execs). */
const childrenOf = (pid: number) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .split(' ')
    .filter(Boolean)
    .map(Number);

/** Every node process working in the project copy: the build, its workers, next build and its workers. */
function buildProcesses(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) !== project) continue;
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (/node|next/.test(command)) found.push(`${pid} ${command}`);
    } catch {
      // Ended meanwhile.
    }
  }
  return found;
}

const titleIn = (file: string) => /<title>([^<]*)<\/title>/.exec(readFileSync(path.join(exported(), file), 'utf8'))?.[1] ?? '';
let articlePage = '';
/** A cold build's export on the project's own file system, and its caches. */
const COLD = 'out-cold';
let coldCache = '';

beforeAll(() => {
  project = copyProject();
  content = path.join(project, 'corpus');
  generateCorpus({ n: 2, out: content });
  const [name] = readdirSync(content).filter((f) => f.endsWith('.md')).sort();
  if (!name) throw new Error('no brief generated');
  brief = path.join(content, name);
  articlePage = path.join('articles', name.replace(/\.md$/, ''), 'index.html');
  mount = tempDir('brief-export-fs-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=200m', 'tmpfs', mount], { encoding: 'utf8' });
  if (mounted.status !== 0) throw new Error(`could not mount a tmpfs on ${mount}: ${mounted.stderr}`);
}, 120_000);

afterAll(() => {
  if (mount) spawnSync('umount', ['-l', mount]);
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a build', () => {
  it('takes over the lock of a build that is no longer running, removes its temporary folders, and releases its own lock', () => {
    const dead = spawnSync('true').pid;
    writeFileSync(path.join(project, LOCK), JSON.stringify({ pid: dead, started: '2026-12-01T08:00:00.000Z', ticks: null }));
    // What a build killed with SIGKILL leaves in the temporary folder, and a running one's (this process's).
    // A temporary folder of this build's own (TMPDIR): any other build on the machine cleans the shared one too.
    const temporary = tempDir('brief-faults-tmp-');
    const leftover = path.join(temporary, `brief-build-prepare-${dead}-Abc123`);
    const live = path.join(temporary, `brief-build-prepare-${process.pid}-Xyz789`);
    for (const dir of [leftover, live]) mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(leftover, 'in-0.json'), '{}');
    try {
      const run = runBuild(project, env({ TMPDIR: temporary }));
      expect(run.status, run.log.slice(-3000)).toBe(0);
      expect(run.log).toContain(`• took over the build lock of PID ${dead} (started 2026-12-01 08:00:00 UTC), which is no longer running`);
      expect(run.log).toMatch(/• removed \d+ temporary folders? of killed builds/);
      expect(existsSync(leftover)).toBe(false);
      expect(existsSync(live)).toBe(true);
      expect(existsSync(path.join(project, LOCK))).toBe(false);
    } finally {
      for (const dir of [leftover, live]) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exports into a folder on another file system incrementally, byte for byte as a cold build', () => {
    expect(statSync(mount).dev).not.toBe(statSync(project).dev);
    retitle('A title edited on another file system');
    const run = runBuild(project, env());
    expect(run.log).not.toContain('EXDEV');
    expect(run.status, run.log.slice(-3000)).toBe(0);
    expect(run.log).toMatch(/▶ incremental build/);
    expect(run.log).toMatch(/page models: \d+ pages, [1-9]\d* to render/);
    coldCache = tempDir('brief-cold-cache-');
    const cold = runBuild(project, env({ BRIEF_OUT_DIR: COLD, BRIEF_CACHE_DIR: coldCache }));
    expect(cold.status, cold.log.slice(-3000)).toBe(0);
    expect(treeDifferences(readTree(exported()), readTree(path.join(project, COLD)))).toEqual([]);
  });

  it('started while another runs is refused in one line naming it; the first ends as if alone', async () => {
    retitle('A title of the first of two builds');
    const first = startBuild();
    await waitFor('the first build to start', () => first.log().includes('▶'), 120);
    const [pid] = childrenOf(first.npm.pid ?? 0);
    const second = runBuild(project, env());
    expect(second.status).not.toBe(0);
    expect(second.log).toMatch(new RegExp(`✗ another build is running in this project \\(PID ${pid}, started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)`));
    expect(second.log).not.toMatch(/▶|recovered/);
    expect(await first.exit, first.log().slice(-3000)).toBe(0);
    expect(titleIn(articlePage)).toContain('A title of the first of two builds');
  });

  it('stops whole when npm’s child gets SIGTERM (a CI runner stopping its job), leaving out/ as it was', async () => {
    // The cold build's export, on the project's file system, built incrementally this time.
    const out = path.join(project, COLD);
    const before = readTree(out);
    const mtime = statSync(out).mtimeMs;
    retitle('A title of a build stopped by its CI runner');
    const build = startBuild({ BRIEF_OUT_DIR: COLD, BRIEF_CACHE_DIR: coldCache });
    await waitFor('the content step', () => /page models/.test(build.log()), 120);
    const [child] = childrenOf(build.npm.pid ?? 0);
    if (child === undefined) throw new Error('npm has no child');
    process.kill(child, 'SIGTERM');
    await build.exit;
    await waitFor('no process of the build left', () => buildProcesses().length === 0, 15).catch(() => {
      throw new Error(`still running after SIGTERM:\n${buildProcesses().join('\n')}`);
    });
    // An orphaned build would swap its export in seconds later.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    expect(buildProcesses()).toEqual([]);
    expect(statSync(out).mtimeMs).toBe(mtime);
    expect(treeDifferences(readTree(out), before)).toEqual([]);
    expect(existsSync(path.join(project, LOCK))).toBe(false);
  });

  it('says a full disk in one line naming the folder, and leaves out/ unchanged', () => {
    const before = readTree(exported());
    // Fill the export's file system but for 64 KB.
    const { bavail, bsize } = statfsSync(mount);
    writeFileSync(path.join(mount, 'ballast'), Buffer.alloc(Math.max(0, bavail * bsize - 64 * 1024)));
    retitle('A title of a build on a full disk');
    const run = runBuild(project, env());
    rmSync(path.join(mount, 'ballast'));
    expect(run.status).not.toBe(0);
    const errors = run.log.split('\n').filter((line) => line.startsWith('✗'));
    expect(errors, run.log.slice(-3000)).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^✗ disk full \\(ENOSPC\\) .*at ${mount}/.*; free some space .*/out/ is unchanged\\.$`));
    expect(run.log).not.toContain('    at ');
    expect(treeDifferences(readTree(exported()), before)).toEqual([]);

    // The prepare process's faults too: its cache on a full disk.
    const cache = path.join(mount, 'cache');
    mkdirSync(cache);
    const free = statfsSync(mount);
    writeFileSync(path.join(mount, 'ballast'), Buffer.alloc(free.bavail * free.bsize));
    const prepare = runBuild(project, env({ BRIEF_CACHE_DIR: cache }));
    rmSync(path.join(mount, 'ballast'));
    expect(prepare.status).not.toBe(0);
    expect(prepare.log.split('\n').filter((line) => line.startsWith('✗'))).toEqual([expect.stringMatching(new RegExp(`^✗ disk full \\(ENOSPC\\) .*at ${cache}/`))]);
    expect(prepare.log).not.toContain('    at ');
    expect(treeDifferences(readTree(exported()), before)).toEqual([]);
  });
});
