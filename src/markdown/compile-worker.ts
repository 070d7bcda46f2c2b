// A worker thread of the articles' compile pool (src/markdown/compile-pool.ts): it compiles the files it is sent, one
// at a time, with the same pipeline as the build's own thread.
import { parentPort } from 'node:worker_threads';
import { compileArticle } from './compile-article.ts';

/** One file to compile, as the pool sends it. */
export interface CompileRequest {
  job: number;
  code: string;
  file: string;
  articlesDir: string;
}

parentPort?.on('message', (request: CompileRequest) => {
  compileArticle(request.code, request.file, { articlesDir: request.articlesDir }).then(
    (result) => parentPort?.postMessage({ job: request.job, result }),
    (error: unknown) =>
      parentPort?.postMessage({ job: request.job, error: error instanceof Error ? error.message : String(error) }),
  );
});
