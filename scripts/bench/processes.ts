/** The benchmark's view of processes, from /proc: a build's whole process tree and its peak memory, other builds, CPU load. */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** How often the memory of a build's process tree is sampled. */
export const SAMPLE_MS = 100;

/** Parent → children of every process, from /proc/<pid>/stat. */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name (which may hold spaces and parentheses): state, ppid, …
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isInteger(ppid)) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  return children;
}

/** `root` and all its descendants. */
function processTree(root: number): number[] {
  const children = childrenByParent();
  const tree: number[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident memory of one process in bytes (VmRSS), 0 if it has ended. */
function rssBytes(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}

/** Samples the summed RSS of `root`'s process tree every SAMPLE_MS; `stop()` returns the peak. */
export function watchMemory(root: number): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, processTree(root).reduce((sum, pid) => sum + rssBytes(pid), 0));
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Next builds and dev servers running on this machine, split into those of the project at `root` (which share `.next`) and others. */
export function otherBuilds(root: string): { here: string[]; elsewhere: string[] } {
  const here: string[] = [];
  const elsewhere: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      if (!/\bnext (?:build|dev)\b|scripts\/(?:build\.ts|dev\.mjs)/.test(cmd)) continue;
      const cwd = readlinkSync(`/proc/${entry}/cwd`);
      (cwd === root ? here : elsewhere).push(`${entry} (${cwd}): ${cmd}`);
    } catch {
      continue; // ended, or not ours to read
    }
  }
  return { here, elsewhere };
}

/** Busy and total CPU ticks since boot, from the first line of /proc/stat. */
function cpuTicks(): { busy: number; total: number } | null {
  const fields = /^cpu\s+(.*)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]?.trim().split(/\s+/).map(Number);
  if (fields === undefined || fields.length < 5 || fields.some((n) => !Number.isFinite(n))) return null;
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

/** Fraction (0–1) of all CPUs busy over the next `ms` milliseconds, or null if /proc/stat is unreadable. */
export async function cpuBusy(ms: number): Promise<number | null> {
  const before = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTicks();
  if (before === null || after === null || after.total === before.total) return null;
  return (after.busy - before.busy) / (after.total - before.total);
}

/** Throws if another build or dev server of the project at `root` is running: it would share `.next` with ours. */
export function refuseConcurrentBuild(root: string): void {
  const { here } = otherBuilds(root);
  if (here.length > 0) throw new Error(`another build or dev server is using ${root}/.next; wait for it to end:\n  ${here.join('\n  ')}`);
}
