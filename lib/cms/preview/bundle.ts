/**
 * The CMS preview's browser bundle (/admin/brief-preview-bundle.js): the site's components and Markdown
 * pipeline, built with esbuild from lib/cms/preview/entry.ts, so the preview is the page's own markup
 * and cannot drift from it. The build writes it (lib/engine/prepare.ts), reusing the previous one while
 * none of its inputs changed; `npm run cms` builds it on request (app/admin/brief-preview-bundle.js/route.dev.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, version, type Plugin } from 'esbuild';
import { z } from 'zod';
import { site } from '../../site/config';

/** Every import of lib/media/variants.ts but the preview's own gets the preview's (an image is its original file). */
const originalImages = (root: string): Plugin => ({
  name: 'brief-preview-images',
  setup(b) {
    const realVariants = path.join(root, 'lib/media/variants.ts');
    const previewVariants = path.join(root, 'lib/cms/preview/variants.ts');
    b.onResolve({ filter: /\/variants$/ }, (args) => {
      const written = args.path.startsWith('@/') ? path.join(root, args.path.slice(2)) : path.resolve(args.resolveDir, args.path);
      const resolved = `${written}.ts`;
      return resolved === realVariants && args.importer !== previewVariants ? { path: previewVariants } : undefined;
    });
  },
});

/** The site's settings the components read (links under BASE_PATH), and React's production build. */
const env = () => ({ NODE_ENV: 'production', SITE_URL: site.url, BASE_PATH: site.basePath });

/** The bundle's text and the files esbuild read for it (relative to `root`). */
async function bundle(root: string): Promise<{ text: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [path.join(root, 'lib/cms/preview/entry.ts')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    alias: { '@': root },
    absWorkingDir: root,
    plugins: [originalImages(root)],
    logLevel: 'silent',
    define: { 'process.env': JSON.stringify(env()) },
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild wrote no CMS preview bundle');
  return { text: file.text, inputs: Object.keys(result.metafile.inputs).sort() };
}

/** The bundle's text (minified, no source map: the same bytes for the same code and settings), from the project at `root`. */
export async function buildPreviewBundle(root: string = process.cwd()): Promise<string> {
  return (await bundle(root)).text;
}

const cacheSchema = z.strictObject({ settings: z.string(), inputs: z.array(z.tuple([z.string(), z.string()])), text: z.string() });

const sha256 = (file: string): string => {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return 'missing';
  }
};

/**
 * The bundle, reused from `cacheDir` while its key is unchanged: esbuild's version, the settings, and the
 * bytes of every file it read (a changed import changes the file that imports it), so a build that publishes one brief
 * does not run esbuild.
 */
export async function cachedPreviewBundle(root: string, cacheDir: string): Promise<string> {
  const file = path.join(cacheDir, 'cms-preview-bundle.json');
  const settings = JSON.stringify({ version, env: env() });
  try {
    const cached = cacheSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    if (cached.settings === settings && cached.inputs.every(([input, hash]) => sha256(path.join(root, input)) === hash)) return cached.text;
  } catch {
    // No cache yet, or one that cannot be read: build.
  }
  const { text, inputs } = await bundle(root);
  mkdirSync(cacheDir, { recursive: true });
  const entry = { settings, inputs: inputs.map((input) => [input, sha256(path.join(root, input))]), text };
  writeFileSync(`${file}.tmp`, JSON.stringify(entry));
  renameSync(`${file}.tmp`, file);
  return text;
}
