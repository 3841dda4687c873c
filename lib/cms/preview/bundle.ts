/**
 * The CMS preview's browser bundle (/admin/brief-preview-bundle.js): the site's components and Markdown
 * pipeline, built with esbuild from lib/cms/preview/entry.ts, so the preview is the page's own markup
 * and cannot drift from it. The build writes it (scripts/build/prepare.ts); `npm run cms` builds it on
 * request (app/admin/brief-preview-bundle.js/route.dev.ts).
 */
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
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

/** The bundle's text (minified, no source map: the same bytes for the same code and settings), from the project at `root`. */
export async function buildPreviewBundle(root: string = process.cwd()): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'lib/cms/preview/entry.ts')],
    bundle: true,
    write: false,
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
    // The site's settings the components read (links under BASE_PATH); React's production build.
    define: { 'process.env': JSON.stringify({ NODE_ENV: 'production', SITE_URL: site.url, BASE_PATH: site.basePath }) },
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild wrote no CMS preview bundle');
  return file.text;
}
