#!/usr/bin/env node
// `npm run dev [-- --port N] [-- --hostname NAME]`: Next's dev server, plus a watcher on CONTENT_DIR. Next does
// not watch Markdown files, so this script tells open pages (over a loopback event stream) to re-fetch
// themselves when an article, topics.yml or authors.yml changes. Pages re-read content on every request in
// development, so the edit shows at once; an invalid brief is left out and its own page shows its problems as
// `npm run check` words them (lib/content/problems.ts), so nothing else breaks and a fix shows as soon as it is saved.
// The same loopback server serves the content folder's images (`/images/x.jpg`) as they are: the
// dev server does not encode them (the build does), and pages in development name the originals.
//
// Next runs in this process (a custom server, scripts/dev/next-server.mjs), not as `next dev`: its own
// server answers any Host (a web page rebinding its name to 127.0.0.1 would read drafts), and `next dev`
// forks a server process that outlives a `kill` of this one, holding the port.
import { parseArgs } from 'node:util';
import { createContentEvents } from './dev/content-events.mjs';
import { stopOnSignalOrOrphan } from './dev/lifetime.mjs';
import { startNextDev } from './dev/next-server.mjs';

const contentDir = process.env.CONTENT_DIR ?? 'content';

/** The port and name to listen on, from `next dev`'s own options; anything else is refused in one line. */
function options(args) {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } }));
  } catch (error) {
    console.error(`✗ npm run dev: ${error instanceof Error ? error.message : String(error)}; it takes --port N (-p N) and --hostname NAME (-H NAME).`);
    process.exit(1);
  }
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`✗ npm run dev: --port must be a number from 1 to 65535, got "${values.port ?? process.env.PORT}".`);
    process.exit(1);
  }
  // Loopback unless the editor asks otherwise: a dev server is not for the network.
  return { port, hostname: values.hostname ?? '127.0.0.1' };
}

const { port, hostname } = options(process.argv.slice(2));
let events;
let next;
let stopping = false;
/** Stops the dev server and the event stream, then exits: nothing this started keeps the port. */
async function stop() {
  if (stopping) return;
  stopping = true;
  // A Next that hangs while closing must not keep the port: exit regardless after 3 s.
  setTimeout(() => process.exit(0), 3000).unref();
  await Promise.allSettled([next?.close(), events?.close()]);
  process.exit(0);
}
// From the start: a stop while Next is still starting must not leave its workers behind.
stopOnSignalOrOrphan(stop);

try {
  events = await createContentEvents(contentDir);
} catch (error) {
  console.error(`✗ npm run dev: cannot watch the content folder ${contentDir} (${error?.code ?? error}): set CONTENT_DIR to an existing folder.`);
  process.exit(1);
}
next = await startNextDev({
  port,
  hostname,
  env: { BRIEF_CONTENT_EVENTS: events.url, BRIEF_DEV_IMAGES: events.url },
});
