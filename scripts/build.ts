/**
 * `npm run build [-- --full]`: content → page models → pages → `out/` (lib/engine/build.ts, which
 * prints each phase). Settings from the environment: BRIEF_OUT_DIR (the export, default `out`),
 * BRIEF_CACHE_DIR (default `.brief-cache`), BRIEF_WAIT_LIMIT, and those of lib/site/config.ts.
 */
import { build, printFailure } from '../lib/engine/build';

try {
  const result = await build({
    root: process.cwd(),
    outDir: process.env.BRIEF_OUT_DIR ?? 'out',
    cacheDir: process.env.BRIEF_CACHE_DIR ?? '.brief-cache',
    full: process.argv.includes('--full'),
  });
  console.log(`✓ built in ${result.seconds.toFixed(1)} s (${result.mode})`);
} catch (error) {
  printFailure(error);
  process.exit(1);
}
