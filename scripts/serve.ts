// Serves the built site (dist/) on loopback: used by `npm start` and by the browser tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

const dir = path.resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const base = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');

if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}

// The citation files' media types, which sirv does not know (.bib, .ris) or knows only as JSON (CSL-JSON).
const citationTypes: [RegExp, string][] = [
  [/\.bib$/u, 'application/x-bibtex; charset=utf-8'],
  [/\.ris$/u, 'application/x-research-info-systems; charset=utf-8'],
  [/^\/(?:articles|events)\/[^/]+\/[^/]+\.json$/u, 'application/vnd.citationstyles.csl+json; charset=utf-8'],
];
// dev mode reads the disk on each request, so a rebuild under a running server is served whole.
const files = sirv(dir, {
  dev: true,
  etag: true,
  dotfiles: false,
  setHeaders: (res, pathname) => {
    const type = citationTypes.find(([pattern]) => pattern.test(pathname))?.[1];
    if (type) res.setHeader('content-type', type);
  },
});
const notFound = fs.readFileSync(path.join(dir, '404.html'));
// gzip, as any real host would send the pages (Pagefind's own files are already compressed and pass as they are).
// compression is typed for Express, but reads only what Node's own request and response have.
const compress = compression() as unknown as (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: () => void,
) => void;

// REQUEST_LOG names a file to which every request's path is appended (the offline tests count the worker's downloads).
const requestLog = process.env.REQUEST_LOG;

const server = http.createServer((req, res) => {
  if (requestLog) fs.appendFileSync(requestLog, `${req.url ?? ''}\n`);
  const send404 = () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  const url = req.url ?? '/';
  compress(req, res, () => {
    if (url.startsWith(base)) {
      req.url = `/${url.slice(base.length)}`;
      files(req, res, send404);
    } else {
      send404();
    }
  });
});

// PORT=0 takes a free port; the first line printed names the one taken (tests read it).
server.listen(port, host, () => {
  const address = server.address();
  const taken = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${path.relative(process.cwd(), dir) || '.'} at http://${host}:${String(taken)}${base}`);
});
// Stopping ends every connection too: a browser's keep-alive connections (a service worker still downloading the
// offline copy, say) would otherwise hold the server open.
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
// A test run that starts the server names its own process: when that process ends, however it ends (an interrupted
// run too), the server stops with it instead of holding its port.
const watched = Number(process.env.SERVE_WHILE_PID_LIVES ?? 0);
if (watched) {
  setInterval(() => {
    try {
      process.kill(watched, 0);
    } catch {
      stop();
    }
  }, 1000).unref();
}
