import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };
const exclude = ['node_modules/**', '.next/**', 'out*/**'];

/**
 * The order files start in: the longest series first (the build project's, then the type check),
 * the site's files last, so that its builds (started by tests/setup/build-site.ts) are over before a
 * site file takes a worker to wait for them. Within a project, vitest's order (longest last time first).
 */
const ORDER = ['build', 'typecheck', 'cms', 'slow', 'unit', 'site'];
const rank = (spec: TestSpecification) => {
  const index = ORDER.indexOf(spec.project.name);
  return index === -1 ? ORDER.length : index;
};

class ProjectOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((spec, index) => ({ spec, index })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index).map(({ spec }) => spec);
  }
}

/**
 * Test files that start processes (the editor commands, share images drawn with their fonts): the
 * `slow` project, so that `unit` stays the fast loop.
 */
const SLOW = ['tests/cli/**/*.test.ts', 'tests/scripts/share-images.test.ts'];

/**
 * Six projects: `unit` (lib, components and the engine's parts, on fixtures only: seconds), `slow`
 * (the editor commands as processes, share images), `typecheck` (`npm run typecheck` as a test),
 * `build` (incremental builds against cold ones, in a copy of the project), `cms` (the editor in
 * Chromium, in a copy of the project) and `site` (real builds of a temporary content folder, then the
 * exported files and the pages in Chromium).
 * `npm test` runs them all; `npx vitest run --project unit` is the fast loop.
 *
 * Three files at a time (vitest's default is one on two cores): most of a build, browser or server
 * test is waiting for a child process, a page or a port, so a second and third file fill that time.
 * Each project works in its own folders (project copies, temporary content, out-test*), so files
 * never share a build or a dev server.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/setup/count-reporter.ts'],
    maxWorkers: 3,
    sequence: { sequencer: ProjectOrder },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          testTimeout: 30_000,
          include: ['tests/lib/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/components/**/*.test.tsx'],
          exclude: [...exclude, ...SLOW],
        },
      },
      {
        extends: true,
        test: { name: 'slow', testTimeout: 60_000, include: SLOW, exclude },
      },
      {
        extends: true,
        // `npm run typecheck` (next typegen, tsc), beside the other files rather than before them.
        test: { name: 'typecheck', include: ['tests/setup/typecheck.test.ts'], exclude, testTimeout: 600_000 },
      },
      {
        extends: true,
        // Builds in a copy of the project (its own .next), so they never race the site project's builds.
        // A test is up to three builds: room for a loaded machine.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], exclude, testTimeout: 900_000, hookTimeout: 300_000 },
      },
      {
        extends: true,
        // The CMS in Chromium on its real local backend, in a copy of the project (its own dev server and builds).
        test: { name: 'cms', include: ['tests/cms/**/*.test.ts'], exclude, testTimeout: 60_000, hookTimeout: 240_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          exclude,
          // The builds run while other projects' files start; each site file waits for them.
          globalSetup: ['./tests/setup/build-site.ts'],
          setupFiles: ['./tests/setup/site-ready.ts'],
          testTimeout: 60_000,
          // Servers and browsers start while other files build: room for a loaded machine.
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
