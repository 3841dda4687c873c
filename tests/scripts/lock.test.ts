import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRunning, LOCK_FILE } from '../../lib/engine/lock';
import { tempDir } from '../temp';

const lockModule = path.resolve('lib/engine/lock.ts');

/** A process that takes the build lock of `root` and holds it until a file `release` appears there; resolves with what it printed. */
function taker(root: string): Promise<string> {
  const release = JSON.stringify(path.join(root, 'release'));
  const code = `import { existsSync } from 'node:fs'; import { acquireLock } from ${JSON.stringify(lockModule)};
    try { acquireLock(${JSON.stringify(root)}); console.log('took ' + process.pid); const t = setInterval(() => existsSync(${release}) && clearInterval(t), 50); }
    catch (error) { console.log(error instanceof Error ? error.message : String(error)); }`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', () => resolve(output.trim())));
}

const deadPid = () => spawnSync('true').pid ?? 0;

describe('the build lock', () => {
  it('goes to exactly one of several builds taking over a dead build’s lock at once; the others are told which one runs', async () => {
    const root = tempDir('brief-lock-');
    writeFileSync(path.join(root, LOCK_FILE), JSON.stringify({ pid: deadPid(), started: '2026-12-01T08:00:00.000Z', ticks: null }));
    let ended = 0;
    const running = Array.from({ length: 4 }, () => taker(root).finally(() => (ended += 1)));
    // The three that were refused have ended; the one holding the lock lets go.
    for (const end = Date.now() + 100_000; ended < 3 && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 100));
    writeFileSync(path.join(root, 'release'), '');
    const results = await Promise.all(running);
    const winners = results.filter((r) => r.startsWith('took '));
    expect(winners, results.join('\n')).toHaveLength(1);
    const winner = winners[0]?.slice('took '.length);
    for (const refused of results.filter((r) => !r.startsWith('took '))) {
      expect(refused).toMatch(new RegExp(`^another build is running in this project \\(PID ${winner}, started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\); wait for it to end, or stop it with kill ${winner}$`));
    }
    // Released when its holder exits.
    expect(existsSync(path.join(root, LOCK_FILE))).toBe(false);
  }, 120_000);

  it('is not taken for a running build when its PID now belongs to another process', () => {
    const ticks = readFileSync(`/proc/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19] ?? null;
    expect(isRunning(process.pid, ticks)).toBe(true);
    expect(isRunning(process.pid, '1')).toBe(false);
    expect(isRunning(deadPid())).toBe(false);
  });

  it('counts a build killed with its parent as ended while it waits to be reaped (kill -9 of npm’s group leaves a zombie)', async () => {
    // `sleep 0` exits at once; its parent execs `sleep 60`, which never reaps it: a zombie until the parent is killed below.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()))));
      let state = '';
      for (let tries = 0; tries < 500 && state !== 'Z'; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[0] ?? '';
      }
      expect(state).toBe('Z');
      expect(isRunning(pid)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
