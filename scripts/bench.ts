/**
 * `npm run bench [-- --n 100,1000,5000 | --corpus DIR]`: cold-builds the site for corpora of several
 * sizes, one after another, and reports wall time, peak memory of the whole build process tree,
 * the build's own phase times, the export's size and the weight of each kind of page. Prints a
 * table and writes bench/results.json; removes its temporary corpora and out-bench/ at the end.
 * Each build is cold (out-bench/ and .next/ deleted first), so it refuses to start while another
 * build or dev server of this project runs: they would share .next/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { site } from '../lib/site/config';
import { DEFAULT_SEED, generateCorpus } from './gen-corpus';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT_NAME = 'out-bench';
const OUT_DIR = path.join(ROOT, OUT_NAME);
const NEXT_DIR = path.join(ROOT, '.next');
const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json');
const DEFAULT_SIZES = [100, 1000, 5000];
const SAMPLE_MS = 100;
const LINEARITY_TARGET = 4.4;
const USAGE = 'usage: npm run bench -- [--n 100,1000,5000] [--corpus DIR]...  (--corpus may repeat; --n defaults to 100,1000,5000 unless --corpus is given)';

// ------------------------------------------------------------------ types

/** Seconds each phase took, as the build printed them; null when the line was missing. */
interface Phases {
  /** scripts/build.ts validating and parsing the content (`[content X s]`). */
  content: number | null;
  /** Next: `Compiled successfully in X`. */
  compile: number | null;
  /** Next: `Generating static pages using N workers (…) in X`. */
  staticPages: number | null;
  staticWorkers: number | null;
  staticPageCount: number | null;
  /** scripts/build.ts around the whole `next build` (`✓ next build [X s]`). */
  nextBuild: number | null;
  /** scripts/build.ts stripping the runtime from the export (`post-export … [X s]`). */
  postExport: number | null;
  /** Every other `✓ … in X` line Next printed, by its label. */
  otherNext: Record<string, number>;
  /** Every other `✓ label… [X s]` step scripts/build.ts printed (e.g. a search index), by its label. */
  otherBuild: Record<string, number>;
}

interface Bytes {
  raw: number;
  gzip: number;
}

/** Bytes of the files a page references, with the files counted. */
interface Assets extends Bytes {
  files: string[];
}

/** What one exported page costs a visitor: its HTML and the JS and CSS files it references. */
interface PageWeight {
  file: string;
  html: Bytes;
  js: Assets;
  css: Assets;
  /** Referenced URLs outside the export (other origins, data:), not counted. */
  external: string[];
  /** Referenced files that are not in the export. */
  missing: string[];
}

interface ExportStats {
  totalBytes: number;
  files: number;
  pages: { home: PageWeight | null; article: PageWeight | null; topic: PageWeight | null };
}

interface Corpus {
  label: string;
  dir: string;
  articles: number;
  source: 'generated' | 'corpus';
  generateSeconds: number | null;
}

interface Run {
  label: string;
  articles: number;
  source: Corpus['source'];
  corpus: string;
  generateSeconds: number | null;
  wallSeconds: number;
  peakRssBytes: number;
  phases: Phases;
  export: ExportStats;
  marginalMsPerArticle: number | null;
}

// ------------------------------------------------------------------ arguments

/** The corpora to build, from `--n` and `--corpus`. */
interface Plan {
  sizes: number[];
  corpora: string[];
}

