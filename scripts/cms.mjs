#!/usr/bin/env node
// `npm run cms [-- next dev options]`: the editor at http://127.0.0.1:3000/admin/, editing this working
// copy's content folder. Starts decap-server (Decap CMS's local backend: it reads and writes the files,
// MODE=fs) bound to 127.0.0.1 only, and `npm run dev` (scripts/dev.mjs), whose /admin/ points the CMS at
// it. Saves land in CONTENT_DIR at once, and the dev server's open pages update (the preview too).
// It is `npm run dev` plus the CMS, not something to run next to it: Next allows one dev server per
// project, so with one already running this says so in one line and starts nothing.
// CMS_PORT picks the backend's port (default 8081); BRIEF_CMS_REPO the folder the CMS's paths start from.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const repo = path.resolve(process.env.BRIEF_CMS_REPO ?? '.');
const port = process.env.CMS_PORT ?? '8081';
const backend = `http://127.0.0.1:${port}/api/v1`;

/** The dev server already running in this project, from the lock file `next dev` keeps (.next/dev/lock), if its process is alive. */
function runningDevServer() {
  let info;
  try {
    info = JSON.parse(readFileSync(path.join('.next', 'dev', 'lock'), 'utf8'));
  } catch {
    return undefined;
  }
  if (!Number.isInteger(info?.pid) || typeof info.appUrl !== 'string') return undefined;
  try {
    process.kill(info.pid, 0);
    return info;
  } catch (error) {
    // EPERM: alive, under another user.
    return error?.code === 'EPERM' ? info : undefined;
  }
}

const running = runningDevServer();
if (running) {
  console.error(`✗ npm run cms starts its own dev server, and one already runs here (${running.appUrl}, pid ${running.pid}): stop it (Ctrl+C in its terminal, or kill ${running.pid}), then run npm run cms again.`);
  process.exit(1);
}

const server = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, GIT_REPO_DIRECTORY: repo, MODE: 'fs', PORT: port, BIND_HOST: '127.0.0.1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
});
const dev = spawn(process.execPath, [path.join(import.meta.dirname, 'dev.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, BRIEF_CMS_BACKEND: backend, BRIEF_CMS_REPO: repo },
});
const portArg = process.argv.findIndex((a) => a === '-p' || a === '--port');
console.log(`▶ CMS: http://127.0.0.1:${portArg >= 0 ? process.argv[portArg + 1] : '3000'}/admin/ edits ${path.relative(process.cwd(), path.resolve(process.env.CONTENT_DIR ?? 'content')) || '.'}/ (local backend ${backend})`);

let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  dev.kill('SIGTERM');
  process.exitCode = code;
};
server.on('exit', (code) => stop(code ?? 1));
dev.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
