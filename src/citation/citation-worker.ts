// The worker thread of src/citation/ahead.ts: it formats the citations it is sent, one job at a time, with the same
// engine as the build's own thread.
import { parentPort } from 'node:worker_threads';
import type { Citations, CslItem } from '../lib/citation.ts';
import { citationsOnce } from './engine.ts';

/** One job, as the build's thread sends it. */
export interface CitationRequest {
  item: CslItem;
  paragraph: boolean;
}

/** The job's citations, or why citeproc could not format them. */
export type CitationReply = { citations: Citations } | { error: string };

parentPort?.on('message', ({ item, paragraph }: CitationRequest) => {
  let reply: CitationReply;
  try {
    reply = { citations: citationsOnce(item, paragraph) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
