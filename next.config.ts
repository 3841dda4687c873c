import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

/**
 * Static export only: every page is plain HTML in `out/` that any host can serve.
 * `BASE_PATH` builds for a sub-path (e.g. `/brief` on GitHub Pages);
 * `npm run build` (lib/engine/render.ts) sets BRIEF_RENDER_DIR: Next exports the pages it renders there, and the
 * build assembles `out/` from them.
 */
const basePath = process.env.BASE_PATH ?? '';

const config: NextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath: basePath === '/' ? '' : basePath,
  images: { unoptimized: true },
  ...(process.env.BRIEF_RENDER_DIR ? { distDir: process.env.BRIEF_RENDER_DIR } : {}),
  // Same code, same output: no random build id (it names a folder under _next/).
  generateBuildId: () => 'brief',
  poweredByHeader: false,
  // Static export only: Next's in-memory cache of rendered pages (for ISR) would only grow the render workers.
  cacheMaxMemorySize: 0,
  // Content builds don't change code: type checking runs in `npm test` / `npm run typecheck`
  // (next typegen && tsc), not in every `next build` an editor starts.
  typescript: { ignoreBuildErrors: true },
  // Static generation is the build's longest phase and the main process idles through it:
  // one worker per core (Next's default leaves one core unused). globalNotFound: the site has a root
  // layout per edition (app/(en), app/tr), so its 404 is app/global-not-found.tsx.
  // prefetchInlining: false — Next gzips every segment of every page to size client-router prefetch
  // hints; Brief pages ship no router (post-export deletes the payloads), so that work is wasted.
  experimental: { cpus: Math.max(1, availableParallelism()), globalNotFound: true, prefetchInlining: false },
  // `npm run dev` binds to 127.0.0.1; let the page's dev client talk to it under either name.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  reactStrictMode: true,
  // `*.dev.ts` routes exist only in development: /admin/ and its config.yml, which the build writes as
  // files instead (lib/cms); a route in the export would be a page Next renders on every build.
  pageExtensions: process.env.NODE_ENV === 'development' ? ['tsx', 'ts', 'dev.ts'] : ['tsx', 'ts'],
};

export default config;
