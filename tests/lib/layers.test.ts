/**
 * The code's layers point one way. lib/ is a stack of folders, each importing only the ones below
 * it, and no module imports itself through others (an import circle). Read from the source files, so
 * a new import that breaks either rule fails here, naming the files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** lib/'s folders, from the ground floor up. A folder may import itself and the folders before it. */
const LAYERS = ['site', 'media', 'content', 'edition', 'pages', 'syndication', 'cms', 'engine'] as const;

const CODE = /\.(ts|tsx|mts|mjs)$/;
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return CODE.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.d.mts') ? [full] : [];
  });
}

/** The project file a specifier names (`./x`, `../x`, `@/lib/x`), or undefined for a package. */
function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? path.join(root, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : undefined;
  if (base === undefined) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}.mjs`, path.join(base, 'index.ts')]) {
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  throw new Error(`${path.relative(root, from)} imports ${specifier}, which is no file of the project`);
}

/** File → the project files it imports (type-only imports included: they are dependencies of the reader too). */
export function importGraph(folders: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of folders.flatMap((folder) => sourceFiles(path.join(root, folder)))) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(SPECIFIER)].flatMap((m) => {
      const target = resolve(file, m[1] ?? m[2] ?? '');
      return target === undefined ? [] : [target];
    });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every import circle, as the list of files around it (Tarjan's strongly connected components). */
export function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top);
      component.push(path.relative(root, top));
      if (top === file) break;
    }
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) circles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return circles;
}

const layerOf = (file: string): number => {
  const [top, folder] = path.relative(root, file).split(path.sep);
  return top === 'lib' ? LAYERS.findIndex((layer) => layer === folder) : -1;
};

describe('the layers of the code', () => {
  const graph = importGraph(['lib', 'app', 'components', 'scripts']);

  it('has no import circle anywhere in lib/, app/, components/ or scripts/', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(importCircles(graph)).toEqual([]);
  });

  it("lib/'s folders are the known layers, each importing only itself and the layers below", () => {
    const folders = readdirSync(path.join(root, 'lib'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual([...LAYERS].sort());
    const upward = [...graph].flatMap(([file, targets]) =>
      layerOf(file) < 0 ? [] : targets.filter((t) => layerOf(t) > layerOf(file)).map((t) => `${path.relative(root, file)} → ${path.relative(root, t)}`),
    );
    expect(upward).toEqual([]);
  });

  it('site configuration (lib/site) imports nothing else of the project', () => {
    const outside = [...graph].flatMap(([file, targets]) =>
      layerOf(file) === 0 ? targets.filter((t) => layerOf(t) !== 0).map((t) => `${path.relative(root, file)} → ${path.relative(root, t)}`) : [],
    );
    expect(outside).toEqual([]);
  });

  it('finds a circle and an upward import when there is one (the checks can fail)', () => {
    const a = path.join(root, 'lib/site/a.ts');
    const b = path.join(root, 'lib/content/b.ts');
    expect(importCircles(new Map([[a, [b]], [b, [a]]]))).toEqual([['lib/content/b.ts', 'lib/site/a.ts']]);
    expect(layerOf(b) > layerOf(a)).toBe(true);
  });
});
