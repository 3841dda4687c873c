import { describe, expect, it } from 'vitest';
import { cacheControl } from '../../scripts/build/hosting/cache-policy';
import { headersFile, htaccess, nginxCacheMap, nginxSnippet } from '../../scripts/build/hosting/host-files';
import { contentSecurityPolicy, securityHeaders } from '../../scripts/build/hosting/security-headers';

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, no-cache';
const headers = securityHeaders(contentSecurityPolicy(["'sha256-abc='"]));

describe('cache policy', () => {
  it('keeps files named by their hash for a year and revalidates everything else', () => {
    for (const file of ['/_next/static/chunks/3xqn75czzza7w.css', '/assets/brief.beaff6314198.js', '/images/080b2e1b03b18743-640.avif', '/pagefind/en/0/fragment/en_5694114.pf_fragment', '/pagefind/tr/3/index/tr_a225c93.pf_index']) {
      expect(cacheControl(file), file).toBe(YEAR);
    }
    for (const file of ['/', '/articles/x/', '/tr/topics/ai/', '/feed.xml', '/sitemap.xml', '/robots.txt', '/og/x.png', '/brief.js', '/pagefind/en/0/pagefind.js', '/pagefind/en/0/pagefind-entry.json', '/articles/images/', '/imagesx/a.png']) {
      expect(cacheControl(file), file).toBe(REVALIDATE);
    }
  });

  it('under a base path, only the prefixed folders are hashed', () => {
    expect(cacheControl('/brief/assets/brief.beaff6314198.js', '/brief')).toBe(YEAR);
    expect(cacheControl('/assets/brief.beaff6314198.js', '/brief')).toBe(REVALIDATE);
    expect(nginxCacheMap('/brief')).toContain('"~^/brief/(?:_next/static|assets|images|');
  });
});

describe('server files', () => {
  it('_headers: the security headers on /*, and a year only on the hashed folders (no second Cache-Control for Cloudflare to join)', () => {
    const file = headersFile(headers);
    expect(file).toMatch(/^#[^\n]*\n\/\*\n {2}Content-Security-Policy: default-src 'self'; [^\n]+\n {2}X-Content-Type-Options: nosniff\n/);
    expect(file).toContain(`/_next/static/*\n  Cache-Control: ${YEAR}\n`);
    expect(file).toContain(`/pagefind/:lang/:bundle/fragment/*\n  Cache-Control: ${YEAR}\n`);
    expect(file.match(/Cache-Control/g)?.length).toBe(6);
    expect(file).not.toContain(REVALIDATE);
  });

  it('nginx: security headers always (404s too), Cache-Control from the map only on success', () => {
    const snippet = nginxSnippet(headers);
    for (const [name, value] of headers) expect(snippet).toContain(`add_header ${name} "${value}" always;\n`);
    expect(snippet).toContain('add_header Cache-Control $brief_cache_control;\n');
    expect(nginxCacheMap()).toMatch(/^#[^\n]*\nmap \$uri \$brief_cache_control \{\n[^\n]+"public, max-age=31536000, immutable";\n {4}default "public, no-cache";\n\}\n$/);
  });

  it(".htaccess: each edition's 404 page and the rewrite base carry the base path", () => {
    const file = htaccess(headers, '/brief');
    expect(file).toContain('ErrorDocument 404 /brief/404.html\n');
    expect(file).toContain('<If "%{REQUEST_URI} =~ m#^/brief/tr/#">\n  ErrorDocument 404 /brief/tr/404.html\n</If>');
    expect(file).toContain('RewriteBase /brief/\n');
    for (const [name, value] of headers) expect(file).toContain(`Header always set ${name} "${value}"\n`);
  });
});
