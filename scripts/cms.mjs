#!/usr/bin/env node
// `npm run cms [-- next dev options]`: the editor at http://127.0.0.1:3000/admin/, editing this working
// copy's content folder. Runs the CMS's local backend (decap-server's middlewares, which read and write the
// files, behind our Host and path checks: scripts/cms/backend.mjs) in this process, bound to 127.0.0.1
// only, and starts `npm run dev` (scripts/dev.mjs), whose /admin/ points the CMS at it. Saves land in
// CONTENT_DIR at once, and the dev server's open pages update (the preview too).
// It is `npm run dev` plus the CMS, not something to run next to it: Next allows one dev server per
// project, so with one already running this says so in one line and starts nothing.
// CMS_PORT picks the backend's port (default 8081); BRIEF_CMS_REPO the folder the CMS's paths start from.
// Stopping it (Ctrl+C, or `kill PID` of npm or of this process, as a process manager does) stops the dev server too.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startCmsBackend } from './cms/backend.mjs';
import { stopOnSignalOrOrphan } from './dev/lifetime.mjs';

const repo = path.resolve(process.env.BRIEF_CMS_REPO ?? '.');
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const port = Number(process.env.CMS_PORT ?? '8081');
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
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`✗ npm run cms: CMS_PORT must be a number from 1 to 65535, got "${process.env.CMS_PORT}".`);
  process.exit(1);
}

let server;
try {
  server = await startCmsBackend({ repo, contentDir, port, logLevel: process.env.LOG_LEVEL ?? 'warn' });
} catch (error) {
  const busy = error?.code === 'EADDRINUSE';
  console.error(`✗ npm run cms: the CMS backend cannot listen on 127.0.0.1:${port} (${busy ? 'in use' : (error?.code ?? error)}): pick another port with CMS_PORT=N.`);
  process.exit(1);
}
const dev = spawn(process.execPath, [path.join(import.meta.dirname, 'dev.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, BRIEF_CMS_BACKEND: backend, BRIEF_CMS_REPO: repo },
});
const devPort = /(?:^| )(?:-p|--port)[ =]?(\d+)/.exec(process.argv.slice(2).join(' '))?.[1] ?? process.env.PORT ?? '3000';
console.log(`▶ CMS: http://127.0.0.1:${devPort}/admin/ edits ${path.relative(process.cwd(), contentDir) || '.'}/ (local backend ${backend})`);

let stopping = false;
/** Stops the dev server and the backend; exits once the dev server has (it exits within 3 s, else it is killed). */
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  void server.close();
  if (dev.exitCode !== null || dev.signalCode !== null) process.exit(code);
  dev.kill('SIGTERM');
  setTimeout(() => dev.kill('SIGKILL'), 4000).unref();
};
dev.on('exit', (code) => {
  stop(code ?? 0);
  process.exit(process.exitCode);
});
stopOnSignalOrOrphan(() => stop(0));
