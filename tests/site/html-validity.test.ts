/** Every exported page through the W3C Nu HTML checker (vnu-jar, Java 17+). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportDir } from './helpers';

const report = z.object({
  messages: z.array(z.object({ type: z.string(), subType: z.string().optional(), url: z.string().optional(), lastLine: z.number().optional(), message: z.string() })),
});

describe('HTML validity', () => {
  it('the Nu HTML checker reports zero errors on every exported page', () => {
    const vnu = spawnSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--skip-non-html', '--format', 'json', exportDir()], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(vnu.error, 'java must be installed (.ci/run installs default-jre-headless)').toBeUndefined();
    // The JSON report goes to stderr.
    const { messages } = report.parse(JSON.parse(vnu.stderr || vnu.stdout));
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
      .map((m) => `${(m.url ?? '').replace(`file:${exportDir()}/`, '')}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
    expect(vnu.status).toBe(0);
  });
});
