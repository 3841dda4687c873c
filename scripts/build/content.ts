/**
 * Loading the content for a build: through the parse cache, with the files to parse split across one
 * process per core when there are many (remark takes ~8 ms an article), as in a first build.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articleBatchSchema, loadContentWithStats, parseArticleFiles, type ArticleBatch, type Content, type ContentFolder, type LoadStats } from '../../lib/content/loader';
import type { ParseCache } from '../../lib/content/cache';

/** Fewer files than this are parsed in this process: starting the others costs more. */
const PARALLEL_FROM = 200;

/** Parses `names` in `cores` child processes (scripts/build/parse-shard.ts), each every `cores`-th file. */
async function parseInProcesses(folder: ContentFolder, names: readonly string[], cores: number): Promise<ArticleBatch> {
  const work = await mkdtemp(path.join(tmpdir(), 'brief-parse-'));
  try {
    const batches = await Promise.all(
      Array.from({ length: cores }, async (_, index) => {
        const list = path.join(work, `files-${index}.json`);
        const out = path.join(work, `batch-${index}.json`);
        await writeFile(list, JSON.stringify(names.filter((_, i) => i % cores === index)));
        await new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'build', 'parse-shard.ts'), folder.dir, list, out], { stdio: 'inherit' });
          child.on('error', reject);
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`content shard ${index} failed (exit ${code})`))));
        });
        return articleBatchSchema.parse(JSON.parse(await readFile(out, 'utf8')));
      }),
    );
    return { articles: batches.flatMap((b) => b.articles), issues: batches.flatMap((b) => b.issues), warnings: batches.flatMap((b) => b.warnings) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Loads `dir`, reusing `cache` and parsing what it misses in parallel when that pays. */
export function loadForBuild(dir: string, cache: ParseCache, cores: number): Promise<{ content: Content; stats: LoadStats }> {
  return loadContentWithStats(dir, {
    cache,
    parse: (folder, names) => (cores > 1 && names.length >= PARALLEL_FROM ? parseInProcesses(folder, names, cores) : parseArticleFiles(folder, names)),
  });
}
