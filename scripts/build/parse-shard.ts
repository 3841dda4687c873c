/**
 * One process of a parallel content parse (see scripts/build/content.ts): parses the article files
 * listed in `<files.json>` of the content folder `<dir>` and writes what it found as JSON to `<out>`.
 * Usage: tsx scripts/build/parse-shard.ts <dir> <files.json> <out.json>
 */
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { openContentFolder, parseArticleFiles } from '../../lib/content/loader';

const [dir, list, out] = process.argv.slice(2);
if (!dir || !list || !out) {
  console.error('usage: tsx scripts/build/parse-shard.ts <dir> <files.json> <out.json>');
  process.exit(2);
}
const names = z.array(z.string()).parse(JSON.parse(await readFile(list, 'utf8')));
await writeFile(out, JSON.stringify(await parseArticleFiles(await openContentFolder(dir), names)));
