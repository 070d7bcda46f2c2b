// One way for the bench to run a build: its output kept (for the stage profile) and its process tree's memory sampled.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { sampleMemory, type MemoryTimeline } from './memory.ts';

export interface MeasuredRun {
  startedAt: Date;
  ms: number;
  /** The largest sum of VmRSS over the process tree while it ran. */
  peakMb: number;
  /** The tree's memory over the run, sampled. */
  timeline: MemoryTimeline;
  /** Standard output and error, interleaved as they came. */
  log: string;
  status: number | null;
}

/** Runs a command to its end, timing it and sampling its process tree's memory. */
export async function measuredRun(command: {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}): Promise<MeasuredRun> {
  const startedAt = new Date();
  const started = performance.now();
  const child = spawn(command.command, command.args, {
    cwd: command.cwd,
    env: command.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
  await once(child, 'spawn');
  const memory = sampleMemory(child.pid ?? process.pid);
  const [status] = (await once(child, 'close')) as [number | null];
  const ms = performance.now() - started;
  const { peakMb, timeline } = memory.stop();
  return { startedAt, ms, peakMb, timeline, log: chunks.join(''), status };
}
