/**
 * Helpers of the build tests: a copy of the project in a temporary folder (so its builds have their
 * own `.next` and never race the site tests' builds), running `npm run build` in it, editing
 * front matter, and comparing export trees byte for byte.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { tempDir } from '../temp';

/** What a project copy needs to build: the code, configs and lockfile (node_modules is linked). */
const SOURCES = ['app', 'components', 'lib', 'public', 'scripts', 'next.config.ts', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/**
 * Copies the project's source into a new temporary folder, with node_modules as hard links (a
 * symlink would put the packages outside the copy, where Turbopack refuses to resolve them).
 */
export function copyProject(): string {
  const root = process.cwd();
  const copy = tempDir('brief-project-');
  for (const entry of SOURCES) cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  const linked = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(copy, 'node_modules')], { encoding: 'utf8' });
  if (linked.status !== 0) throw new Error(`could not link node_modules into ${copy}: ${linked.stderr}`);
  return copy;
}

export interface BuildRun {
  readonly status: number | null;
  readonly log: string;
}

/** Runs `npm run build [-- args]` in `project` with `env`; returns its exit status and everything it printed. */
export function runBuild(project: string, env: Record<string, string>, args: readonly string[] = []): BuildRun {
  const run = spawnSync('npm', ['run', 'build', ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd: project,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { status: run.status, log: `${run.stdout}\n${run.stderr}` };
}

/**
 * Starts `npm run build` and kills its whole process group with SIGKILL as soon as a printed line
 * matches `when`; resolves with what it printed and whether the kill happened before it ended.
 */
export function killBuildWhen(project: string, env: Record<string, string>, when: RegExp): Promise<{ killed: boolean; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: project,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    let killed = false;
    const watch = (chunk: Buffer) => {
      log += chunk.toString('utf8');
      if (!killed && when.test(log) && child.pid !== undefined) {
        killed = true;
        process.kill(-child.pid, 'SIGKILL');
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('error', reject);
    child.on('close', () => resolve({ killed, log }));
  });
}

/** Every file below `dir` with its bytes, by path relative to `dir`. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join('/'), readFileSync(file));
  }
  return files;
}

/** The differences between two trees, as short lines (`only in a: x`, `differs: y`); empty when byte-identical. */
export function treeDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const lines: string[] = [];
  for (const [file, bytes] of a) {
    const other = b.get(file);
    if (!other) lines.push(`only in the first: ${file}`);
    else if (!bytes.equals(other)) lines.push(`differs: ${file}`);
  }
  for (const file of b.keys()) if (!a.has(file)) lines.push(`only in the second: ${file}`);
  return lines.sort();
}

/** Rewrites the front matter of a Markdown file with `edit` (the body stays as it is). */
export function editFrontMatter(file: string, edit: (data: Record<string, unknown>) => void): void {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match?.[1]) throw new Error(`${file}: no front matter`);
  const data: unknown = parse(match[1]);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: front matter is not a mapping`);
  const fields: Record<string, unknown> = { ...data };
  edit(fields);
  writeFileSync(file, `---\n${stringify(fields)}---\n${source.slice(match[0].length)}`);
}
