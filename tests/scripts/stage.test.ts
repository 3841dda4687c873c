import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { faultLine } from '../../lib/engine/faults';
import { linkTree, moveInto, moveTree, pageFile, removePage, replaceFile } from '../../lib/engine/stage';
import { tempDir } from '../temp';

function exportWith(files: Record<string, string>): string {
  const dir = path.join(tempDir('brief-stage-'), 'out');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('staging the next export', () => {
  it('starts from hard links to the current export, so nothing is copied', () => {
    const out = exportWith({ 'index.html': 'home', 'articles/a/index.html': 'a' });
    const staging = `${out}-staging`;
    linkTree(out, staging);
    expect(readFileSync(path.join(staging, 'articles/a/index.html'), 'utf8')).toBe('a');
    expect(statSync(path.join(staging, 'index.html')).ino).toBe(statSync(path.join(out, 'index.html')).ino);
  });

  it('replaces a file without touching the current export that shares it', async () => {
    const out = exportWith({ 'feed.xml': '<rss>old</rss>' });
    const staging = `${out}-staging`;
    linkTree(out, staging);
    await replaceFile(path.join(staging, 'feed.xml'), '<rss>new</rss>');
    expect(readFileSync(path.join(staging, 'feed.xml'), 'utf8')).toBe('<rss>new</rss>');
    expect(readFileSync(path.join(out, 'feed.xml'), 'utf8')).toBe('<rss>old</rss>');
  });

  it('removes a page and the folders it leaves empty, never its neighbours', () => {
    const out = exportWith({ 'articles/a/index.html': 'a', 'articles/b/index.html': 'b', 'tags/x/page/2/index.html': 'x2' });
    removePage(out, '/articles/a/');
    removePage(out, '/tags/x/page/2/');
    expect(existsSync(path.join(out, 'articles/a'))).toBe(false);
    expect(existsSync(path.join(out, 'articles/b/index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'tags'))).toBe(false);
    expect(existsSync(out)).toBe(true);
  });

  it('maps a URL to its file as trailingSlash exports it', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/tr/articles/x/')).toBe(path.join('tr', 'articles', 'x', 'index.html'));
  });
});

describe('staging on the export’s own file system', () => {
  // A real second file system: a tmpfs holding the export, as a mounted volume would.
  const mount = tempDir('brief-stage-fs-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mount], { encoding: 'utf8' });
  afterAll(() => {
    spawnSync('umount', ['-l', mount]);
  });

  it('moves rendered pages from the project into a staging folder on another file system, never through the live export', () => {
    expect(mounted.status, mounted.stderr).toBe(0);
    const render = exportWith({ 'articles/a/index.html': 'new a', 'tags/x/index.html': 'new x' });
    const out = path.join(mount, 'out');
    mkdirSync(path.join(out, 'articles/a'), { recursive: true });
    writeFileSync(path.join(out, 'articles/a/index.html'), 'old a');
    const staging = path.join(mount, '.out.staging');
    linkTree(out, staging);
    moveInto(path.join(render, 'articles/a/index.html'), path.join(staging, 'articles/a/index.html'));
    moveInto(path.join(render, 'tags/x/index.html'), path.join(staging, 'tags/x/index.html'));
    expect(readFileSync(path.join(staging, 'articles/a/index.html'), 'utf8')).toBe('new a');
    expect(readFileSync(path.join(staging, 'tags/x/index.html'), 'utf8')).toBe('new x');
    expect(readFileSync(path.join(out, 'articles/a/index.html'), 'utf8')).toBe('old a');
    expect(existsSync(path.join(render, 'articles/a/index.html'))).toBe(false);
  });

  it('moves a whole render across; a full disk there is said in one line with the file it was writing', () => {
    expect(mounted.status, mounted.stderr).toBe(0);
    const render = exportWith({ 'index.html': 'home' });
    moveTree(render, path.join(mount, 'whole'));
    expect(readFileSync(path.join(mount, 'whole/index.html'), 'utf8')).toBe('home');
    expect(existsSync(render)).toBe(false);
    const big = exportWith({ 'big.bin': 'x'.repeat(9 * 1024 * 1024) });
    let fault: unknown;
    try {
      moveTree(big, path.join(mount, 'big'));
    } catch (error) {
      fault = error;
    }
    expect(faultLine(fault)).toBe(`disk full (ENOSPC) in copyfile at ${path.join(mount, 'big', 'big.bin')}; free some space on that disk (or set BRIEF_OUT_DIR / BRIEF_CACHE_DIR to a folder on another one), then build again`);
  });
});
