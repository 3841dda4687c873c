import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanExport, stripRuntime } from '../../lib/engine/post-export';
import { RefusedInput } from '../../lib/engine/refused';
import { tempDir } from '../temp';

const page = (base = '') => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="${base}/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="${base}/_next/static/chunks/b.js"/>
<script src="${base}/_next/static/chunks/c.js" async=""></script>
<script src="${base}/brief.js" defer=""></script>
<script>document.documentElement.dataset.theme = localStorage.getItem('theme') || ''</script>
</head><body><main><h1>Title with &lt;/script&gt; text</h1></main>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"x:\\u003c/script\\u003e"])</script>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
</body></html>`;

describe('stripRuntime', () => {
  it("removes Next's scripts, script preloads and inline bootstrap, and keeps the site's own", () => {
    for (const base of ['', '/brief']) {
      const html = stripRuntime(page(base), base);
      expect(html).not.toContain('/_next/static/chunks/b.js');
      expect(html).not.toContain('/_next/static/chunks/c.js');
      expect(html).not.toContain('__next_f');
      expect(html).not.toContain('TURBOPACK');
      expect(html).toContain(`<link rel="stylesheet" href="${base}/_next/static/chunks/a.css"`);
      expect(html).toContain(`<script src="${base}/brief.js" defer=""></script>`);
      expect(html).toContain("localStorage.getItem('theme')");
      expect(html).toContain('<script type="application/ld+json">');
      expect(html).toContain('<h1>Title with &lt;/script&gt; text</h1>');
    }
  });
});

/** Files written below `dir` (path → text), folders made as needed. */
function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/** An editor's public/ files, as a site really has them; `notes/index.txt` sits beside an HTML page like an RSC payload does. */
const EDITOR = {
  'ads.txt': 'example.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n',
  'llms.txt': '# Brief\n> A news site.\n',
  'humans.txt': '/* TEAM */\nEditor: Ada\n',
  '.well-known/security.txt': 'Contact: mailto:security@example.com\nExpires: 2027-12-31T23:00:00.000Z\n',
  'admin/decap-cms-3.16.3/decap-cms.js.LICENSE.txt': '/*! license */\n',
  'notes/index.html': '<!DOCTYPE html><html><head><link rel="preload" as="script" href="/_next/x.js"/><script src="/_next/y.js"></script></head><body>notes</body></html>\n',
  'notes/index.txt': 'plain notes\n',
  'brief.js': readFileSync(path.join('public', 'brief.js'), 'utf8'),
};

/** What next build writes besides the public/ copies, with the names Next 16 gives (seen in a real export). */
const NEXT = {
  'index.html': page(),
  'index.txt': '1:"$Sreact.fragment"\n',
  '__next._tree.txt': '2:[["children"]]\n',
  '__next.!KGVuKQ.$oc$page.__PAGE__.txt': '0:{}\n',
  'articles/a/index.html': page(),
  'articles/a/index.txt': '0:{}\n',
  'articles/a/__next.!KGVuKQ.articles.$d$slug.__PAGE__.txt': '0:{}\n',
  '404.html': page(),
  '_not-found/index.html': page(),
  '_not-found/index.txt': '0:{}\n',
  'tr/404/index.html': page(),
  'tr/404/index.txt': '0:{}\n',
  '_next/static/chunks/c.js': 'runtime();\n',
  '_next/static/chunks/a.css': 'body{}\n',
};

/** An export as next build leaves it (public/ copied in), and the public/ it came from. */
function nextExport(editor: Record<string, string> = EDITOR, next: Record<string, string> = NEXT): { dir: string; publicDir: string } {
  const root = tempDir('brief-export-');
  const dir = path.join(root, 'render');
  const publicDir = path.join(root, 'public');
  writeTree(publicDir, editor);
  writeTree(dir, { ...editor, ...next });
  return { dir, publicDir };
}

const tree = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));

describe('cleanExport', () => {
  it("publishes every public/ file byte for byte (.txt, dot-folders, an editor's HTML) and deletes every RSC payload", async () => {
    const { dir, publicDir } = nextExport();
    await cleanExport(dir, '', 1, publicDir);
    for (const [file, text] of Object.entries(EDITOR)) if (file !== 'brief.js') expect(readFileSync(path.join(dir, file), 'utf8'), file).toBe(text);
    const left = tree(dir);
    expect(left.filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.keys(EDITOR).filter((f) => f.endsWith('.txt')).sort());
    expect(left).not.toContain('_next/static/chunks/c.js');
    expect(left).toContain('_next/static/chunks/a.css');
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).not.toContain('__next_f');
  });

  it("refuses a public/ file that next build wrote over (public/index.txt is the home page's RSC payload's name)", async () => {
    const { dir, publicDir } = nextExport({ ...EDITOR, 'index.txt': 'my notes\n' });
    // Next's payload replaced the editor's copy, as a real export does.
    writeFileSync(path.join(dir, 'index.txt'), NEXT['index.txt']);
    const refused = cleanExport(dir, '', 1, publicDir);
    await expect(refused).rejects.toBeInstanceOf(RefusedInput);
    await expect(refused).rejects.toThrow(
      'public/index.txt has the name of a file next build writes or the build removes (a page, its RSC payload, _not-found/, a 404 page): public/ files are published as they are; rename it',
    );
  });

  it('stops at a .txt that next build wrote and is no RSC payload, instead of deleting or keeping it unseen', async () => {
    const { dir, publicDir } = nextExport(EDITOR, { ...NEXT, 'feed.txt': 'something new\n' });
    await expect(cleanExport(dir, '', 1, publicDir)).rejects.toThrow("post-export: next build wrote feed.txt, which is neither a page's RSC payload nor a file of public/");
  });
});
