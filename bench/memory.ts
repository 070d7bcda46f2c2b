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

/** Memory of a process tree over time: [ms since sampling began, MB] every interval. */
export type MemoryTimeline = [number, number][];

/**
 * Samples the memory of the process tree under `pid` every `intervalMs`; `stop()` ends it and gives the peak (MB)
 * and the samples.
 */
export function sampleMemory(
  pid: number,
  intervalMs = 200,
): { stop: () => { peakMb: number; timeline: MemoryTimeline } } {
  const started = performance.now();
  const timeline: MemoryTimeline = [[0, treeRssKb(pid) / 1024]];
  const timer = setInterval(() => {
    timeline.push([performance.now() - started, treeRssKb(pid) / 1024]);
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakMb: Math.max(...timeline.map(([, mb]) => mb)), timeline };
    },
  };
}

/** The peak (MB) of a timeline in each stage, the stages taken in order from the start (their seconds). */
export function stagePeaks(
  timeline: MemoryTimeline,
  stages: { name: string; seconds: number }[],
): Record<string, number> {
  const peaks: Record<string, number> = {};
  let from = 0;
  for (const { name, seconds } of stages) {
    const until = from + seconds * 1000;
    // a stage of 0 s (stamped to the second) still has the samples of its second
    const inside = timeline.filter(([ms]) => ms >= from - 500 && ms <= until + 500).map(([, mb]) => mb);
    if (inside.length) peaks[name] = Math.max(...inside);
    from = until;
  }
  return peaks;
}
