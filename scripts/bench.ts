/**
 * `npm run bench [-- --n 100,1000,5000 | --corpus DIR]`: for corpora of several sizes, one after
 * another, times what editors wait for:
 *   cold         a first build: no out/, no caches, no .next (share images off, as before)
 *   no change    the same build again
 *   add one      one new brief, newest of all (it leads the home page and shifts every list page)
 *   edit body    one more paragraph in one brief
 *   edit title   a new title for one brief (cards, related lists and its share image change)
 *   cold + og    a first build with default settings: share images on
 * Each run's wall time, peak RSS of the whole process tree and the build's own phase times go to a
 * table and to bench/results.json. Corpora and caches are temporary and removed at the end.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { site } from '../lib/site/config';
import { measureExport, type ExportStats } from './bench/export-weight';
import { cpuBusy, otherBuilds, refuseConcurrentBuild, SAMPLE_MS } from './bench/processes';
import { parsePhases, runBuild, running, type Phases } from './bench/run-build';
import { addPhotos } from './bench/photos';
import { addBrief, editBody, editTitle } from './bench/scenarios';
import { DEFAULT_SEED, generateCorpus } from './gen-corpus';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT_NAME = 'out-bench';
const OUT_DIR = path.join(ROOT, OUT_NAME);
const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json');
const DEFAULT_SIZES = [100, 1000, 5000];
const LINEARITY_TARGET = 4.4;
const USAGE =
  'usage: npm run bench -- [--n 100,1000,5000] [--photos SHARE] [--corpus DIR]... [--scenarios cold,no-change,add-one,edit-body,edit-title,cold-og] [--out FILE]\n' +
  '  (--corpus may repeat; --n defaults to 100,1000,5000 unless --corpus is given; --photos is the share of generated briefs with a hero photo, default 0.1;\n' +
  '   --out defaults to bench/results.json)';
const DEFAULT_PHOTOS = 0.1;

/** The scenarios, in the order they run on each corpus, by the ids `--scenarios` takes. */
const SCENARIO_IDS = { cold: 'cold', 'no-change': 'no change', 'add-one': 'add one', 'edit-body': 'edit body', 'edit-title': 'edit title', 'cold-og': 'cold + og' } as const;
const SCENARIOS = Object.values(SCENARIO_IDS);
type Scenario = (typeof SCENARIOS)[number];
const isScenarioId = (id: string): id is keyof typeof SCENARIO_IDS => id in SCENARIO_IDS;

interface Corpus {
  label: string;
  dir: string;
  articles: number;
  /** Briefs with a hero photo (each its own image file). */
  photos: number;
  source: 'generated' | 'corpus';
}

interface Run {
  label: string;
  articles: number;
  scenario: Scenario;
  source: Corpus['source'];
  photos: number;
  wallSeconds: number;
  peakRssBytes: number;
  phases: Phases;
  /** Cold runs only. */
  export: ExportStats | null;
  /** Cold runs only: (t(N) − t(smallest)) / (N − smallest). */
  marginalMsPerArticle: number | null;
}

// ------------------------------------------------------------------ arguments

