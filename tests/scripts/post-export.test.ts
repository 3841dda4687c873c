import { describe, expect, it } from 'vitest';
import { stripRuntime } from '../../scripts/build/post-export';

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
