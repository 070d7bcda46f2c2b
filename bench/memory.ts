// Peak memory of a build: the resident memory of its whole process tree (Astro's node process and the programs it
// starts, such as Pagefind's binary), sampled from /proc while it runs.
import fs from 'node:fs';

export interface ProcessEntry {
  pid: number;
  ppid: number;
}

/** The pids of `root` and of every process under it in a process table. */
export function treePids(table: ProcessEntry[], root: number): number[] {
  const children = Map.groupBy(table, (entry) => entry.ppid);
  const pids: number[] = [];
  for (const pending = [root]; pending.length;) {
    const pid = pending.pop() ?? root;
    pids.push(pid);
    pending.push(...(children.get(pid) ?? []).map((child) => child.pid));
  }
  return pids;
}

/** Reads a /proc file of a process that may have ended since it was listed. */
function readProc(pid: number, file: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

/** Every process of the machine with its parent, from /proc/<pid>/stat (cheaper to read than status). */
function processTable(): ProcessEntry[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/u.test(name))
    .map((name) => {
      const stat = readProc(Number(name), 'stat');
      // the command name, in parentheses, may hold spaces: the fields after it are state, then parent
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? 0);
      return { pid: Number(name), ppid };
    });
}

/** The sum of VmRSS (kB) of the process tree under `pid`. */
export function treeRssKb(pid: number): number {
  return treePids(processTable(), pid).reduce(
    (sum, member) => sum + Number(/^VmRSS:\s+(\d+) kB/mu.exec(readProc(member, 'status'))?.[1] ?? 0),
    0,
  );
}

/** Samples the memory of the process tree under `pid` every `intervalMs`; `stop()` ends it and gives the peak (MB). */
export function sampleMemory(pid: number, intervalMs = 200): { stop: () => number } {
  let peakKb = treeRssKb(pid);
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(pid));
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peakKb / 1024;
    },
  };
}
