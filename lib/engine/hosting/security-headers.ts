/**
 * After export: a Content-Security-Policy that allows the pages' inline scripts only by hash, and
 * the other security headers. Static hosts cannot run Next's `headers()`, so ./host-files.ts writes
 * them into each host's configuration file.
 */
import { createHash } from 'node:crypto';

/** `type` values a browser executes as script (an absent or empty type is JavaScript too). */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

/**
 * The CSP source (`'sha256-…'`) of every inline script a browser would execute, in document order,
 * without duplicates. Scripts with `src` are covered by `'self'`; data blocks such as
 * `type="application/ld+json"` are never executed, so they need no hash. The hash is over the raw
 * text between the tags: a script's text is not entity-decoded, and the browser hashes its UTF-8.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(value)) continue;
    const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/**
 * The policy, as tight as the export allows. 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly (it allows no JS eval); Pagefind's worker is a same-origin file
 * (pagefind/pagefind-worker.js), so `worker-src 'self'`, no `blob:`. Styles are `<link>`ed files
 * only (no <style> or style attributes in the export), images are same-origin files (the SVG icons
 * are inline markup, not image loads; no data: URLs), nothing is framed or posted elsewhere.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes, "'wasm-unsafe-eval'"].join(' '),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every response's security headers, in the order they are written. */
export function securityHeaders(csp: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ];
}
