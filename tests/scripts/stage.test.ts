import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkTree, pageFile, removePage, replaceFile } from '../../scripts/build/stage';
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
