import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, exportDir, ICON_WORDS, listFiles, readExport } from './helpers';

const files = () => listFiles(exportDir());
const htmlFiles = () => files().filter((f) => f.endsWith('.html'));
const markdownIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md'));

describe('static export', () => {
  it('writes one page per published article, the topic pages, the home page and a 404', () => {
    const pages = htmlFiles();
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'articles/xai-openai-training/index.html',
        'articles/second-brief/index.html',
        'topics/index.html',
        'topics/ethics-safety-regulation/index.html',
      ]),
    );
  });

  it('has exactly one article page per non-draft file in CONTENT_DIR', () => {
    const sources = markdownIn(contentDir()).map((name) => readFileSync(path.join(contentDir(), name), 'utf8'));
    const published = sources.filter((source) => !/^draft:\s*true\s*$/m.test(source));
    expect(sources.length - published.length).toBe(1);
    const articlePages = htmlFiles().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    expect(articlePages).toHaveLength(published.length);
  });

  it('leaves drafts out entirely', () => {
    expect(files().some((f) => f.includes('unpublished-draft'))).toBe(false);
    for (const file of htmlFiles()) expect(readExport(file)).not.toContain('An unpublished draft');
  });

  it('never references the image optimiser, which no static host serves', () => {
    for (const file of files().filter((f) => /\.(html|js|css|txt|json)$/.test(f))) {
      expect(readExport(file), file).not.toContain('/_next/image');
    }
  });

  it('gives every page one h1 and a language', () => {
    for (const file of htmlFiles()) {
      const html = readExport(file);
      expect(html.match(/<h1[\s>]/g), file).toHaveLength(1);
      expect(html, file).toMatch(/<html lang="en"/);
    }
  });

  it('never leaks icon-font words into a page', () => {
    for (const file of htmlFiles()) {
      const html = readExport(file).toLowerCase();
      for (const word of ICON_WORDS) expect(html, `${file} contains ${word}`).not.toContain(word);
    }
  });
});
