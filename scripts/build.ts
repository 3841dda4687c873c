/**
 * `npm run build`: validate and parse CONTENT_DIR once, run `next build` (whose workers reuse that
 * parse through a build-scoped cache file instead of parsing every file again), then post-process
 * the export, write its security headers (_headers, nginx-headers.conf) and index it for search
 * (Pagefind, into <out>/pagefind/). Prints each phase's time; exits non-zero if any step fails,
 * so a stale out/ is never mistaken for a fresh one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { ContentError } from '../lib/content/error';
import { toSummary } from '../lib/pages/site-index';
import { assembleContent, contentPartSchema, loadContent, writeContentCache, type Content } from '../lib/content/loader';
import { allEditions } from '../lib/site/i18n';
import { site } from '../lib/site/config';
import { feedSite } from '../lib/site/identity';
import { postExport } from './post-export';
import { contentSummary, plural, printIssues } from './report';
import { writeSecurityHeaders } from './security-headers';
import { buildSearchIndex } from './search-index';
import { writeShareImages } from './share-images';
import { writeSyndication } from './syndication';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const outDir = path.resolve(process.env.BRIEF_OUT_DIR ?? 'out');
const contentDir = path.resolve(site.contentDir);

/** Parses CONTENT_DIR in one process per core (remark is ~8 ms an article), then joins the parts. */
async function loadInParallel(dir: string, cores: number, workDir: string): Promise<Content> {
  const articleFiles = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.md')).length;
  if (cores < 2 || articleFiles < 200) return loadContent(dir);
  const shards = Array.from({ length: cores }, (_, index) => path.join(workDir, `shard-${index}.json`));
  await Promise.all(
    shards.map(
      (out, index) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/parse-shard.ts', dir, String(index), String(cores), out], { stdio: 'inherit' });
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`content shard ${index} failed (exit ${code})`))));
        }),
    ),
  );
  const parts = await Promise.all(shards.map(async (file) => contentPartSchema.parse(JSON.parse(await readFile(file, 'utf8')))));
  return assembleContent(parts);
}

const workDir = mkdtempSync(path.join(tmpdir(), 'brief-build-'));
let started = performance.now();
let content: Content;
try {
  content = await loadInParallel(contentDir, availableParallelism(), workDir);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  printIssues(error);
  console.error(`✗ ${plural(error.issues.length, 'problem')}; nothing was built.`);
  rmSync(workDir, { recursive: true, force: true });
  process.exit(1);
}
console.log(`✓ ${site.contentDir}: ${contentSummary(content)} [content ${seconds(started)}]`);

const cacheFile = path.join(workDir, 'content.json');
await writeContentCache(cacheFile, contentDir, content);
// Only summaries (no bodies) are needed after this point: let the bodies go before next build's
// workers load their own copy, so the build's peak memory holds the parsed content once less.
const published = content.articles.filter((a) => !a.draft).map(toSummary);
const topics = content.topics;
content = { articles: [], topics, warnings: [] };
try {
  started = performance.now();
  const next = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, BRIEF_CONTENT_CACHE: cacheFile, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (next.status !== 0) {
    console.error(`✗ next build failed (exit ${next.status ?? next.signal})`);
    process.exit(1);
  }
  console.log(`✓ next build [${seconds(started)}]`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

started = performance.now();
const result = await postExport(outDir, site.basePath);
console.log(`✓ post-export: ${plural(result.pages, 'page')} without framework runtime, ${plural(result.payloadsRemoved, 'RSC payload')} removed [${seconds(started)}]`);

// The pages are final now: hash their inline scripts into the CSP of _headers / nginx-headers.conf.
started = performance.now();
const headers = await writeSecurityHeaders(outDir);
console.log(`✓ _headers, nginx-headers.conf: CSP with ${plural(headers.hashes, 'inline script hash')} [${seconds(started)}]`);

started = performance.now();
const written = await writeSyndication(outDir, {
  articles: published,
  topics,
  editions: allEditions().map((e) => feedSite(e.locale)),
  pageSize: site.pageSize,
  now: Date.now(),
});
console.log(`✓ feeds, sitemaps, robots.txt: ${plural(written.length, 'file')} [${seconds(started)}]`);

started = performance.now();
const images = await writeShareImages(outDir, published, site.ogImages);
const perImage = (performance.now() - started) / images;
console.log(`✓ share images: ${plural(images, 'PNG')}, ${perImage.toFixed(0)} ms each${site.ogImages ? '' : ' (per-article images off: BRIEF_OG_IMAGES=0)'} [${seconds(started)}]`);

started = performance.now();
try {
  const expected = Object.fromEntries(allEditions().map((e) => [e.lang, published.filter((a) => a.locale === e.locale).length]));
  const index = await buildSearchIndex(outDir, expected);
  const perLanguage = Object.entries(index.languages).map(([lang, n]) => `${lang} ${n}`).join(', ');
  console.log(`✓ search index: ${plural(index.pages, 'page')} (${perLanguage}) [${seconds(started)}]`);
} catch (error) {
  console.error(`✗ search index failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
