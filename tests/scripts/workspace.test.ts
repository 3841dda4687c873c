import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previousState, recover, swapIn, workspace, type BuildState } from '../../scripts/build/workspace';
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