/** Parses the command line; exits with the usage on a mistake. */
function readPlan(argv: string[]): Plan {
  const fail = (message: string): never => {
    console.error(`bench: ${message}\n${USAGE}`);
    process.exit(2);
  };
  let values: { n?: string; corpus?: string[]; help?: boolean } = {};
  try {
    ({ values } = parseArgs({ args: argv, options: { n: { type: 'string' }, corpus: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const corpora = (values.corpus ?? []).map((dir) => path.resolve(dir));
  const sizes = values.n === undefined ? (corpora.length > 0 ? [] : DEFAULT_SIZES) : values.n.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`--n expects positive integers separated by commas, got ${values.n ?? ''}`);
  for (const dir of corpora) {
    if (!existsSync(path.join(dir, 'topics.yml'))) fail(`${dir} is not a content folder (no topics.yml)`);
  }
  return { sizes, corpora };
}

// ------------------------------------------------------------------ process tree memory

/** Parent → children of every process, from /proc/<pid>/stat. */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name (which may hold spaces and parentheses): state, ppid, …
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isInteger(ppid)) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  return children;
}

/** `root` and all its descendants. */
function processTree(root: number): number[] {
  const children = childrenByParent();
  const tree: number[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident memory of one process in bytes (VmRSS), 0 if it has ended. */
function rssBytes(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}

/** Samples the summed RSS of `root`'s process tree every SAMPLE_MS; `stop()` returns the peak. */
function watchMemory(root: number): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, processTree(root).reduce((sum, pid) => sum + rssBytes(pid), 0));
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Next builds and dev servers running on this machine, split into this project's (which share `.next`) and others. */
function otherBuilds(): { here: string[]; elsewhere: string[] } {
  const here: string[] = [];
  const elsewhere: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      if (!/\bnext (?:build|dev)\b|scripts\/(?:build\.ts|dev\.mjs)/.test(cmd)) continue;
      const cwd = readlinkSync(`/proc/${entry}/cwd`);
      (cwd === ROOT ? here : elsewhere).push(`${entry} (${cwd}): ${cmd}`);
    } catch {
      continue; // ended, or not ours to read
    }
  }
  return { here, elsewhere };
}

/** Busy and total CPU ticks since boot, from the first line of /proc/stat. */
function cpuTicks(): { busy: number; total: number } | null {
  const fields = /^cpu\s+(.*)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]?.trim().split(/\s+/).map(Number);
  if (fields === undefined || fields.length < 5 || fields.some((n) => !Number.isFinite(n))) return null;
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

/** Fraction (0–1) of all CPUs busy over the next `ms` milliseconds, or null if /proc/stat is unreadable. */
async function cpuBusy(ms: number): Promise<number | null> {
  const before = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTicks();
  if (before === null || after === null || after.total === before.total) return null;
  return (after.busy - before.busy) / (after.total - before.total);
}

/** Throws if another build or dev server of this project is running: it would share `.next` with ours. */
function refuseConcurrentBuild(): void {
  const { here } = otherBuilds();
  if (here.length > 0) throw new Error(`another build or dev server is using ${NEXT_DIR}; wait for it to end:\n  ${here.join('\n  ')}`);
}

// ------------------------------------------------------------------ one build

interface BuildOutcome {
  code: number | null;
  log: string;
  wallSeconds: number;
  peakRssBytes: number;
}

let running: number | undefined;

/** Runs `npm run build` on `contentDir` into out-bench/, echoing its ✓ lines; resolves when it ends. */
function build(contentDir: string): Promise<BuildOutcome> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, BRIEF_OUT_DIR: OUT_NAME, BRIEF_OG_IMAGES: process.env.BRIEF_OG_IMAGES ?? '0', NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so an interrupted bench can stop the whole tree
    });
    if (child.pid === undefined) {
      reject(new Error('could not start npm run build'));
      return;
    }
    running = child.pid;
    const memory = watchMemory(child.pid);
    const chunks: string[] = [];
    let pending = '';
    const echo = (text: string) => {
      chunks.push(text);
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines.map(stripAnsi)) if (/^\s*[✓✗]/.test(line)) console.log(`    │ ${line.trim()}`);
    };
    child.stdout.setEncoding('utf8').on('data', echo);
    child.stderr.setEncoding('utf8').on('data', (text: string) => chunks.push(text));
    child.on('error', (error) => {
      memory.stop();
      reject(error);
    });
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const peakRssBytes = memory.stop();
      running = undefined;
      echo('\n');
      resolve({ code, log: stripAnsi(chunks.join('')), wallSeconds, peakRssBytes });
    });
  });
}

/** Removes terminal colour codes. */
function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
}

// ------------------------------------------------------------------ phase lines

const DURATION = String.raw`(\d+(?:\.\d+)?)\s*(ms|s|min)\b`;

