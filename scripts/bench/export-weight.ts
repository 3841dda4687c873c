/** The weight of an export: its size, and what a reader downloads for the home, an article and a topic page. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface Bytes {
  raw: number;
  gzip: number;
  /** What a server that sends the build's precompressed copies (nginx, Apache) sends a Brotli-capable browser: the `.br` copy, else the file. */
  sent: number;
}

/** Bytes of the files a page references, with the files counted. */
interface Assets extends Bytes {
  files: string[];
}

/** What one exported page costs a visitor: its HTML and the JS and CSS files it references. */
export interface PageWeight {
  file: string;
  html: Bytes;
  js: Assets;
  css: Assets;
  /** Referenced URLs outside the export (other origins, data:), not counted. */
  external: string[];
  /** Referenced files that are not in the export. */
  missing: string[];
}

export interface ExportStats {
  totalBytes: number;
  /** Of which the precompressed copies (`.br`, `.gz`). */
  copiesBytes: number;
  files: number;
  pages: { home: PageWeight | null; article: PageWeight | null; topic: PageWeight | null };
}

/** Every file under `dir` (absolute paths). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Raw and gzip size of a file (gzip at zlib's default level 6, as most servers compress on the fly), and what is sent of it. */
function sizes(file: string): Bytes {
  const bytes = readFileSync(file);
  const copy = `${file}.br`;
  return { raw: bytes.length, gzip: gzipSync(bytes).length, sent: existsSync(copy) ? statSync(copy).size : bytes.length };
}

/** Attributes of one start tag, names lowercased, `&amp;` decoded. */
function attributesOf(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = tag.replace(/^<\s*[a-zA-Z]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const [, name, dq, sq, bare] = m;
    if (name !== undefined) attrs.set(name.toLowerCase(), (dq ?? sq ?? bare ?? '').replaceAll('&amp;', '&'));
  }
  return attrs;
}

/** URLs of the scripts and style sheets an HTML page references. */
export function referencedAssets(html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const [tag, name] = m;
    if (name === undefined) continue;
    const attrs = attributesOf(tag);
    if (name.toLowerCase() === 'script') {
      const src = attrs.get('src');
      if (src) js.add(src);
      continue;
    }
    const href = attrs.get('href');
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const asType = (attrs.get('as') ?? '').toLowerCase();
    if (!href) continue;
    if (rel.includes('modulepreload') || (rel.includes('preload') && asType === 'script')) js.add(href);
    else if (rel.includes('stylesheet') || (rel.includes('preload') && asType === 'style')) css.add(href);
  }
  return { js: [...js], css: [...css] };
}

/** The export file a URL on `page` points at, or `external` for other origins and data: URLs. */
function resolveUrl(url: string, page: string, outDir: string, basePath: string): string | 'external' {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return 'external';
  let pathname = url.replace(/[?#].*$/, '');
  if (basePath && (pathname === basePath || pathname.startsWith(`${basePath}/`))) pathname = pathname.slice(basePath.length) || '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  const file = decoded.startsWith('/') ? path.join(outDir, decoded) : path.join(path.dirname(page), decoded);
  return file.startsWith(outDir + path.sep) ? file : 'external';
}

/** Sums the sizes of referenced files; URLs it cannot find go to `missing` or `external`. */
function assetSizes(urls: string[], page: string, outDir: string, basePath: string, external: string[], missing: string[]): Assets {
  const assets: Assets = { raw: 0, gzip: 0, sent: 0, files: [] };
  for (const url of urls) {
    const file = resolveUrl(url, page, outDir, basePath);
    if (file === 'external') external.push(url);
    else if (!existsSync(file)) missing.push(url);
    else {
      const size = sizes(file);
      assets.raw += size.raw;
      assets.gzip += size.gzip;
      assets.sent += size.sent;
      assets.files.push(path.relative(outDir, file));
    }
  }
  return assets;
}

/** The weight of one exported page, or null if the export has no such file. */
function pageWeight(outDir: string, relative: string | null, basePath: string): PageWeight | null {
  if (relative === null) return null;
  const page = path.join(outDir, relative);
  if (!existsSync(page)) return null;
  const refs = referencedAssets(readFileSync(page, 'utf8'));
  const external: string[] = [];
  const missing: string[] = [];
  return {
    file: relative,
    html: sizes(page),
    js: assetSizes(refs.js, page, outDir, basePath, external, missing),
    css: assetSizes(refs.css, page, outDir, basePath, external, missing),
    external,
    missing,
  };
}

/** `<section>/<first sub-folder by name>/index.html`, or null if there is none. */
function firstPage(outDir: string, section: string): string | null {
  const dir = path.join(outDir, section);
  if (!existsSync(dir)) return null;
  const first = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'page')
    .map((e) => e.name)
    .sort()[0];
  return first === undefined ? null : path.join(section, first, 'index.html');
}

/** Size and file count of the export, and the weight of the home, an article and a topic page. */
export function measureExport(outDir: string, basePath: string): ExportStats {
  const files = filesUnder(outDir);
  return {
    totalBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    copiesBytes: files.filter((f) => /\.(?:br|gz)$/.test(f)).reduce((sum, f) => sum + statSync(f).size, 0),
    files: files.length,
    pages: {
      home: pageWeight(outDir, 'index.html', basePath),
      article: pageWeight(outDir, firstPage(outDir, 'articles'), basePath),
      topic: pageWeight(outDir, firstPage(outDir, 'topics'), basePath),
    },
  };
}

