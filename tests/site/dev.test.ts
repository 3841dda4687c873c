import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchChromium } from './helpers';
import { tempDir } from '../temp';

let browser: Browser;
let dev: ChildProcess;
let origin: string;
const contentDir = tempDir('brief-dev-');
const articleFile = path.join(contentDir, 'xai-openai-training.md');


beforeAll(async () => {
  cpSync('content', contentDir, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn('node', ['scripts/dev.mjs', '--port', String(port)], {
    env: { ...process.env, CONTENT_DIR: contentDir, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('next dev did not start in 60 s')), 60_000);
    dev.stdout?.on('data', (chunk: Buffer) => {
      if (/Ready in/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

describe('npm run dev', () => {
  it('shows an edit to a Markdown file in the open page without a reload, and an invalid file as check does', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/articles/xai-openai-training/`, { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/^Musk seemingly admits/);
    await page.locator('html[data-content-events="open"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => Reflect.set(window, 'sameDocument', true));

    const source = readFileSync(articleFile, 'utf8');
    writeFileSync(articleFile, source.replace('title: Musk seemingly admits', 'title: Edited live - Musk seemingly admits'));
    await page.getByRole('heading', { level: 1, name: /^Edited live - Musk/ }).waitFor({ timeout: 30_000 });
    await expect(page.evaluate(() => Reflect.get(window, 'sameDocument'))).resolves.toBe(true);

    writeFileSync(articleFile, source.replace('topic: ethics-safety-regulation', 'topic: no-such-topic'));
    const message = `${articleFile}:6:8: topic: expected one of the ids in topics.yml (ethics-safety-regulation), found "no-such-topic"`;
    await page.getByText(message).first().waitFor({ timeout: 30_000 });
    writeFileSync(articleFile, source);
    await page.close();
  });

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
});
