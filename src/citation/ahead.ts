import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Citations, CslItem } from '../lib/citation.ts';
import { citationsKey, citationsOnce, formattedHere } from './engine.ts';
import type { CitationReply, CitationRequest } from './citation-worker.ts';

/** A work's citations to format: its item, and whether as its paragraphs' template (citationsOnce). */
export interface CitationJob {
  item: CslItem;
  paragraph: boolean;
}

// The jobs sent to the worker, by key (citationsKey): their citations, once it has answered. The jobs this thread
// formats itself are citationsOnce's.
const sent = new Map<string, Promise<Citations>>();

// Below this many jobs the worker's start (about 0.6 s: the styles read, an engine made per style) costs more than
// it saves: the real edition's 130 works are formatted on the build's thread.
const fewJobs = 400;

// Resolved from the project root, as the styles are: the bundled pages are not beside the sources.
const workerFile = () => path.resolve(process.cwd(), 'src/citation/citation-worker.ts');

/**
 * Formats the citations of `jobs`, in the order the pages will ask for them, on a worker thread, while the build's
 * own thread renders pages: citeproc is a third of an article page's time, and the other core is idle in the route
 * stage. A page that asks for a job the worker has not reached formats it itself (citationsOf), and the worker
 * skips it; the output is the same either way. Without a second core, or with few jobs, nothing is started.
 * `threads` is for the tests.
 */
export function formatAhead(
  jobs: CitationJob[],
  threads = os.availableParallelism() > 1 && jobs.length >= fewJobs ? 1 : 0,
): Promise<void> {
  if (threads < 1) return Promise.resolve();
  const worker = new Worker(workerFile());
  worker.unref(); // the build never waits for it: every page can format its own
  let next = 0;
  return new Promise<void>((resolve) => {
    let reply: ((reply: CitationReply) => void) | undefined;
    const stop = () => {
      reply?.({ error: 'the worker stopped' });
      reply = undefined;
      void worker.terminate().then(() => {
        resolve();
      });
    };
    /** The next job that neither the worker nor this thread has started, with its key. */
    const nextJob = () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const key = job && citationsKey(job.item, job.paragraph);
        if (job && key && !sent.has(key) && !formattedHere(key)) return { job, key };
      }
      return undefined;
    };
    const send = () => {
      const found = nextJob();
      if (!found) {
        stop();
        return;
      }
      const { job, key } = found;
      const { item, paragraph } = job;
      const answer = new Promise<CitationReply>((done) => {
        reply = done;
      });
      // a failure in the worker is the page's to meet: it formats the job itself, and citeproc's error stops the build
      sent.set(
        key,
        answer.then((outcome) => ('citations' in outcome ? outcome.citations : citationsOnce(item, paragraph))),
      );
      const request: CitationRequest = job;
      worker.postMessage(request);
    };
    worker.on('message', (outcome: CitationReply) => {
      reply?.(outcome);
      reply = undefined;
      if ('error' in outcome) stop();
      else send();
    });
    worker.on('error', stop);
    send();
  });
}

/** A job's citations: the worker's, when it has reached them, or formatted here and now. */
export function citationsOf(item: CslItem, paragraph = false): Citations | Promise<Citations> {
  return sent.get(citationsKey(item, paragraph)) ?? citationsOnce(item, paragraph);
}
