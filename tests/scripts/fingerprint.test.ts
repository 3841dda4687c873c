/**
 * The build fingerprint decides whether an incremental build may reuse `out/`: it must change with
 * every file that can change a page, including a folder of code nobody has listed yet, and must not
 * change with what cannot (tests, docs, benchmark results, the build's own output and state).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFingerprint, PIPELINE } from '../../lib/engine/fingerprint';
import { tempDir } from '../temp';

/** A small project: code, public files, config, lockfile, and the folders that are not code. */
function project(): string {
  const root = tempDir('brief-fingerprint-');
  const files: Record<string, string> = {
    'app/page.tsx': 'export default function Page() { return null; }\n',
    'lib/a.ts': 'export const a = 1;\n',
    'public/brief.js': '// site script\n',
    'scripts/build.ts': '// the build\n',
    'next.config.ts': 'export default {};\n',
    'package.json': '{}\n',
    'package-lock.json': '{}\n',
    'README.md': '# Brief\n',
    'content/a.md': '---\ntitle: A\n---\n',
    'tests/a.test.ts': 'export {};\n',
    'docs/building.md': '# Building\n',
    'bench/results.json': '{}\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Whether writing `file` (relative to a fresh project) with `text` changes the fingerprint. */
function changes(file: string, text = 'export const changed = true;\n', ignored: (root: string) => string[] = () => []): boolean {
  const root = project();
  const before = buildFingerprint(root, ignored(root));
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
  const after = buildFingerprint(root, ignored(root));
  rmSync(root, { recursive: true, force: true });
  return before !== after;
}

describe('the build fingerprint', () => {
  it('changes with a file in a new top-level folder of code, which no list names', () => {
    expect(changes('widgets/clock.ts')).toBe(true);
    expect(changes('styles.css', 'body { color: red; }\n')).toBe(true);
  });

  it('changes with the code, public files, configuration, lockfile and scripts it always covered', () => {
    for (const file of ['lib/a.ts', 'app/page.tsx', 'public/brief.js', 'next.config.ts', 'package-lock.json', 'scripts/build.ts', '.env.production']) expect(changes(file), file).toBe(true);
  });

  it('does not change with tests, docs, benchmark results, content, top-level Markdown or what a build leaves in the project', () => {
    const unchanged = [
      'tests/b.test.ts',
      'tests/fixtures/site/x.md',
      'docs/deploying.md',
      'bench/results-20000.json',
      'content/b.md',
      'README.md',
      'CHANGELOG.md',
      'out/index.html',
      'out-verify/index.html',
      '.out.staging/index.html',
      '.brief-cache/builds/out/state.json',
      '.brief-render/index.html',
      '.brief-build.lock',
      '.next/cache/x',
      'next-env.d.ts',
      'tsconfig.tsbuildinfo',
      'node_modules/x/index.js',
      '.git/HEAD',
      '.ci/run',
      'deploy/nginx.conf',
    ];
    for (const file of unchanged) expect(changes(file), file).toBe(false);
  });

  it('does not change with the export and cache of a build that puts them elsewhere in the project', () => {
    const ignored = (root: string) => [path.join(root, 'site', 'public-html'), path.join(root, 'state')];
    expect(changes('site/public-html/index.html', '<p>x</p>', ignored)).toBe(false);
    expect(changes('state/builds/x.json', '{}', ignored)).toBe(false);
    expect(changes('site/theme.ts', undefined, ignored)).toBe(true);
  });
});

describe('the parse cache fingerprint', () => {
  it('covers all the code parsing depends on: the pipeline folders import nothing outside them', () => {
    const folders = PIPELINE.filter((entry) => !entry.includes('.'));
    const outside: string[] = [];
    for (const folder of folders) {
      for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile() || !/\.(?:ts|tsx|mjs|js)$/.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
          const target = path.relative('.', path.resolve(path.dirname(file), spec ?? '')).split(path.sep).join('/');
          if (!folders.some((f) => target.startsWith(`${f}/`))) outside.push(`${file} imports ${spec}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});
