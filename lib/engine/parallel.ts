/**
 * The build's one way to spread work, and to wait for it:
 * - `inProcesses`: one process per input, `node --import tsx lib/engine/worker.ts <task> <input.json>
 *   <output.json>` running a task of lib/engine/worker.ts, its output back as JSON, validated. For large
 *   steps in TypeScript that need memory of their own (the content step, parsing, drawing, indexing).
 *   Starting a process costs far more than a thread, so steps use it only for large inputs (a first build).
 *   Each runs in a process group of its own and ends with the build (lib/engine/lifetime.ts).
 * - `inThreads`: worker threads running a plain-JavaScript module, one item per message, each thread
 *   taking the next item when it is done. For many small jobs (compressing files), where a thread
 *   starts in milliseconds and a process would cost more than the job.
 * - `inBatches`: async work in this process, a few at a time.
 * Every wait has a limit (lib/engine/wait.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { orphanGuard, removeTemporary, spawnGroup, temporaryFolder } from './lifetime';
import { exitOf, within } from './wait';

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
        const child = spawnGroup(process.execPath, [...orphanGuard, '--import', 'tsx', path.join('lib', 'engine', 'worker.ts'), task, inFile, outFile], { stdio: 'inherit' });
        const { code, signal } = await exitOf(child, `the ${task} process${inputs.length > 1 ? ` ${index}` : ''}`);
        if (code !== 0) throw new ProcessFailed(`${task} process ${index} failed (${signal ?? `exit ${code}`})`, code);
        return output.parse(JSON.parse(await readFile(outFile, 'utf8')));
      }),
    );
  } finally {
    removeTemporary(work);
  }
}

/** What a module run by `inThreads` answers to each message: its value, or why it failed. */
const threadAnswer = z.union([z.object({ value: z.unknown() }), z.object({ error: z.string() })]);

/** Posts `item` to `worker` and waits for its answer (or its error or exit). */
function ask(worker: Worker, item: unknown, what: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (message: unknown) => {
      done();
      const answer = threadAnswer.parse(message);
      if ('error' in answer) reject(new Error(`${what}: ${answer.error}`));
      else resolve(answer.value);
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`${what}: the worker thread exited (code ${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(item);
  });
}

/**
 * Runs the plain-JavaScript module `script` in `threads` worker threads and gives it `items`, one per
 * message; it answers each with `{ value }` or `{ error }` (lib/engine/hosting/compress-worker.mjs).
 * Returns the values, validated by `schema`, in the order of `items`. `what` names an item in errors.
 */
export async function inThreads<T, S extends z.ZodType>(script: URL, items: readonly T[], threads: number, schema: S, what: (item: T) => string): Promise<z.output<S>[]> {
  const results = new Array<z.output<S>>(items.length);
  let next = 0;
  const thread = async () => {
    const worker = new Worker(script);
    try {
      for (let i = next++; i < items.length; i = next++) {
        const item = items[i] as T;
        results[i] = schema.parse(await within(ask(worker, item, what(item)), what(item), () => void worker.terminate()));
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(threads, items.length) }, thread));
  return results;
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
