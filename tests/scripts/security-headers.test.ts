import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from '../../lib/engine/hosting/security-headers';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes executable inline scripts only, once each, over their raw UTF-8 text', () => {
    const theme = "try{var t=localStorage.getItem('brief-theme')}catch(e){}";
    const html = `<html><head><script>${theme}</script><script src="/brief.js" defer=""></script>
<script type="application/ld+json">{"headline":"Café \\u003c/script>"}</script>
<script type="module">import('/x.js') // é &amp;</script><script TYPE='text/javascript'>${theme}</script>
<template><p>no script</p></template></head><body><script>${theme}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(theme), sha256("import('/x.js') // é &amp;")]);
  });

  it('matches a known digest (empty script)', () => {
    expect(inlineScriptHashes('<script></script>')).toEqual(["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
  });
});

describe('security headers', () => {
  const headers = securityHeaders(contentSecurityPolicy(["'sha256-abc='"]));

  it("the CSP allows scripts from 'self', by hash and WebAssembly, and nothing inline else", () => {
    const csp = headers[0]?.[1] ?? '';
    expect(csp).toContain("script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
