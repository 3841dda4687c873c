/**
 * Every wait of the build has a limit (BRIEF_WAIT_LIMIT): a child process or a worker thread that
 * hangs is stopped, and the build fails with a line naming what hung instead of waiting for ever.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BuildFailed, toFailure } from '../../lib/engine/failure';
import { REPORTED } from '../../lib/engine/faults';
import { isRunning } from '../../lib/engine/lock';
import { spawnGroup } from '../../lib/engine/lifetime';
import { inThreads, ProcessFailed } from '../../lib/engine/parallel';
import { exitOf, TimedOut, within } from '../../lib/engine/wait';
import { tempDir } from '../temp';

beforeEach(() => {
  process.env.BRIEF_WAIT_LIMIT = '0.5';
});
afterEach(() => {
  delete process.env.BRIEF_WAIT_LIMIT;
});

/** A plain-JavaScript worker module: doubles a number, fails on a negative one, never answers 'hang'. */
function doubler(): URL {
  const file = path.join(tempDir('brief-threads-'), 'double.mjs');
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (n) => {
  if (n === 'hang') return;
  parentPort.postMessage(n < 0 ? { error: 'negative' } : { value: n * 2 });
});
`,
  );
  return pathToFileURL(file);
}

describe('waits of the build', () => {
  it('stop a child process that outlives the limit, with its process group, naming it', async () => {
    const child = spawnGroup('sleep', ['30'], { stdio: 'ignore' });
    const waited = exitOf(child, 'next build');
    await expect(waited).rejects.toThrow(new TimedOut('next build did not finish within 0.5 s (BRIEF_WAIT_LIMIT), and was stopped'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isRunning(child.pid ?? 0)).toBe(false);
  });

  it('give a child that ends in time its exit code', async () => {
    expect(await exitOf(spawnGroup('sh', ['-c', 'exit 3'], { stdio: 'ignore' }), 'sh')).toEqual({ code: 3, signal: null });
  });

  it('say which wait timed out in the line of the failed build, with what became of the export', async () => {
    const error = await within(new Promise(() => {}), 'pagefind indexing pagefind/en/0').catch((e: unknown) => e);
    const failure = toFailure(error, 'search index', 'out/ is unchanged', []);
    expect(failure).toBeInstanceOf(BuildFailed);
    expect(failure.phase).toBe('search index');
    expect(failure.message).toBe('pagefind indexing pagefind/en/0 did not finish within 0.5 s (BRIEF_WAIT_LIMIT), and was stopped; out/ is unchanged.');
    expect(failure.said).toBe(false);
  });
});

describe('inThreads', () => {
  it('gives each item to a worker thread and returns the answers in order', async () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(await inThreads(doubler(), items, 3, z.number(), (n) => `doubling ${n}`)).toEqual(items.map((n) => n * 2));
  });

  it('fails naming the item a thread could not do', async () => {
    await expect(inThreads(doubler(), [1, -2, 3], 2, z.number(), (n) => `doubling ${n}`)).rejects.toThrow('doubling -2: negative');
  });

  it('stops a thread that does not answer within the limit, naming the item', async () => {
    await expect(inThreads(doubler(), [1, 'hang', 3], 2, z.number(), (n) => `doubling ${String(n)}`)).rejects.toThrow(/^doubling hang did not finish within 0\.5 s/);
  });
});

describe('a failed worker process', () => {
  it('adds nothing where it has said why itself, and names itself where it has not', () => {
    expect(toFailure(new ProcessFailed('prepare process 0 failed (exit 4)', REPORTED), 'prepare', 'out/ is unchanged', [])).toMatchObject({ said: true, phase: 'prepare' });
    expect(toFailure(new ProcessFailed('parse process 1 failed (SIGKILL)', null), 'prepare', 'out/ is unchanged', [])).toMatchObject({ said: false, message: 'parse process 1 failed (SIGKILL); out/ is unchanged.' });
  });
});
