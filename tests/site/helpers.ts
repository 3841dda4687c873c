/** Shared helpers of the site tests: the exported files, a static server and Chromium. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { z } from 'zod';
import { serveStatic, type StaticServer } from '../../scripts/serve.mjs';

export const exportDir = (): string => inject('exportDir');
export const contentDir = (): string => inject('contentDir');
/** What the test export's `npm run build` printed (stdout and stderr); the builds are over when a site file runs (tests/setup/site-ready.ts). */
export const buildLog = (): string => z.strictObject({ buildLog: z.string() }).parse(JSON.parse(readFileSync(inject('siteBuilds'), 'utf8'))).buildLog;

/** Every file below `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** A page readers see: every HTML file of the export but the CMS's (/admin/), which is for editors. */
export const isReaderPage = (file: string): boolean => file.endsWith('.html') && !file.startsWith('admin/');

export const readExport = (file: string): string => readFileSync(path.join(exportDir(), file), 'utf8');

/** Chromium from Debian, with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
}

/** Serves the test export on a free loopback port. */
export const serveExport = (): Promise<StaticServer> => serveStatic(exportDir(), { port: 0 });

/** Words of leaked icon-font ligatures that must never reach a reader. */
export const ICON_WORDS = ['summarize', 'check_circle', 'psychology_alt'];

/** Starts Chromium and a server for the test export around the calling test file. */
export function useBrowserAndServer(): { browser: () => Browser; server: () => StaticServer } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveExport()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBrowserAndServer: used outside a test');
    return value;
  };
  return { browser: () => started(browser), server: () => started(server) };
}

/** A free TCP port on 127.0.0.1, for servers the tests start themselves. */
export { freePort } from '../../scripts/nginx';

/** Resolves true once nothing listens on 127.0.0.1:`port` (a stopped server has let its port go). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

const nuReport = z.object({
  messages: z.array(z.object({ type: z.string(), subType: z.string().optional(), url: z.string().optional(), lastLine: z.number().optional(), message: z.string() })),
});

/** Every HTML page under `dir` through the W3C Nu HTML checker (vnu-jar, Java 17+): its errors as `file:line: message`. */
export function nuErrors(dir: string): string[] {
  const vnu = spawnSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--skip-non-html', '--format', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(vnu.error, 'java must be installed (.ci/run installs default-jre-headless)').toBeUndefined();
  // The JSON report goes to stderr.
  const { messages } = nuReport.parse(JSON.parse(vnu.stderr || vnu.stdout));
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .map((m) => `${(m.url ?? '').replace(`file:${dir}/`, '')}:${m.lastLine ?? '?'}: ${m.message}`);
  return vnu.status === 0 || errors.length > 0 ? errors : [`the checker exited with ${String(vnu.status)}`];
}
