import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };
const exclude = ['node_modules/**', '.next/**', 'out*/**'];

/**
 * Four projects: `unit` (lib and components, seconds), `build` (incremental builds against cold
 * ones, in a copy of the project), `cms` (the editor in Chromium, in a copy of the project) and `site` (real builds of a temporary content folder, then the
 * exported files and the pages in Chromium).
 * `npm test` runs both; `npx vitest run --project unit` is the fast loop.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/setup/count-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', testTimeout: 30_000, include: ['tests/lib/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/components/**/*.test.tsx'], exclude },
      },
      {
        extends: true,
        // Builds in a copy of the project (its own .next), so they never race the site project's builds.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], exclude, testTimeout: 300_000, hookTimeout: 300_000 },
      },
      {
        extends: true,
        // The CMS in Chromium on its real local backend, in a copy of the project (its own dev server and builds).
        test: { name: 'cms', include: ['tests/cms/**/*.test.ts'], exclude, testTimeout: 60_000, hookTimeout: 180_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          exclude,
          globalSetup: ['./tests/setup/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
