import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { get, request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchChromium, portFree } from './helpers';
import { tempDir } from '../temp';
import { groupAlive } from '../cms/server';

let browser: Browser;
let dev: ChildProcess;
let origin: string;
/** Everything `npm run dev` printed (stdout and stderr), as the editor's terminal shows it. */
let terminal = '';
const contentDir = tempDir('brief-dev-');
const articleFile = path.join(contentDir, 'xai-openai-training.md');
const articleUrl = () => `${origin}/articles/xai-openai-training/`;

/** The 1-based line of `source` that starts with `start`. */
function lineOf(source: string, start: string): number {
  const index = source.split('\n').findIndex((line) => line.startsWith(start));
  expect(index, start).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** The brief with its third summary point removed (two points: a mistake). */
function withTwoPoints(source: string): string {
  const lines = source.split('\n');
  const third = lineOf(source, '  - Musk defended the practice');
  return [...lines.slice(0, third - 1), ...lines.slice(third)].join('\n');
}

/** The statuses `url` answers until it is `want` or 60 s have passed: the dev server may first answer from params it computed before the folder changed. */
async function settledStatus(url: string, want = 200): Promise<number[]> {
  const statuses: number[] = [];
  for (const end = Date.now() + 60_000; Date.now() < end && statuses.at(-1) !== want; ) {
    if (statuses.length > 0) await new Promise((resolve) => setTimeout(resolve, 250));
    statuses.push((await fetch(url)).status);
  }
  return statuses;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;
/** A line of a stack trace, as Node and Next print them (`    at f (file:1:2)`, a code frame `> 212 |`). */
const STACK = /^\s+at .+|^>?\s*\d+ \|/m;


beforeAll(async () => {
  cpSync('content', contentDir, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn('node', ['scripts/dev.mjs', '--port', String(port)], {
    env: { ...process.env, CONTENT_DIR: contentDir, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  dev.stdout?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('next dev did not start in 180 s')), 180_000);
    dev.stdout?.on('data', (chunk: Buffer) => {
      if (/Ready in/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  browser = await launchChromium();
});

const skeletonFile = path.join(contentDir, 'grid-batteries-get-a-vote.md');

// Whatever a test left (even one failing half-way), the next one starts from the valid site.
afterEach(() => {
  if (readFileSync(articleFile, 'utf8') !== readFileSync('content/xai-openai-training.md', 'utf8')) cpSync('content/xai-openai-training.md', articleFile);
  rmSync(skeletonFile, { force: true });
});

afterAll(async () => {
  await browser?.close();
  // The last test stops it by its PID; anything left of its group stops here.
  if (dev?.pid && groupAlive(dev.pid)) process.kill(-dev.pid, 'SIGTERM');
});

/** The status line a websocket upgrade to the dev server's HMR endpoint gets, sent with `headers`. */
function upgradeStatus(headers: Record<string, string>): Promise<string> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      const lines = ['GET /_next/hmr HTTP/1.1', 'connection: Upgrade', 'upgrade: websocket', 'sec-websocket-version: 13', 'sec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
    let answer = '';
    socket.setTimeout(30_000, () => socket.destroy(new Error('no answer to the upgrade in 30 s')));
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) {
        resolve(answer.split('\r\n')[0] ?? '');
        socket.destroy();
      }
    });
    socket.on('error', reject);
  });
}

describe('npm run dev', () => {
  it('shows an edit to a Markdown file in the open page without a reload', async () => {
    const page = await browser.newPage();
    await page.goto(articleUrl(), { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/^Musk seemingly admits/);
    await page.locator('html[data-content-events="open"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => Reflect.set(window, 'sameDocument', true));

    const source = readFileSync(articleFile, 'utf8');
    writeFileSync(articleFile, source.replace('title: Musk seemingly admits', 'title: Edited live - Musk seemingly admits'));
    await page.getByRole('heading', { level: 1, name: /^Edited live - Musk/ }).waitFor({ timeout: 30_000 });
    await expect(page.evaluate(() => Reflect.get(window, 'sameDocument'))).resolves.toBe(true);
    writeFileSync(articleFile, source);
    await page.getByRole('heading', { level: 1, name: /^Musk seemingly admits/ }).waitFor({ timeout: 30_000 });
    await page.close();
    // The first page of a dev server is compiled on request: slow on a small, busy machine.
  }, 120_000);

  it('shows a broken brief’s problems at its address, each at its line, and the brief again once fixed, in the same open page', async () => {
    const page = await browser.newPage();
    // Next replays the server's console.error in the page and counts it as an "Issue" in a red badge:
    // an editor's mistake must not look like a crash there either.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(articleUrl(), { timeout: 60_000 });
    await page.locator('html[data-content-events="open"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => Reflect.set(window, 'sameDocument', true));
    const source = readFileSync(articleFile, 'utf8');
    const brief = page.getByRole('heading', { level: 1, name: /^Musk seemingly admits/ });
    const panel = page.getByRole('region', { name: 'This brief cannot be shown yet' });

    writeFileSync(articleFile, withTwoPoints(source));
    await panel.waitFor({ timeout: 30_000 });
    const summaryLine = lineOf(source, 'summary:') + 1;
    await expect(panel.innerText()).resolves.toContain(`Line ${summaryLine} · summary: expected exactly 3 points (a list of 3 strings), found a list of 2 items`);
    await expect(panel.innerText()).resolves.toContain(articleFile);
    const shown = await page.locator('body').innerText();
    expect(shown).not.toMatch(STACK);
    expect(shown).not.toMatch(/loader\.ts|ContentError|Unhandled Runtime Error/);
    // Still inside the site: its header and footer are there.
    await page.getByRole('banner').waitFor({ timeout: 1_000 });
    await page.getByRole('contentinfo').waitFor({ timeout: 1_000 });

    writeFileSync(articleFile, source);
    await brief.waitFor({ timeout: 5_000 });
    await expect(page.evaluate(() => Reflect.get(window, 'sameDocument'))).resolves.toBe(true);

    // A different mistake shows its own message, not the first one's.
    writeFileSync(articleFile, source.replace('topic: ethics-safety-regulation', 'topic: no-such-topic'));
    const topicLine = lineOf(source, 'topic:');
    await page.getByText(`Line ${topicLine} · topic: expected one of the ids in topics.yml (ethics-safety-regulation), found "no-such-topic"`).waitFor({ timeout: 5_000 });
    await expect(panel.innerText()).resolves.not.toContain('exactly 3 points');
    await expect(page.evaluate(() => Reflect.get(window, 'sameDocument'))).resolves.toBe(true);

    writeFileSync(articleFile, source);
    await brief.waitFor({ timeout: 5_000 });
    await expect(page.evaluate(() => Reflect.get(window, 'sameDocument'))).resolves.toBe(true);
    expect(errors.filter((text) => /Content problems/.test(text))).toEqual([]);
    await page.close();
  });

  // Two rounds of a change the dev server recompiles for: room for a loaded machine (a wait, not a speed bound).
  it('prints each problem once per change in the terminal, as npm run check does, with no stack trace', { timeout: 150_000 }, async () => {
    const source = readFileSync(articleFile, 'utf8');
    const line = `${articleFile}:${lineOf(source, 'summary:') + 1}:3: summary: expected exactly 3 points (a list of 3 strings), found a list of 2 items`;
    const from = terminal.length;
    writeFileSync(articleFile, withTwoPoints(source));
    // Pages read the content many times: load a few, more than once, until the problem is printed.
    for (let tries = 0; tries < 60 && !terminal.slice(from).includes(line); tries++) await fetch(articleUrl());
    const statuses: number[] = [];
    for (const url of [articleUrl(), `${origin}/`, `${origin}/tr/`, articleUrl(), `${origin}/topics/`]) statuses.push((await fetch(url)).status);
    const printed = terminal.slice(from);
    expect(occurrences(printed, line), printed).toBe(1);
    expect(printed).not.toMatch(STACK);
    expect(printed).not.toMatch(/ContentError|loader\.ts/);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);

    writeFileSync(articleFile, source);
    await expect(settledStatus(articleUrl())).resolves.toContain(200);
    for (let tries = 0; tries < 60 && !/<h1[^>]*>Musk seemingly admits/.test(await (await fetch(articleUrl())).text()); tries++) await new Promise((resolve) => setTimeout(resolve, 250));
    // The same mistake made again is a new change: printed once more.
    const again = terminal.length;
    writeFileSync(articleFile, withTwoPoints(source));
    for (let tries = 0; tries < 60 && !terminal.slice(again).includes(line); tries++) await fetch(articleUrl());
    await fetch(`${origin}/`);
    expect(occurrences(terminal.slice(again), line), terminal.slice(again)).toBe(1);
    writeFileSync(articleFile, source);
  });

  it('shows an unfinished npm run new skeleton as its TODO checklist, and every other page as usual', async () => {
    const urls = [`${origin}/`, articleUrl(), `${origin}/tr/articles/xai-openai-training/`, `${origin}/topics/`, `${origin}/icon.svg`];
    // One at a time: a small machine compiling several routes at once is slow enough without a race.
    const statusesOf = async () => {
      const all: number[] = [];
      for (const url of urls) all.push((await fetch(url)).status);
      return all;
    };
    await expect(statusesOf()).resolves.toEqual([200, 200, 200, 200, 200]);
    const created = spawnSync('npx', ['tsx', 'scripts/new.ts', 'Grid batteries get a vote', '--topic', 'ethics-safety-regulation', '--author', 'brief-desk', '--date', '2026-11-30'], {
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });
    expect(created.status, created.stderr).toBe(0);
    const skeletonUrl = `${origin}/articles/grid-batteries-get-a-vote/`;
    const statuses = await settledStatus(skeletonUrl);
    expect(statuses.at(-1), `statuses: ${statuses.join(' ')}`).toBe(200);
    // What was there before answers as before: the skeleton takes nothing else down.
    await expect(statusesOf()).resolves.toEqual([200, 200, 200, 200, 200]);

    const page = await browser.newPage();
    await page.goto(skeletonUrl, { timeout: 60_000 });
    const panel = page.getByRole('region', { name: 'This brief is not finished yet' });
    await panel.waitFor({ timeout: 30_000 });
    await expect(panel.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Still to write:');
    const todos = (await panel.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    expect(todos).toEqual([
      '☐ Line 3 · description: one or two sentences: what happened and why a reader should care.',
      '☐ Line 10 · summary[0]: first point of the 3-point summary.',
      '☐ Line 11 · summary[1]: second point.',
      '☐ Line 12 · summary[2]: third point.',
      '☐ Line 14 · whyItMatters[0]: why this matters to the reader.',
      '☐ Line 22 · body: the facts, with who said what.',
      '☐ Line 26 · body: the consequences.',
    ]);
    // The home page lists it, linking to that page.
    await page.goto(`${origin}/`, { timeout: 60_000 });
    const notice = page.getByRole('complementary', { name: 'Content problems' });
    await expect(notice.getByRole('link', { name: path.join(contentDir, 'grid-batteries-get-a-vote.md') }).getAttribute('href')).resolves.toBe('/articles/grid-batteries-get-a-vote/');
    await page.close();
    // Compiling the routes of a first visit takes a while on a small machine.
  }, 180_000);

  it('shows a brief’s photos from the content folder (the dev server encodes nothing), and serves no other file', async () => {
    // What the brief needs first (its authors, its images), then the brief, as an editor would add them.
    cpSync('tests/fixtures/site/authors.yml', path.join(contentDir, 'authors.yml'));
    cpSync('tests/fixtures/site/images', path.join(contentDir, 'images'), { recursive: true });
    cpSync('tests/fixtures/site/photo-brief.md', path.join(contentDir, 'photo-brief.md'));
    // The watcher takes a moment to see the new files (a request in the middle of it was seen to get a 500): wait for the page, as an editor would reload.
    const statuses: number[] = [];
    for (let tries = 0; tries < 120 && statuses.at(-1) !== 200; tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 250));
      statuses.push((await fetch(`${origin}/articles/photo-brief/`)).status);
    }
    expect(statuses.at(-1), `statuses: ${statuses.join(' ')}`).toBe(200);
    const page = await browser.newPage();
    await page.goto(`${origin}/articles/photo-brief/`, { timeout: 60_000 });
    const hero = page.getByRole('img', { name: 'Fishing boats moored in a harbour under a pale morning sky' });
    await hero.waitFor({ timeout: 30_000 });
    // Below the fold, images load lazily: this test is about the files, so they load now.
    await page.evaluate(() => {
      for (const img of document.querySelectorAll('picture img')) if (img instanceof HTMLImageElement) img.loading = 'eager';
    });
    await page.waitForFunction(() => [...document.querySelectorAll('picture img')].every((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0), undefined, { timeout: 30_000 });
    const loaded = await page.$$eval('picture img', (all) => all.map((img) => (img instanceof HTMLImageElement ? img.complete && img.naturalWidth > 0 && new URL(img.src).pathname : false)));
    expect(loaded).toEqual(['/images/harbour-at-dawn.jpg', '/images/hillside.jpg', '/images/chart.png', '/images/harbour-at-dawn.jpg']);
    const images = new URL(await hero.getAttribute('src') ?? '').origin;
    // An image outside the content folder, reached by `..` (encoded so the URL keeps it) or by a link.
    const outside = tempDir('brief-outside-');
    cpSync('tests/fixtures/images/small-photo.jpg', path.join(outside, 'private.jpg'));
    symlinkSync(path.join(outside, 'private.jpg'), path.join(contentDir, 'images', 'link.jpg'));
    expect((await fetch(`${images}/images/hillside.jpg`)).status).toBe(200);
    for (const other of ['/photo-brief.md', '/authors.yml', '/images/../photo-brief.md', `/..%2f${path.basename(outside)}%2fprivate.jpg`, '/images/link.jpg']) {
      expect((await fetch(`${images}${other}`)).status, other).toBe(404);
    }
    // Only for this machine's pages: a request naming another host (DNS rebinding) is refused.
    const { port } = new URL(images);
    const rebound = await new Promise<number>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: '/images/hillside.jpg', headers: { host: `attacker.example:${port}` } }, (res) => resolve(res.statusCode ?? 0)).on('error', reject);
    });
    expect(rebound).toBe(403);
    await page.close();
  });

  it('answers this machine’s names only: a page, /admin/ and the HMR websocket refuse a name rebound to 127.0.0.1 (403), and /admin/ cannot be framed', async () => {
    const { port } = new URL(origin);
    /** The status and body of GET `path` sent with the Host `host`. */
    const as = (host: string, target: string) =>
      new Promise<{ status: number; body: string; frame: string | string[] | undefined }>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: target, headers: { host } }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, frame: res.headers['content-security-policy'] }));
        })
          .on('error', reject)
          .end();
      });
    for (const host of [`attacker.example:${port}`, `127.0.0.1.nip.io:${port}`, `127.0.0.1:${Number(port) + 1}`]) {
      const page = await as(host, '/articles/xai-openai-training/');
      expect(page.status, host).toBe(403);
      expect(page.body).not.toContain('Musk seemingly admits');
      expect((await as(host, '/admin/')).status, host).toBe(403);
    }
    const admin = await as(`localhost:${port}`, '/admin/');
    expect(admin.status).toBe(200);
    expect(admin.frame).toMatch(/frame-ancestors 'none'/);
    expect(await upgradeStatus({ host: `attacker.example:${port}`, origin: `http://attacker.example:${port}` })).toMatch(/^HTTP\/1\.1 403/);
    expect(await upgradeStatus({ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` })).toMatch(/^HTTP\/1\.1 101/);
  }, 120_000);

  // Last: it stops the dev server the other tests share.
  it('stops whole when its PID gets SIGTERM, as a process manager sends it: the port is free within 5 s', async () => {
    const port = Number(new URL(origin).port);
    expect(await portFree(port)).toBe(false);
    process.kill(dev.pid ?? 0, 'SIGTERM');
    const end = Date.now() + 5000;
    while (Date.now() < end && !(await portFree(port))) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await portFree(port)).toBe(true);
    for (let tries = 0; tries < 30 && groupAlive(dev.pid ?? 0); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(groupAlive(dev.pid ?? 0), 'a process of npm run dev outlived it').toBe(false);
  });
});
