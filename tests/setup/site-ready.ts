/**
 * Setup file of every `site` test file: waits until the global setup's builds are over
 * (tests/setup/build-site.ts), and fails the file with the build's output when one failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { z } from 'zod';

const status = z.union([z.strictObject({ buildLog: z.string() }), z.strictObject({ error: z.string() })]);

/** Longer than three builds on a loaded two-core machine. */
const TIMEOUT_MS = 15 * 60_000;

const file = inject('siteBuilds');
for (const end = Date.now() + TIMEOUT_MS; !existsSync(file); ) {
  if (Date.now() > end) throw new Error(`the site builds were not over after ${TIMEOUT_MS / 60_000} minutes`);
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const result = status.parse(JSON.parse(readFileSync(file, 'utf8')));
if ('error' in result) throw new Error(result.error);
