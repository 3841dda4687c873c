/**
 * The type check (`npm run typecheck`: next typegen, then tsc over the whole project) as a test of
 * its own, so that it runs beside the other projects' files instead of before them all.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run typecheck', () => {
  it('finds no type error in the project', async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const check = spawn('npm', ['run', '-s', 'typecheck'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      check.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      check.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      check.on('error', reject);
      check.on('close', (exit) => resolve({ code: exit, output }));
    });
    expect(code, output).toBe(0);
  });
});
