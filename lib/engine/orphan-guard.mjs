/**
 * Preloaded (`node --import`) into every process the build starts (`next build`, its workers, the
 * build's own workers): when the process that started it is gone — killed with SIGKILL, which no
 * handler sees — it ends itself and its process group, so nothing of a dead build runs on and
 * writes into the next build's folders. Plain JavaScript, so it loads without tsx (Next must not
 * run under tsx's loader).
 */
const parent = process.ppid;
setInterval(() => {
  if (process.ppid === parent) return;
  try {
    // A process the build started in a group of its own (detached): its children go with it.
    process.kill(-process.pid, 'SIGKILL');
  } catch {
    process.kill(process.pid, 'SIGKILL');
  }
}, 250).unref();
