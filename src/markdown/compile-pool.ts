import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { compileArticle, type CompiledArticle } from './compile-article.ts';
import type { CompileRequest } from './compile-worker.ts';

/** A file to compile: its text and its path. */
export interface CompileJob {
  code: string;
  file: string;
}

/** A compiled file, or the message its compile stopped with (its problems). */
export type CompileOutcome = { result: CompiledArticle } | { error: string };

// Below this many files a worker's start (loading the pipeline, about half a second) costs more than it saves.
const fewFiles = 24;

/**
 * Compiles files with the project's pipeline (src/markdown/compile-article.ts): on the build's own thread when they
 * are few, else on worker threads, one a core, each file once, the outcomes in the jobs' order. The work is the same
 * either way; the threads only share it out. `threads` is for the tests.
 */
export async function compileAll(
  jobs: CompileJob[],
  articlesDir: string,
  threads = Math.min(os.availableParallelism(), 4, Math.ceil(jobs.length / fewFiles)),
): Promise<CompileOutcome[]> {
  if (threads <= 1) {
    const outcomes: CompileOutcome[] = [];
    for (const { code, file } of jobs) {
      try {
        outcomes.push({ result: await compileArticle(code, file, { articlesDir }) });
      } catch (error) {
        outcomes.push({ error: error instanceof Error ? error.message : String(error) });
      }
    }
    return outcomes;
  }
  const outcomes = new Array<CompileOutcome>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./compile-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const job = next++;
              const input = jobs[job];
              if (!input) {
                resolve();
                return;
              }
              const request: CompileRequest = { job, code: input.code, file: input.file, articlesDir };
              worker.postMessage(request);
            };
            worker.on('message', (message: { job: number } & CompileOutcome) => {
              const { job, ...outcome } = message;
              outcomes[job] = outcome;
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`an article compile worker stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
