/**
 * One shard of a parallel content parse (see scripts/build.ts): parses every `count`-th article
 * of CONTENT_DIR from `index` and writes the result as JSON to `out`.
 * Usage: tsx scripts/parse-shard.ts <dir> <index> <count> <out.json>
 */
import { writeFile } from 'node:fs/promises';
import { readContentPart } from '../lib/content/loader';

const [dir, index, count, out] = process.argv.slice(2);
if (!dir || !index || !count || !out) {
  console.error('usage: tsx scripts/parse-shard.ts <dir> <index> <count> <out.json>');
  process.exit(2);
}
await writeFile(out, JSON.stringify(await readContentPart(dir, { shard: { index: Number(index), count: Number(count) } })));
