/**
 * Spreading a build step over one process per core: `node --import tsx lib/engine/worker.ts
 * <task> <input.json> <output.json>` runs a task of lib/engine/worker.ts on its share of the
 * input, and its output comes back as JSON, validated. Starting a process costs ~1 s, so steps use
 * it only for large inputs (a first build), and do small ones in the build's own process. Each runs in
 * a process group of its own and ends with the build (lib/engine/lifetime.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { orphanGuard, removeTemporary, spawnGroup, temporaryFolder } from './lifetime';

/** The tasks lib/engine/worker.ts knows. */
export type Task = 'prepare' | 'parse' | 'finish-pages' | 'search-bundles' | 'share-images';

/** A worker process that did not end with exit code 0. */
export class ProcessFailed extends Error {
  constructor(
    message: string,
    readonly code: number | null,
  ) {
    super(message);
  }
}

/** Runs `task` once per input in `inputs`, all at once, each in its own process; returns their outputs in order. */
export async function inProcesses<S extends z.ZodType>(task: Task, inputs: readonly unknown[], output: S): Promise<z.output<S>[]> {
  const work = await temporaryFolder(task);
  try {
    return await Promise.all(
      inputs.map(async (input, index) => {
        const inFile = path.join(work, `in-${index}.json`);
        const outFile = path.join(work, `out-${index}.json`);
        await writeFile(inFile, JSON.stringify(input));
        await new Promise<void>((resolve, reject) => {
          const child = spawnGroup(process.execPath, [...orphanGuard, '--import', 'tsx', path.join('lib', 'engine', 'worker.ts'), task, inFile, outFile], { stdio: 'inherit' });
          child.on('error', reject);
          child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new ProcessFailed(`${task} process ${index} failed (${signal ?? `exit ${code}`})`, code))));
        });
        return output.parse(JSON.parse(await readFile(outFile, 'utf8')));
      }),
    );
  } finally {
    removeTemporary(work);
  }
}

/** Deals `items` round-robin into `count` shares (so large and small items spread evenly). */
export const deal = <T>(items: readonly T[], count: number): T[][] => Array.from({ length: count }, (_, i) => items.filter((_, j) => j % count === i));

/** Runs `work` over `items`, `limit` at a time (so thousands of pages are never all in memory at once). */
export async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
