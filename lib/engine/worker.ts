/**
 * One process of a build step spread over cores (lib/engine/parallel.ts).
 * Usage: tsx lib/engine/worker.ts <task> <input.json> <output.json>
 *   prepare         lib/engine/prepare.ts: content → page models → render input, and what the build needs next
 *   parse           { dir, files }           → the articles, issues and warnings of those files
 *   finish-pages    { dir, files, basePath } → { file: inline script hashes } after stripping each page
 *   search-bundles  { dir, bundles }         → { done: n } after writing each search bundle
 *   share-images    { cacheDir, jobs, exportDir } → { drawn: n } after drawing each share image into the cache
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { openContentFolder, parseArticleFiles } from '../content/loader';
import { expectedFailure, REPORTED } from './faults';
import { stopOnSignals } from './lifetime';
import { ProcessFailed } from './parallel';
import { finishPages } from './post-export';
import { prepare, prepareInputSchema } from './prepare';
import { searchBundleSchema, writeBundles } from './search-index';
import { drawImages, drawJobSchema } from './share-images';

// What this worker starts (parse processes of the prepare step) stops with it.
stopOnSignals();
const [task, input, output] = process.argv.slice(2);
if (!task || !input || !output) {
  console.error('usage: tsx lib/engine/worker.ts <task> <input.json> <output.json>');
  process.exit(2);
}
try {
  await run(task, input, output);
} catch (error) {
  // A full disk or a denied folder is said in one line here (or was, by a process of this one); the build adds nothing to it.
  if (error instanceof ProcessFailed && error.code === REPORTED) process.exit(REPORTED);
  const line = expectedFailure(error, 'the export is unchanged.', await foldersOf(input));
  if (line === undefined) throw error;
  console.error(`✗ ${line}`);
  process.exit(REPORTED);
}

/** The folders this worker was given (absolute paths at the top of its input): where it writes. */
async function foldersOf(file: string): Promise<string[]> {
  const json: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (typeof json !== 'object' || json === null) return [];
  return Object.values(json).filter((value): value is string => typeof value === 'string' && path.isAbsolute(value));
}

async function run(task: string, input: string, output: string): Promise<void> {
  const json: unknown = JSON.parse(await readFile(input, 'utf8'));
  let result: unknown;
  if (task === 'parse') {
    const { dir, files } = z.object({ dir: z.string(), files: z.array(z.string()) }).parse(json);
    result = await parseArticleFiles(await openContentFolder(dir), files);
  } else if (task === 'prepare') {
    result = await prepare(prepareInputSchema.parse(json));
  } else if (task === 'finish-pages') {
    const { dir, files, basePath } = z.object({ dir: z.string(), files: z.array(z.string()), basePath: z.string() }).parse(json);
    result = Object.fromEntries(await finishPages(dir, files, basePath));
  } else if (task === 'search-bundles') {
    const { dir, bundles } = z.object({ dir: z.string(), bundles: z.array(searchBundleSchema) }).parse(json);
    result = { done: await writeBundles(dir, bundles) };
  } else if (task === 'share-images') {
    const { cacheDir, jobs, exportDir } = z.object({ cacheDir: z.string(), jobs: z.array(drawJobSchema), exportDir: z.string() }).parse(json);
    result = { drawn: await drawImages(cacheDir, jobs, exportDir) };
  } else {
    console.error(`worker: unknown task ${task}`);
    process.exit(2);
  }
  await writeFile(output, JSON.stringify(result));
}
