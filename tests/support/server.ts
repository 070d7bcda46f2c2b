// A built site served by scripts/serve.ts on its own port, for tests and benchmarks that need one of their own.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './edition.ts';

export interface SiteServer {
  /** The site's address, base path included, ending in "/". */
  url: string;
  stop: () => Promise<void>;
}

/**
 * Serves `dist` under `base` on `port` (0, the default: a free one), and resolves once the server is listening.
 * The server lives only as long as this process (scripts/serve.ts watches it). `requestLog` is a file to which the
 * server appends every request's path, one a line.
 */
export async function serveSite(dist: string, port = 0, base = '/', requestLog?: string): Promise<SiteServer> {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DIST_DIR: dist,
      PORT: String(port),
      BASE: base,
      SERVE_WHILE_PID_LIVES: String(process.pid),
      ...(requestLog ? { REQUEST_LOG: requestLog } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout.once('data', (line: Buffer) => {
      const found = /http:\/\/\S+/u.exec(line.toString());
      if (found) resolve(found[0]);
      else reject(new Error(`scripts/serve.ts said: ${line.toString()}`));
    });
    server.once('exit', (code) => {
      reject(new Error(`scripts/serve.ts stopped (exit ${code ?? 'by signal'})`));
    });
  });
  return {
    url,
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
