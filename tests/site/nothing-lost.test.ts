import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLog, contentDir, listFiles, exportDir, readExport } from './helpers';

/** Non-draft article files of the test CONTENT_DIR, with the slug each should publish under and its edition's prefix. */
function publishedFiles(): { file: string; slug: string; prefix: string }[] {
  return readdirSync(contentDir())
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ name, source: readFileSync(path.join(contentDir(), name), 'utf8') }))
    .filter(({ source }) => !/^draft:\s*true\s*$/m.test(source))
    .map(({ name, source }) => ({
      file: name,
      slug: /^slug:\s*(\S+)\s*$/m.exec(source)?.[1] ?? name.replace(/(?:\.tr)?\.md$/, ''),
      prefix: /^lang:\s*tr\b/m.test(source) ? 'tr/' : '',
    }));
}

describe('nothing an editor wrote is lost', () => {
  it('prints a count that equals the number of files', () => {
    const all = readdirSync(contentDir()).filter((name) => name.endsWith('.md')).length;
    const match = /(\d+) articles? valid \((\d+) to publish, (\d+) drafts?; en (\d+), tr (\d+)\)/.exec(buildLog());
    expect(match, buildLog()).not.toBeNull();
    expect(Number(match?.[1])).toBe(all);
    expect(Number(match?.[2])).toBe(publishedFiles().length);
    // Every file is in exactly one edition.
    expect(Number(match?.[4]) + Number(match?.[5])).toBe(all);
  });

  /** The HTML of a list page and all its later pages (`page/2/`, …), joined. */
  const allPages = (dir: string) =>
    listFiles(exportDir())
      .filter((f) => f === `${dir}index.html` || new RegExp(`^${dir}page/\\d+/index\\.html$`).test(f))
      .map(readExport)
      .join('\n');

  it('gives every non-draft file exactly one page in its edition, listed on its edition’s home pages and topic pages', () => {
    const pages = listFiles(exportDir()).filter((f) => /^(?:tr\/)?articles\/[^/]+\/index\.html$/.test(f));
    expect(pages.sort()).toEqual(publishedFiles().map(({ slug, prefix }) => `${prefix}articles/${slug}/index.html`).sort());
    for (const { slug, file, prefix } of publishedFiles()) {
      const link = `href="/${prefix}articles/${slug}/"`;
      expect(allPages(prefix), `${file} on /${prefix}`).toContain(link);
      const topic = /^topic:\s*(\S+)\s*$/m.exec(readFileSync(path.join(contentDir(), file), 'utf8'))?.[1];
      expect(allPages(`${prefix}topics/${topic}/`), `${file} on its topic pages`).toContain(link);
    }
  });
});
