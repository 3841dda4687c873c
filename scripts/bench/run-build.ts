/** Running one build for the benchmark and reading the phase times it prints. */
import { spawn } from 'node:child_process';
import { watchMemory } from './processes';

export interface BuildOutcome {
  code: number | null;
  log: string;
  wallSeconds: number;
  peakRssBytes: number;
}

/** The process group of the build running now, so an interrupted benchmark can stop it. */
export let running: number | undefined;

/** Runs `npm run build` in `root` with `env`, echoing its ✓ lines; resolves when it ends. */
export function runBuild(root: string, env: Record<string, string>): Promise<BuildOutcome> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', 'build'], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
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
      for (const line of lines.map(stripAnsi)) if (/^\s*[✓✗▶]/.test(line)) console.log(`    │ ${line.trim()}`);
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
export function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
}

const DURATION = String.raw`(\d+(?:\.\d+)?)\s*(ms|s|min)\b`;

/** Seconds of a Next duration such as `850ms`, `12.3s` or `2.1min`. */
function toSeconds(value: string, unit: string): number | null {
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  return unit === 'ms' ? n / 1000 : unit === 'min' ? n * 60 : n;
}

/** What a build printed of its phases. */
export interface Phases {
  /** `full` or `incremental`, from the build's last line. */
  mode: string | null;
  /** Pages whose model was new or changed (`page models: N pages, R to render`). */
  pagesRendered: number | null;
  pagesTotal: number | null;
  /** Every `✓ <label>… [X s]` step a build prints (lib/engine), in order (`content`, `page models`, `next build`, `staged`, …). */
  steps: { label: string; seconds: number }[];
  /** Inside next build: `Compiled successfully in X`, `Generating static pages … in X`. */
  compile: number | null;
  staticPages: number | null;
  staticWorkers: number | null;
}

/** Every phase time the build printed. */
export function parsePhases(log: string): Phases {
  const staticLine = new RegExp(String.raw`Generating static pages using (\d+) workers? \((\d+)\/(\d+)\) in ${DURATION}`).exec(log);
  const compile = new RegExp(String.raw`Compiled (?:successfully|with warnings) in ${DURATION}`).exec(log);
  const steps: Phases['steps'] = [];
  for (const m of log.matchAll(/^✓ ([^:[\n]+?)(?::[^\n]*?)?\s*\[(?:content )?(\d+(?:\.\d+)?) s\]\s*$/gm)) {
    const [, label, value] = m;
    if (label !== undefined && value !== undefined) steps.push({ label: m[0].includes('[content ') ? 'content' : label, seconds: Number(value) });
  }
  const models = /page models: ([\d,]+) pages?, (\d+) to render/.exec(log);
  return {
    mode: /✓ built in [\d.]+ s \((\w+)\)/.exec(log)?.[1] ?? null,
    pagesRendered: models?.[2] !== undefined ? Number(models[2]) : null,
    pagesTotal: models?.[1] !== undefined ? Number(models[1].replace(/,/g, '')) : null,
    steps,
    compile: compile?.[1] !== undefined && compile[2] !== undefined ? toSeconds(compile[1], compile[2]) : null,
    staticPages: staticLine?.[4] !== undefined && staticLine[5] !== undefined ? toSeconds(staticLine[4], staticLine[5]) : null,
    staticWorkers: staticLine?.[1] !== undefined ? Number(staticLine[1]) : null,
  };
}