/** Seconds of a Next duration such as `850ms`, `12.3s` or `2.1min`. */
function toSeconds(value: string, unit: string): number | null {
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  return unit === 'ms' ? n / 1000 : unit === 'min' ? n * 60 : n;
}

/** The first capture of `re` in `log` as a number, or null. */
function numberAfter(log: string, re: RegExp): number | null {
  const value = re.exec(log)?.[1];
  const n = Number(value);
  return value === undefined || !Number.isFinite(n) ? null : n;
}

/** Seconds of the first `… in <duration>` line matching `re` (whose last two groups are value and unit). */
function durationAfter(log: string, re: RegExp): number | null {
  const m = re.exec(log);
  const value = m?.[m.length - 2];
  const unit = m?.[m.length - 1];
  return value === undefined || unit === undefined ? null : toSeconds(value, unit);
}

/** Every phase time the build printed. */
export function parsePhases(log: string): Phases {
  const staticLine = new RegExp(String.raw`Generating static pages using (\d+) workers? \((\d+)\/(\d+)\) in ${DURATION}`).exec(log);
  const otherNext: Record<string, number> = {};
  for (const m of log.matchAll(new RegExp(String.raw`^\s*✓ (.+?) in ${DURATION}\s*$`, 'gm'))) {
    const [, rawLabel, value, unit] = m;
    if (rawLabel === undefined || value === undefined || unit === undefined) continue;
    const label = rawLabel.replace(/\s*\(\d+\/\d+\)$/, '');
    const seconds = toSeconds(value, unit);
    if (seconds !== null && !/^(?:Compiled|Generating static pages)/.test(label)) otherNext[label] = seconds;
  }
  const otherBuild: Record<string, number> = {};
  for (const m of log.matchAll(/^✓ ([^:[\n]+?)(?::[^\n]*?)?\s*\[(\d+(?:\.\d+)?) s\]\s*$/gm)) {
    const [, label, value] = m;
    if (label !== undefined && value !== undefined && !['next build', 'post-export'].includes(label)) otherBuild[label] = Number(value);
  }
  return {
    content: numberAfter(log, /\[content (\d+(?:\.\d+)?) s\]/),
    compile: durationAfter(log, new RegExp(String.raw`Compiled (?:successfully|with warnings) in ${DURATION}`)),
    staticPages: staticLine?.[4] !== undefined && staticLine[5] !== undefined ? toSeconds(staticLine[4], staticLine[5]) : null,
    staticWorkers: staticLine?.[1] !== undefined ? Number(staticLine[1]) : null,
    staticPageCount: staticLine?.[3] !== undefined ? Number(staticLine[3]) : null,
    nextBuild: numberAfter(log, /✓ next build \[(\d+(?:\.\d+)?) s\]/),
    postExport: numberAfter(log, /post-export\b.*\[(\d+(?:\.\d+)?) s\]/),
    otherNext,
    otherBuild,
  };
}

// ------------------------------------------------------------------ the export

/** Every file under `dir` (absolute paths). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Raw and gzip size of some bytes (gzip at zlib's default level 6, as most servers serve). */
function sizes(bytes: Buffer): Bytes {
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** Attributes of one start tag, names lowercased, `&amp;` decoded. */
function attributesOf(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = tag.replace(/^<\s*[a-zA-Z]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const [, name, dq, sq, bare] = m;
    if (name !== undefined) attrs.set(name.toLowerCase(), (dq ?? sq ?? bare ?? '').replaceAll('&amp;', '&'));
  }
  return attrs;
}

/** URLs of the scripts and style sheets an HTML page references. */
export function referencedAssets(html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const [tag, name] = m;
    if (name === undefined) continue;
    const attrs = attributesOf(tag);
    if (name.toLowerCase() === 'script') {
      const src = attrs.get('src');
      if (src) js.add(src);
      continue;
    }
    const href = attrs.get('href');
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const asType = (attrs.get('as') ?? '').toLowerCase();
    if (!href) continue;
    if (rel.includes('modulepreload') || (rel.includes('preload') && asType === 'script')) js.add(href);
    else if (rel.includes('stylesheet') || (rel.includes('preload') && asType === 'style')) css.add(href);
  }
  return { js: [...js], css: [...css] };
}

/** The export file a URL on `page` points at, or `external` for other origins and data: URLs. */
function resolveUrl(url: string, page: string, outDir: string, basePath: string): string | 'external' {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return 'external';
  let pathname = url.replace(/[?#].*$/, '');
  if (basePath && (pathname === basePath || pathname.startsWith(`${basePath}/`))) pathname = pathname.slice(basePath.length) || '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  const file = decoded.startsWith('/') ? path.join(outDir, decoded) : path.join(path.dirname(page), decoded);
  return file.startsWith(outDir + path.sep) ? file : 'external';
}

/** Sums the sizes of referenced files; URLs it cannot find go to `missing` or `external`. */
function assetSizes(urls: string[], page: string, outDir: string, basePath: string, external: string[], missing: string[]): Assets {
  const assets: Assets = { raw: 0, gzip: 0, files: [] };
  for (const url of urls) {
    const file = resolveUrl(url, page, outDir, basePath);
    if (file === 'external') external.push(url);
    else if (!existsSync(file)) missing.push(url);
    else {
      const size = sizes(readFileSync(file));
      assets.raw += size.raw;
      assets.gzip += size.gzip;
      assets.files.push(path.relative(outDir, file));
    }
  }
  return assets;
}

/** The weight of one exported page, or null if the export has no such file. */
function pageWeight(outDir: string, relative: string | null, basePath: string): PageWeight | null {
  if (relative === null) return null;
  const page = path.join(outDir, relative);
  if (!existsSync(page)) return null;
  const bytes = readFileSync(page);
  const refs = referencedAssets(bytes.toString('utf8'));
  const external: string[] = [];
  const missing: string[] = [];
  return {
    file: relative,
    html: sizes(bytes),
    js: assetSizes(refs.js, page, outDir, basePath, external, missing),
    css: assetSizes(refs.css, page, outDir, basePath, external, missing),
    external,
    missing,
  };
}

/** `<section>/<first sub-folder by name>/index.html`, or null if there is none. */
function firstPage(outDir: string, section: string): string | null {
  const dir = path.join(outDir, section);
  if (!existsSync(dir)) return null;
  const first = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'page')
    .map((e) => e.name)
    .sort()[0];
  return first === undefined ? null : path.join(section, first, 'index.html');
}

/** Size and file count of the export, and the weight of the home, an article and a topic page. */
function measureExport(outDir: string, basePath: string): ExportStats {
  const files = filesUnder(outDir);
  return {
    totalBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    files: files.length,
    pages: {
      home: pageWeight(outDir, 'index.html', basePath),
      article: pageWeight(outDir, firstPage(outDir, 'articles'), basePath),
      topic: pageWeight(outDir, firstPage(outDir, 'topics'), basePath),
    },
  };
}

// ------------------------------------------------------------------ corpora

/** Number of Markdown articles in a content folder. */
function countArticles(dir: string): number {
  return readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.md')).length;
}

/** Generates a corpus of `n` articles into a fresh folder under `tempRoot`. */
function generated(n: number, tempRoot: string): Corpus {
  const dir = path.join(tempRoot, `n${n}`);
  const started = performance.now();
  generateCorpus({ n, out: dir, seed: DEFAULT_SEED });
  return { label: String(n), dir, articles: n, source: 'generated', generateSeconds: (performance.now() - started) / 1000 };
}

/** An existing corpus, labelled by its article count. */
function existing(dir: string): Corpus {
  const articles = countArticles(dir);
  return { label: `${articles} (${path.basename(dir)})`, dir, articles, source: 'corpus', generateSeconds: null };
}

// ------------------------------------------------------------------ one run

/** Cold-builds one corpus and measures the build and its export. Throws if the build fails. */
async function benchOne(corpus: Corpus): Promise<Omit<Run, 'marginalMsPerArticle'>> {
  refuseConcurrentBuild();
  rmSync(OUT_DIR, { recursive: true, force: true });
  rmSync(NEXT_DIR, { recursive: true, force: true });
  console.log(`▶ N=${corpus.label}: building ${corpus.dir}`);
  const outcome = await build(corpus.dir);
  if (outcome.code !== 0) {
    const tail = outcome.log.trimEnd().split('\n').slice(-40).join('\n');
    throw new Error(`npm run build failed for ${corpus.dir} (exit ${outcome.code ?? 'signal'}):\n${tail}`);
  }
  const run = {
    label: corpus.label,
    articles: corpus.articles,
    source: corpus.source,
    corpus: corpus.dir,
    generateSeconds: corpus.generateSeconds,
    wallSeconds: outcome.wallSeconds,
    peakRssBytes: outcome.peakRssBytes,
    phases: parsePhases(outcome.log),
    export: measureExport(OUT_DIR, site.basePath),
  };
  console.log(`  ${fmt(run.wallSeconds, 1)} s, peak RSS ${mb(run.peakRssBytes)} MB, export ${mb(run.export.totalBytes)} MB in ${run.export.files} files`);
  return run;
}

// ------------------------------------------------------------------ figures

/** Adds each run's marginal cost per article, relative to the run with the fewest articles. */
export function withMarginalCost(runs: Omit<Run, 'marginalMsPerArticle'>[]): Run[] {
  const smallest = runs.reduce<Omit<Run, 'marginalMsPerArticle'> | undefined>((min, r) => (min === undefined || r.articles < min.articles ? r : min), undefined);
  return runs.map((run) => ({
    ...run,
    marginalMsPerArticle:
      smallest === undefined || run.articles === smallest.articles ? null : ((run.wallSeconds - smallest.wallSeconds) * 1000) / (run.articles - smallest.articles),
  }));
}

/** (t(5000) − t(1000)) / (t(1000) − t(100)) when all three sizes ran; 4.44 would be exactly linear. */
export function linearity(runs: Pick<Run, 'articles' | 'wallSeconds'>[]): number | null {
  const t = (n: number) => runs.find((r) => r.articles === n)?.wallSeconds;
  const [t100, t1000, t5000] = [t(100), t(1000), t(5000)];
  if (t100 === undefined || t1000 === undefined || t5000 === undefined || t1000 <= t100) return null;
  return (t5000 - t1000) / (t1000 - t100);
}

/** A version from an installed package's package.json, or null. */
function packageVersion(name: string): string | null {
  try {
    const parsed = z.object({ version: z.string() }).safeParse(JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')));
    return parsed.success ? parsed.data.version : null;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ printing

/** A number with `digits` decimals, or `–` for null. */
function fmt(value: number | null, digits: number): string {
  return value === null ? '–' : value.toFixed(digits);
}

/** Bytes as MB with one decimal. */
function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Bytes as KB with one decimal. */
function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Rows as an aligned text table; the first row is the header; the first `textColumns` columns align left, the rest right. */
function table(rows: string[][], textColumns = 1): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  const line = (row: string[]) => row.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const [header, ...body] = rows;
  return header ? [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n') : '';
}

/** The build table: one row per run, then any other phases each run printed. */
function buildTable(runs: Run[]): string {
  const others = runs.flatMap((r) => {
    const phases = [...Object.entries(r.phases.otherNext), ...Object.entries(r.phases.otherBuild)];
    return phases.length === 0 ? [] : [`  N=${r.label} also: ${phases.map(([label, s]) => `${label} ${s.toFixed(1)} s`).join(', ')}`];
  });
  const main = table([
    ['N', 'wall s', 'peak RSS MB', 'content s', 'compile s', 'pages s', 'next build s', 'post-export s', 'ms/article', 'export MB', 'files'],
    ...runs.map((r) => [
      r.label,
      fmt(r.wallSeconds, 1),
      mb(r.peakRssBytes),
      fmt(r.phases.content, 1),
      fmt(r.phases.compile, 1),
      fmt(r.phases.staticPages, 1),
      fmt(r.phases.nextBuild, 1),
      fmt(r.phases.postExport, 1),
      fmt(r.marginalMsPerArticle, 1),
      mb(r.export.totalBytes),
      String(r.export.files),
    ]),
  ]);
  return [main, ...others].join('\n');
}

/** The page-weight table: one row per run and page type, sizes in KB raw/gzip; then the files measured. */
function weightTable(runs: Run[]): string {
  const pair = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;
  const rows = [['N', 'page', 'HTML KB raw/gz', 'JS KB raw/gz', 'JS files', 'CSS KB raw/gz', 'CSS files', 'not found']];
  const notes = new Set<string>();
  for (const run of runs) {
    for (const [kind, page] of Object.entries(run.export.pages)) {
      if (page === null) {
        rows.push([run.label, kind, 'no page', '', '', '', '', '']);
        continue;
      }
      rows.push([run.label, kind, pair(page.html), pair(page.js), String(page.js.files.length), pair(page.css), String(page.css.files.length), String(page.missing.length)]);
      notes.add(`N=${run.label} ${kind}: ${page.file} → JS ${page.js.files.join(', ') || 'none'}; CSS ${page.css.files.join(', ') || 'none'}`);
    }
  }
  return `${table(rows, 2)}
${[...notes].map((note) => `  ${note}`).join('\n')}`;
}

// ------------------------------------------------------------------ main

/** Runs every planned build in turn, prints the tables and writes bench/results.json. */
async function main(): Promise<void> {
  const plan = readPlan(process.argv.slice(2));
  refuseConcurrentBuild();
  const others = otherBuilds();
  if (others.elsewhere.length > 0) {
    console.warn(`bench: warning: other Next builds are running on this machine; timings will be slower and noisier:\n  ${others.elsewhere.join('\n  ')}`);
  }
  const busyAtStart = await cpuBusy(1000);
  if (busyAtStart !== null && busyAtStart > 0.25) {
    console.warn(`bench: warning: the CPUs are ${Math.round(busyAtStart * 100)} % busy before the first build; timings will be noisy`);
  }
  const versions = { node: process.version, next: packageVersion('next'), react: packageVersion('react') };
  console.log(`Next.js ${versions.next ?? '?'}, React ${versions.react ?? '?'}, Node ${versions.node}, ${os.cpus().length} CPUs, ${mb(os.totalmem())} MB RAM`);

  const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'brief-bench-'));
  const cleanUp = () => {
    if (running !== undefined) {
      try {
        process.kill(-running, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(tempRoot, { recursive: true, force: true });
    rmSync(OUT_DIR, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }

  try {
    const measured: Omit<Run, 'marginalMsPerArticle'>[] = [];
    for (const n of plan.sizes) measured.push(await benchOne(generated(n, tempRoot)));
    for (const dir of plan.corpora) measured.push(await benchOne(existing(dir)));
    const runs = withMarginalCost(measured);
    const ratio = linearity(runs);

    console.log(`\nBuild (cold, sequential; times in seconds; ms/article = (t(N) − t(smallest)) / (N − smallest))\n${buildTable(runs)}`);
    console.log(`\nPages (gzip level 6; JS = <script src> + module/script preloads; CSS = stylesheets)\n${weightTable(runs)}`);
    console.log(
      ratio === null
        ? '\nLinearity: needs runs of 100, 1000 and 5000 articles.'
        : `\nLinearity (t5000 − t1000) / (t1000 − t100) = ${ratio.toFixed(2)} (target ≤ ${LINEARITY_TARGET}; 4.44 is linear) ${ratio <= LINEARITY_TARGET ? '✓' : '✗'}`,
    );

    const results = {
      date: new Date().toISOString(),
      versions,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        totalMemoryBytes: os.totalmem(),
        platform: `${os.platform()} ${os.release()}`,
        cpuBusyAtStart: busyAtStart,
        otherBuildProcessesAtStart: others.elsewhere.length,
      },
      settings: { seed: DEFAULT_SEED, basePath: site.basePath, sampleMs: SAMPLE_MS, gzipLevel: 6, coldBuild: true },
      runs,
      linearity: { ratio, target: LINEARITY_TARGET, ok: ratio === null ? null : ratio <= LINEARITY_TARGET },
    };
    mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nWrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
  } finally {
    cleanUp();
  }
}

/** True when this file is the script node was started with (not imported, e.g. by a test). */
function isMain(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return fileURLToPath(import.meta.url) === realpathSync(entry);
  } catch {
    return false;
  }
}

if (isMain()) {
  main().catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