function readPlan(argv: string[]): { sizes: number[]; photos: number; corpora: string[]; scenarios: Scenario[]; out: string } {
  const fail = (message: string): never => {
    console.error(`bench: ${message}\n${USAGE}`);
    process.exit(2);
  };
  let values: { n?: string; photos?: string; corpus?: string[]; scenarios?: string; out?: string; help?: boolean } = {};
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { n: { type: 'string' }, photos: { type: 'string' }, corpus: { type: 'string', multiple: true }, scenarios: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
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
  const photos = values.photos === undefined ? DEFAULT_PHOTOS : Number(values.photos);
  if (!(photos >= 0 && photos <= 1)) fail(`--photos expects a share from 0 to 1, got ${values.photos ?? ''}`);
  for (const dir of corpora) if (!existsSync(path.join(dir, 'topics.yml'))) fail(`${dir} is not a content folder (no topics.yml)`);
  const ids = values.scenarios?.split(',').map((s) => s.trim()) ?? Object.keys(SCENARIO_IDS);
  const scenarios = ids.map((id) => (isScenarioId(id) ? SCENARIO_IDS[id] : fail(`unknown scenario ${id}; expected ${Object.keys(SCENARIO_IDS).join(', ')}`)));
  if (scenarios[0] !== 'cold' && scenarios[0] !== 'cold + og') fail('the first scenario must be cold or cold-og: the others build on it');
  return { sizes, photos, corpora, scenarios, out: path.resolve(values.out ?? RESULTS_FILE) };
}

// ------------------------------------------------------------------ corpora

const countArticles = (dir: string) => readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.md')).length;

/** A generated corpus of `n` briefs in a fresh folder under `tempRoot`, a share `photos` of them with a hero photo. */
async function generated(n: number, photos: number, tempRoot: string): Promise<Corpus> {
  const dir = path.join(tempRoot, `n${n}`);
  generateCorpus({ n, out: dir, seed: DEFAULT_SEED });
  return { label: String(n), dir, articles: n, photos: await addPhotos(dir, photos), source: 'generated' };
}

/** A copy of an existing corpus (the scenarios edit it), labelled by its article count. */
function copied(dir: string, tempRoot: string): Corpus {
  const copy = path.join(tempRoot, `corpus-${path.basename(dir)}`);
  cpSync(dir, copy, { recursive: true });
  const articles = countArticles(copy);
  const images = path.join(copy, 'images');
  const photos = existsSync(images) ? readdirSync(images).length : 0;
  return { label: `${articles} (${path.basename(dir)})`, dir: copy, articles, photos, source: 'corpus' };
}

// ------------------------------------------------------------------ one corpus

/**
 * Waits (up to a minute) until the background deletes of the previous build are over: a build hands
 * superseded folders (the replaced export, Next's copy of the pages) to a background `rm`, which
 * builds minutes apart never meet, so a measured build should not compete with it either.
 */
async function trashEmptied(): Promise<void> {
  const trash = path.join(ROOT, '.brief-trash');
  for (let waited = 0; waited < 60_000 && existsSync(trash) && readdirSync(trash).length > 0; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Runs every scenario on one corpus; throws if a build fails. */
async function benchCorpus(corpus: Corpus, tempRoot: string, scenarios: readonly Scenario[]): Promise<Run[]> {
  const runs: Run[] = [];
  let cache = '';
  const coldStart = () => {
    for (const dir of [OUT_DIR, path.join(ROOT, '.next'), path.join(ROOT, '.brief-render')]) rmSync(dir, { recursive: true, force: true });
    cache = mkdtempSync(path.join(tempRoot, 'cache-'));
  };
  const edits: Partial<Record<Scenario, () => void>> = {
    cold: coldStart,
    'add one': () => addBrief(corpus.dir),
    'edit body': () => editBody(corpus.dir),
    'edit title': () => editTitle(corpus.dir),
    'cold + og': coldStart,
  };
  for (const scenario of scenarios) {
    refuseConcurrentBuild(ROOT);
    await trashEmptied();
    edits[scenario]?.();
    console.log(`▶ N=${corpus.label}, ${scenario}`);
    const images = scenario === 'cold + og' ? '1' : '0';
    const outcome = await runBuild(ROOT, { CONTENT_DIR: corpus.dir, BRIEF_OUT_DIR: OUT_NAME, BRIEF_CACHE_DIR: cache, BRIEF_OG_IMAGES: images });
    if (outcome.code !== 0) throw new Error(`npm run build failed for ${corpus.dir} (${scenario}, exit ${outcome.code ?? 'signal'}):\n${outcome.log.trimEnd().split('\n').slice(-40).join('\n')}`);
    const cold = scenario === 'cold';
    runs.push({
      label: corpus.label,
      // A scenario may be given more than once (`--scenarios cold,add-one,add-one`): each add-one adds a brief.
      articles: corpus.articles + runs.filter((r) => r.scenario === 'add one').length + (scenario === 'add one' ? 1 : 0),
      scenario,
      source: corpus.source,
      photos: corpus.photos,
      wallSeconds: outcome.wallSeconds,
      peakRssBytes: outcome.peakRssBytes,
      phases: parsePhases(outcome.log),
      export: cold ? measureExport(OUT_DIR, site.basePath) : null,
      marginalMsPerArticle: null,
    });
    console.log(`  ${fmt(outcome.wallSeconds, 1)} s, peak RSS ${mb(outcome.peakRssBytes)} MB`);
  }
  return runs;
}

// ------------------------------------------------------------------ figures

/** Adds the marginal cost per article to each cold run, relative to the smallest cold run. */
export function withMarginalCost(runs: Run[]): Run[] {
  const cold = runs.filter((r) => r.scenario === 'cold');
  const smallest = cold.reduce<Run | undefined>((min, r) => (min === undefined || r.articles < min.articles ? r : min), undefined);
  return runs.map((run) =>
    run.scenario !== 'cold' || smallest === undefined || run.articles === smallest.articles
      ? run
      : { ...run, marginalMsPerArticle: ((run.wallSeconds - smallest.wallSeconds) * 1000) / (run.articles - smallest.articles) },
  );
}

/** (t(5000) − t(1000)) / (t(1000) − t(100)) of the cold runs when all three sizes ran; 4.44 would be exactly linear. */
export function linearity(runs: Pick<Run, 'articles' | 'wallSeconds' | 'scenario'>[]): number | null {
  const t = (n: number) => runs.find((r) => r.scenario === 'cold' && r.articles === n)?.wallSeconds;
  const [t100, t1000, t5000] = [t(100), t(1000), t(5000)];
  if (t100 === undefined || t1000 === undefined || t5000 === undefined || t1000 <= t100) return null;
  return (t5000 - t1000) / (t1000 - t100);
}

function packageVersion(name: string): string | null {
  try {
    const parsed = z.object({ version: z.string() }).safeParse(JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')));
    return parsed.success ? parsed.data.version : null;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ printing

const fmt = (value: number | null, digits: number) => (value === null ? '–' : value.toFixed(digits));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Rows as an aligned text table; the first row is the header; the first `textColumns` columns align left. */
function table(rows: string[][], textColumns = 1): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  const line = (row: string[]) => row.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const [header, ...body] = rows;
  return header ? [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n') : '';
}

const labels = (runs: Run[]) => [...new Set(runs.map((r) => r.label))];
/** The run of `scenario` on corpus `label`; when the scenario ran more than once, the one of median wall time. */
const find = (runs: Run[], label: string, scenario: Scenario) => {
  const matching = runs.filter((r) => r.label === label && r.scenario === scenario).sort((a, b) => a.wallSeconds - b.wallSeconds);
  return matching[Math.floor((matching.length - 1) / 2)];
};

/** Wall time (pages rendered) of every scenario, one row per corpus. */
function scenarioTable(runs: Run[]): string {
  const cell = (run: Run | undefined) => (run ? `${fmt(run.wallSeconds, 1)} (${run.phases.pagesRendered ?? '–'})` : '–');
  return table([['N', ...SCENARIOS.map((s) => `${s} s (pages)`)], ...labels(runs).map((label) => [label, ...SCENARIOS.map((s) => cell(find(runs, label, s)))])]);
}

/** Peak RSS of every scenario, one row per corpus. */
function memoryTable(runs: Run[]): string {
  return table([['N', ...SCENARIOS.map((s) => `${s} MB`)], ...labels(runs).map((label) => [label, ...SCENARIOS.map((s) => { const run = find(runs, label, s); return run ? mb(run.peakRssBytes) : '–'; })])]);
}

/** The cold runs in detail: phases, marginal cost per article, export size. */
function coldTable(runs: Run[]): string {
  const step = (run: Run, label: string) => run.phases.steps.find((s) => s.label === label)?.seconds ?? null;
  return table([
    ['N', 'wall s', 'peak RSS MB', 'content s', 'compile s', 'pages s', 'next build s', 'post-export s', 'search s', 'compress s', 'ms/article', 'export MB', 'of it .br/.gz MB', 'files'],
    ...runs
      .filter((r) => r.scenario === 'cold')
      .map((r) => [r.label, fmt(r.wallSeconds, 1), mb(r.peakRssBytes), fmt(step(r, 'content'), 1), fmt(r.phases.compile, 1), fmt(r.phases.staticPages, 1), fmt(step(r, 'next build'), 1), fmt(step(r, 'post-export'), 1), fmt(step(r, 'search index'), 1), fmt(step(r, 'compressed'), 1), fmt(r.marginalMsPerArticle, 1), mb(r.export?.totalBytes ?? 0), mb(r.export?.copiesBytes ?? 0), String(r.export?.files ?? 0)]),
  ]);
}

/** Where the seconds of each corpus's add-one rebuild go. */
function breakdown(runs: Run[]): string {
  return runs
    .filter((r) => r.scenario === 'add one')
    .map((r) => {
      const steps = r.phases.steps.map((s) => `${s.label} ${s.seconds.toFixed(1)}`);
      const inside = r.phases.compile === null ? '' : ` (next build: compile ${fmt(r.phases.compile, 1)}, static pages ${fmt(r.phases.staticPages, 1)})`;
      const accounted = r.phases.steps.reduce((sum, s) => sum + s.seconds, 0);
      return `  N=${r.label}: ${fmt(r.wallSeconds, 1)} s = ${steps.join(' + ')} + start-up ${(r.wallSeconds - accounted).toFixed(1)}${inside}`;
    })
    .join('\n');
}

/** What the photos cost the cold builds: the photos step, per photo and per brief. */
function photoTable(runs: Run[]): string {
  const rows = [['N', 'photos', 'photos step s', 'ms/photo', 'ms/brief', 'share of wall']];
  for (const run of runs.filter((r) => r.scenario === 'cold')) {
    const seconds = run.phases.steps.find((s) => s.label === 'photos')?.seconds ?? 0;
    rows.push([run.label, String(run.photos), fmt(seconds, 1), run.photos > 0 ? fmt((seconds * 1000) / run.photos, 0) : '–', fmt((seconds * 1000) / run.articles, 1), `${fmt((100 * seconds) / run.wallSeconds, 1)} %`]);
  }
  return table(rows);
}

/** Page weights of the cold runs, KB raw / gzip 6 / sent (the build's Brotli copy). */
function weightTable(runs: Run[]): string {
  const pair = (b: { raw: number; gzip: number; sent: number }) => `${kb(b.raw)} / ${kb(b.gzip)} / ${kb(b.sent)}`;
  const rows = [['N', 'page', 'HTML KB raw/gz/br', 'JS KB raw/gz/br', 'CSS KB raw/gz/br', 'not found']];
  for (const run of runs.filter((r) => r.scenario === 'cold' && r.export)) {
    for (const [kind, page] of Object.entries(run.export?.pages ?? {})) {
      rows.push(page === null ? [run.label, kind, 'no page', '', '', ''] : [run.label, kind, pair(page.html), pair(page.js), pair(page.css), String(page.missing.length)]);
    }
  }
  return table(rows, 2);
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const plan = readPlan(process.argv.slice(2));
  refuseConcurrentBuild(ROOT);
  const others = otherBuilds(ROOT);
  if (others.elsewhere.length > 0) console.warn(`bench: warning: other Next builds are running on this machine; timings will be slower and noisier:\n  ${others.elsewhere.join('\n  ')}`);
  const busyAtStart = await cpuBusy(1000);
  if (busyAtStart !== null && busyAtStart > 0.25) console.warn(`bench: warning: the CPUs are ${Math.round(busyAtStart * 100)} % busy before the first build; timings will be noisy`);
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
    const measured: Run[] = [];
    for (const n of plan.sizes) measured.push(...(await benchCorpus(await generated(n, plan.photos, tempRoot), tempRoot, plan.scenarios)));
    for (const dir of plan.corpora) measured.push(...(await benchCorpus(copied(dir, tempRoot), tempRoot, plan.scenarios)));
    const runs = withMarginalCost(measured);
    const ratio = linearity(runs);

    console.log(`\nScenarios (wall seconds, pages rendered; share images off except "cold + og"; the median of a scenario run more than once)\n${scenarioTable(runs)}`);
    console.log(`\nPeak RSS of the whole build process tree (MB, sampled every ${SAMPLE_MS} ms)\n${memoryTable(runs)}`);
    console.log(`\nCold builds (ms/article = (t(N) − t(smallest)) / (N − smallest))\n${coldTable(runs)}`);
    console.log(`\nWhere the add-one rebuild's seconds go\n${breakdown(runs)}`);
    console.log(`\nPhotos of the cold builds (each photo: AVIF and WebP at up to 4 widths and a fallback, encoded once, then cached)\n${photoTable(runs)}`);
    console.log(`\nPages of the cold builds (raw = sent without compression; gz = gzip level 6, on the fly; br = the build's Brotli copy, sent by nginx and Apache; JS = <script src> + module/script preloads; CSS = stylesheets)\n${weightTable(runs)}`);
    console.log(
      ratio === null
        ? '\nLinearity: needs cold runs of 100, 1000 and 5000 articles.'
        : `\nLinearity (t5000 − t1000) / (t1000 − t100) = ${ratio.toFixed(2)} (target ≤ ${LINEARITY_TARGET}; 4.44 is linear) ${ratio <= LINEARITY_TARGET ? '✓' : '✗'}`,
    );

    const results = {
      date: new Date().toISOString(),
      versions,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, totalMemoryBytes: os.totalmem(), platform: `${os.platform()} ${os.release()}`, cpuBusyAtStart: busyAtStart, otherBuildProcessesAtStart: others.elsewhere.length },
      settings: { seed: DEFAULT_SEED, photos: plan.photos, basePath: site.basePath, sampleMs: SAMPLE_MS, gzipLevel: 6, scenarios: SCENARIOS },
      runs,
      linearity: { ratio, target: LINEARITY_TARGET, ok: ratio === null ? null : ratio <= LINEARITY_TARGET },
    };
    mkdirSync(path.dirname(plan.out), { recursive: true });
    writeFileSync(plan.out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nWrote ${path.relative(process.cwd(), plan.out)}`);
  } finally {
    cleanUp();
  }
}

/** True when this file is the script node was started with (not imported). */
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
