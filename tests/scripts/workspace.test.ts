import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exchange } from '../../lib/engine/swap';
import { previousState, recover, swapIn, workspace, type BuildState } from '../../lib/engine/workspace';
import { tempDir } from '../temp';

const state = (fingerprint: string, page: string): BuildState => ({ version: 2, fingerprint, pages: { '/': page }, scripts: {}, files: {}, search: {}, compressed: {} });

/** A project folder with an export `out/` whose index says `text`, and the state of the build that made it. */
async function project(text: string) {
  const root = tempDir('brief-ws-');
  const ws = workspace(root, 'out', '.brief-cache');
  mkdirSync(ws.staging, { recursive: true });
  writeFileSync(path.join(ws.staging, 'index.html'), text);
  await swapIn(ws, state('code-1', text));
  return ws;
}

const index = (dir: string) => readFileSync(path.join(dir, 'index.html'), 'utf8');
const stage = (ws: ReturnType<typeof workspace>, text: string) => {
  mkdirSync(ws.staging, { recursive: true });
  writeFileSync(path.join(ws.staging, 'index.html'), text);
};

describe('the build workspace', () => {
  it('swaps a staged export in whole and remembers the build that made it', async () => {
    const ws = await project('old');
    stage(ws, 'new');
    await swapIn(ws, state('code-1', 'new'));
    expect(index(ws.out)).toBe('new');
    expect(existsSync(ws.staging) || existsSync(ws.old)).toBe(false);
    const previous = await previousState(ws, 'code-1');
    expect('state' in previous && previous.state.pages['/']).toBe('new');
  });

  it('reuses a previous build only for the same code and settings, with its out/ present', async () => {
    const ws = await project('old');
    expect(await previousState(ws, 'code-2')).toEqual({ reason: 'code, dependencies or settings changed' });
    renameSync(ws.out, `${ws.out}-elsewhere`);
    expect(await previousState(ws, 'code-1')).toEqual({ reason: 'no out/ yet' });
  });

  it('after a build killed while staging: out/ is untouched and the leftovers go', async () => {
    const ws = await project('old');
    stage(ws, 'half');
    expect(await recover(ws)).toEqual(['removed .out.staging']);
    expect(index(ws.out)).toBe('old');
    expect('state' in (await previousState(ws, 'code-1'))).toBe(true);
  });

  it('after a build killed between the two renames of the swap: the old out/ comes back, and the next build is full', async () => {
    const ws = await project('old');
    stage(ws, 'new');
    writeFileSync(path.join(ws.stateDir, 'state.pending.json'), JSON.stringify(state('code-1', 'new')));
    renameSync(ws.out, ws.old);
    const steps = await recover(ws);
    expect(steps).toContain('restored out/ from an interrupted swap');
    expect(index(ws.out)).toBe('old');
    expect(existsSync(ws.staging)).toBe(false);
    expect(await previousState(ws, 'code-1')).toEqual({ reason: 'no record of the previous build (a fresh checkout or cache)' });
  });

  it('after a build killed right after the swap: the new out/ stays, and the next build is full', async () => {
    const ws = await project('old');
    stage(ws, 'new');
    writeFileSync(path.join(ws.stateDir, 'state.pending.json'), JSON.stringify(state('code-1', 'new')));
    renameSync(ws.out, ws.old);
    renameSync(ws.staging, ws.out);
    await recover(ws);
    expect(index(ws.out)).toBe('new');
    expect(existsSync(ws.old)).toBe(false);
    expect('reason' in (await previousState(ws, 'code-1'))).toBe(true);
  });
});

describe('the swap', () => {
  it('exchanges two folders in one step', () => {
    const root = tempDir('brief-exchange-');
    const [a, b] = [path.join(root, 'a'), path.join(root, 'b')];
    for (const [dir, text] of [[a, 'A'], [b, 'B']] as const) {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'index.html'), text);
    }
    expect(exchange(a, b)).toBeNull();
    expect([index(a), index(b)]).toEqual(['B', 'A']);
    expect(exchange(a, path.join(root, 'missing'))).toMatch(/No such file/);
    expect(index(a)).toBe('B');
  });

  it('leaves out/ in place at every instant: a reader polling it during 10 swaps never misses it', async () => {
    const ws = await project('0');
    // A separate process checks out/index.html as fast as it can until told to stop (at most 60 s).
    const stop = path.join(ws.root, 'stop');
    const poll = `const fs = require('fs'); const end = Date.now() + 60000; let misses = 0, checks = 0;
      while (!fs.existsSync(${JSON.stringify(stop)}) && Date.now() < end) { checks++; if (!fs.existsSync(${JSON.stringify(path.join(ws.out, 'index.html'))})) misses++; }
      console.log(JSON.stringify({ misses, checks }));`;
    const poller = spawn(process.execPath, ['-e', poll], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let output = '';
      poller.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const ended = new Promise((resolve) => poller.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (let i = 1; i <= 10; i++) {
        stage(ws, String(i));
        expect(await swapIn(ws, state('code-1', String(i)))).toBeUndefined();
      }
      writeFileSync(stop, '');
      await ended;
      const { misses, checks } = z.object({ misses: z.number(), checks: z.number() }).parse(JSON.parse(output));
      expect(checks).toBeGreaterThan(1000);
      expect(misses).toBe(0);
      expect(index(ws.out)).toBe('10');
    } finally {
      poller.kill();
    }
  }, 120_000);

  it('falls back to two renames where there is no exchange, and says why', async () => {
    const ws = await project('old');
    stage(ws, 'new');
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(await swapIn(ws, state('code-1', 'new'))).toBe('python3 not found');
    } finally {
      process.env.PATH = saved;
    }
    expect(index(ws.out)).toBe('new');
    expect(existsSync(ws.old) || existsSync(ws.staging)).toBe(false);
  });
});
