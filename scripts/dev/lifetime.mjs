// Stopping a dev command by the PID its launcher knows must stop all it started. `npm run x` runs
// `sh -c "node …"`: a SIGTERM to npm ends npm and that shell, not node, which lives on, orphaned,
// holding its port. Node cannot ask Linux for a signal when its parent dies (PR_SET_PDEATHSIG), so
// the orphan notices instead: its parent process id changes.

/** Calls `stop` on SIGINT, SIGTERM or SIGHUP, and when this process's parent exits (checked every 250 ms). */
export function stopOnSignalOrOrphan(stop) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('parent exited');
  }, 250).unref();
}
