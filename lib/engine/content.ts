/**
 * Loading the content for a build: through the parse cache, with the files to parse split across one
 * process per core when there are many, as in a first build.
 */
import type { ParseCache } from '../content/cache';
import { articleBatchSchema, loadContentWithStats, parseArticleFiles, type ArticleBatch, type Content, type ContentFolder, type LoadStats } from '../content/loader';
import { deal, inProcesses } from './parallel';

/** Fewer files than this are parsed in this process: starting others costs more. */
const PARALLEL_FROM = 200;

async function parseInProcesses(folder: ContentFolder, names: readonly string[], cores: number): Promise<ArticleBatch> {
  const batches = await inProcesses('parse', deal(names, cores).map((files) => ({ dir: folder.dir, files })), articleBatchSchema);
  return { articles: batches.flatMap((b) => b.articles), issues: batches.flatMap((b) => b.issues), warnings: batches.flatMap((b) => b.warnings) };
}

/** Loads `dir`, reusing `cache` and parsing what it misses in parallel when that pays. */
export function loadForBuild(dir: string, cache: ParseCache, cores: number): Promise<{ content: Content; stats: LoadStats }> {
  return loadContentWithStats(dir, {
    cache,
    parse: (folder, names) => (cores > 1 && names.length >= PARALLEL_FROM ? parseInProcesses(folder, names, cores) : parseArticleFiles(folder, names)),
  });
}
