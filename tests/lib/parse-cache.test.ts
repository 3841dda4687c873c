import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParseCache } from '@/lib/content/cache';
import { loadContentWithStats } from '@/lib/content/loader';
import { tempDir } from '../temp';

/** A content folder (content/ plus the site fixtures) and an empty parse cache. */
function folderAndCache(): { dir: string; cache: ParseCache } {
  const dir = tempDir('brief-cache-content-');
  cpSync('tests/fixtures/editorial', dir, { recursive: true });
  cpSync('tests/fixtures/site', dir, { recursive: true });
  return { dir, cache: { dir: tempDir('brief-cache-'), salt: 'pipeline-1' } };
}

const entries = (cache: ParseCache) => readdirSync(cache.dir).flatMap((folder) => readdirSync(path.join(cache.dir, folder)));

describe('the parse cache', () => {
  it('parses each file once, then gives the same articles from the cache', async () => {
    const { dir, cache } = folderAndCache();
    const first = await loadContentWithStats(dir, { cache });
    expect(first.stats.cached).toBe(0);
    expect(entries(cache)).toHaveLength(first.stats.parsed);
    const second = await loadContentWithStats(dir, { cache });
    expect(second.stats).toMatchObject({ parsed: 0, cached: first.stats.parsed });
    expect(second.content.articles).toEqual(first.content.articles);
  });

  it('parses again only a file whose bytes changed', async () => {
    const { dir, cache } = folderAndCache();
    await loadContentWithStats(dir, { cache });
    const file = path.join(dir, 'second-brief.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: ', 'title: Edited — '));
    const { content, stats } = await loadContentWithStats(dir, { cache });
    expect(stats.parsed).toBe(1);
    expect(content.articles.find((a) => a.slug === 'second-brief')?.title).toMatch(/^Edited — /);
  });

  it('parses again a brief whose image changed or went, and only that brief', async () => {
    const { dir, cache } = folderAndCache();
    const first = await loadContentWithStats(dir, { cache });
    const photo = (articles: typeof first.content.articles) => articles.find((a) => a.slug === 'photo-brief')?.image;
    cpSync('tests/fixtures/images/small-photo.jpg', path.join(dir, 'images/harbour-at-dawn.jpg'));
    const replaced = await loadContentWithStats(dir, { cache });
    expect(replaced.stats.parsed).toBe(1);
    expect(photo(replaced.content.articles)).toMatchObject({ width: 600, height: 400 });
    expect(photo(replaced.content.articles)?.id).not.toBe(photo(first.content.articles)?.id);
    rmSync(path.join(dir, 'images/harbour-at-dawn.jpg'));
    await expect(loadContentWithStats(dir, { cache })).rejects.toThrow(/photo-brief\.md:\d+:\d+: image\.src: expected an image file at "images\/harbour-at-dawn\.jpg" in the content folder, found no such file/);
  });

  it('never waits on a named pipe put in an image’s place between two loads: the brief is refused, naming what it found', async () => {
    const { dir, cache } = folderAndCache();
    await loadContentWithStats(dir, { cache });
    const image = path.join(dir, 'images/harbour-at-dawn.jpg');
    rmSync(image);
    expect(spawnSync('mkfifo', [image]).status).toBe(0);
    // A writer 3 s later, so that a load that does wait (the old code read the pipe to hash it) ends, late.
    const writer = spawn('sh', ['-c', `sleep 3; echo x > '${image}'`], { stdio: 'ignore' });
    const started = performance.now();
    try {
      await expect(loadContentWithStats(dir, { cache })).rejects.toThrow(/photo-brief\.md:\d+:\d+: image\.src: expected an image file at "images\/harbour-at-dawn\.jpg", found a named pipe \(FIFO\)/);
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      writer.kill();
      rmSync(image, { force: true });
    }
  });

  it('takes topic names from topics.yml as it is now, and parses everything again when the pipeline changes', async () => {
    const { dir, cache } = folderAndCache();
    await loadContentWithStats(dir, { cache });
    const topics = path.join(dir, 'topics.yml');
    writeFileSync(topics, readFileSync(topics, 'utf8').replace('name: Ethics, Safety & Regulation', 'name: Ethics and Safety'));
    const renamed = await loadContentWithStats(dir, { cache });
    expect(renamed.stats.parsed).toBe(0);
    expect(renamed.content.articles.every((a) => a.topic.name === 'Ethics and Safety')).toBe(true);
    const newCode = await loadContentWithStats(dir, { cache: { ...cache, salt: 'pipeline-2' } });
    expect(newCode.stats.cached).toBe(0);
  });

  it('treats a damaged entry as missing, and still refuses an invalid file', async () => {
    const { dir, cache } = folderAndCache();
    await loadContentWithStats(dir, { cache });
    for (const folder of readdirSync(cache.dir)) for (const name of readdirSync(path.join(cache.dir, folder))) writeFileSync(path.join(cache.dir, folder, name), '{"slug": 42');
    const { stats } = await loadContentWithStats(dir, { cache });
    expect(stats.cached).toBe(0);
    writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\n\nBody.\n');
    await expect(loadContentWithStats(dir, { cache })).rejects.toThrow(/broken\.md:\d+:\d+: front matter: invalid YAML/);
  });
});
