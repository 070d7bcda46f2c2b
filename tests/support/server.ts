// A built site served by scripts/serve.ts on its own port, for tests and benchmarks that need one of their own.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './edition.ts';

export interface SiteServer {
  /** The site's address, base path included, ending in "/". */
  url: string;
  stop: () => Promise<void>;
}

/** Serves `dist` on `port` under `base`, and resolves once the server is listening; `requestLog` is a file to which
 *  the server appends every request's path, one a line. */
export async function serveSite(dist: string, port: number, base = '/', requestLog?: string): Promise<SiteServer> {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DIST_DIR: dist,
      PORT: String(port),
      BASE: base,
      ...(requestLog ? { REQUEST_LOG: requestLog } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => {
      resolve();
    });
    server.once('exit', (code) => {
      reject(new Error(`scripts/serve.ts stopped (exit ${code ?? 'by signal'})`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}${base}`,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) {
          resolve();
          return;
        }
        const force = setTimeout(() => server.kill('SIGKILL'), 5_000); // a server that will not stop is stopped
        server.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        server.kill();
      }),
  };
}
