import { describe, expect, it } from 'vitest';
import { cacheControl } from '../../lib/engine/hosting/cache-policy';
import { headersFile, htaccess, nginxCacheMap, nginxSnippet } from '../../lib/engine/hosting/host-files';
import { contentSecurityPolicy, securityHeaders } from '../../lib/engine/hosting/security-headers';

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, no-cache';
const policy = contentSecurityPolicy(["'sha256-abc='"]);
const headers = securityHeaders(policy);
/** What the CMS page needs that no site page may have. */
const CMS_NEEDS = "script-src 'self' 'unsafe-eval'";

describe('cache policy', () => {
  it('keeps files named by their hash for a year and revalidates everything else', () => {
    for (const file of ['/_next/static/chunks/3xqn75czzza7w.css', '/assets/brief.beaff6314198.js', '/images/080b2e1b03b18743-640.avif', '/pagefind/en/0/fragment/en_5694114.pf_fragment', '/pagefind/tr/3/index/tr_a225c93.pf_index', '/admin/decap-cms-3.16.3/decap-cms.js']) {
      expect(cacheControl(file), file).toBe(YEAR);
    }
    for (const file of ['/', '/articles/x/', '/tr/topics/ai/', '/feed.xml', '/sitemap.xml', '/robots.txt', '/og/x.png', '/brief.js', '/pagefind/en/0/pagefind.js', '/pagefind/en/0/pagefind-entry.json', '/articles/images/', '/imagesx/a.png', '/admin/', '/admin/config.yml', '/admin/brief-cms.js']) {
      expect(cacheControl(file), file).toBe(REVALIDATE);
    }
  });

  it('under a base path, only the prefixed folders are hashed', () => {
    expect(cacheControl('/brief/assets/brief.beaff6314198.js', '/brief')).toBe(YEAR);
    expect(cacheControl('/assets/brief.beaff6314198.js', '/brief')).toBe(REVALIDATE);
    expect(nginxCacheMap(policy, '/brief')).toContain('"~^/brief/(?:_next/static|assets|images|');
  });
});

describe('server files', () => {
  it('_headers: the security headers on /*, and a year only on the hashed folders (no second Cache-Control for Cloudflare to join)', () => {
    const file = headersFile(headers);
    expect(file).toMatch(/^#[^\n]*\n\/\*\n {2}Content-Security-Policy: default-src 'self'; [^\n]+\n {2}X-Content-Type-Options: nosniff\n/);
    expect(file).toContain(`/_next/static/*\n  Cache-Control: ${YEAR}\n`);
    expect(file).toContain(`/pagefind/:lang/:bundle/fragment/*\n  Cache-Control: ${YEAR}\n`);
    expect(file.match(/Cache-Control/g)?.length).toBe(7);
    // /admin/ comes after /* : Netlify gives it the last rule's policy.
    expect(file.indexOf('\n/admin/*\n  Content-Security-Policy: ')).toBeGreaterThan(file.indexOf('\n/*\n'));
    expect(file.slice(file.indexOf('\n/admin/*\n'))).toContain(CMS_NEEDS);
    expect(file).not.toContain(REVALIDATE);
  });

  it('nginx: security headers always (404s too), Cache-Control from the map only on success', () => {
    const snippet = nginxSnippet(headers);
    for (const [name, value] of headers.slice(1)) expect(snippet).toContain(`add_header ${name} "${value}" always;\n`);
    expect(snippet).toContain('add_header Content-Security-Policy $brief_csp always;\n');
    expect(snippet).toContain('add_header Cache-Control $brief_cache_control;\n');
    const maps = nginxCacheMap(policy);
    expect(maps).toMatch(/^#[^\n]*\nmap \$uri \$brief_cache_control \{\n[^\n]+"public, max-age=31536000, immutable";\n {4}default "public, no-cache";\n\}\n/);
    // The site's policy everywhere but /admin/, which alone may evaluate code.
    expect(maps).toContain(`map $uri $brief_csp {\n    "~^/admin/" "default-src 'self'; ${CMS_NEEDS}; `);
    expect(maps).toContain(`    default "${policy}";\n}\n`);
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it(".htaccess: each edition's 404 page and the rewrite base carry the base path", () => {
    const file = htaccess(headers, '/brief');
    expect(file).toContain('ErrorDocument 404 /brief/404.html\n');
    expect(file).toContain('<If "%{REQUEST_URI} =~ m#^/brief/tr/#">\n  ErrorDocument 404 /brief/tr/404.html\n</If>');
    expect(file).toContain('RewriteBase /brief/\n');
    for (const [name, value] of headers) expect(file).toContain(`Header always set ${name} "${value}"\n`);
    expect(file).toMatch(new RegExp(`Header always set Content-Security-Policy "[^"]*${CMS_NEEDS}[^"]*" "expr=%\\{REQUEST_URI\\} =~ m#\\^/brief/admin/#"\n`));
  });
});
