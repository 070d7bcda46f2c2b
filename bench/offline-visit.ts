// What a first visit downloads by itself, measured in Chromium with the service worker allowed: the page's own
// requests and the worker's (the shell, and the page's group), counted by the server (scripts/serve.ts's request
// log: Chromium does not report every request of a service worker to Playwright), and the files' size as a
// compressing server sends them (gzip, Pagefind's files as they are).
// `node bench/offline-visit.ts <dist> [port, 0 for a free one] [page…]`: e.g. a 1,000-article corpus's dist (bench/corpus.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { OfflineManifest } from '../src/lib/offline.ts';
import { chromiumArgs, findChromium } from '../tests/support/chromium.ts';
import { serveSite } from '../tests/support/server.ts';

const [distArg, portArg, ...pages] = process.argv.slice(2);
if (!distArg) {
  console.error('usage: node bench/offline-visit.ts <dist> [port] [page…]');
  process.exit(2);
}
const dist = path.resolve(distArg);
const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'offline.json'), 'utf8')) as OfflineManifest;
const article = fs.readdirSync(path.join(dist, 'articles')).sort().at(-1);
const landings = pages.length ? pages : ['', `articles/${article ?? ''}/`];
const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'offline-visit-')), 'requests.log');
const server = await serveSite(dist, Number(portArg ?? 0), '/', log);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(2);

/** A requested path's file in dist/, and its size as sent. */
function sent(requested: string): number {
  const clean = decodeURIComponent(requested.replace(/[?#].*$/u, ''));
  const file = path.join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return 0;
  const body = fs.readFileSync(file);
  return body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
}

try {
  const kept = manifest.auto ? 'after a first visit' : 'on request';
  console.log(
    `whole copy: ${manifest.full.files} files, ${mb(manifest.full.bytes)} MB raw, ${mb(manifest.full.gzip)} MB gzip; kept ${kept}`,
  );
  console.log(
    `shell (manifest): ${manifest.shell.files} files, ${mb(manifest.shell.bytes)} MB raw, ${mb(manifest.shell.gzip)} MB gzip`,
  );
  for (const landing of landings) {
    fs.writeFileSync(log, '');
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${server.url}${landing}`);
    // the copy is complete once the worker has put offline.json in its cache, last
    while (!(await page.evaluate(async () => Boolean(await caches.match('/offline.json'))))) {
      if (performance.now() - started > 900_000) throw new Error(`no offline copy after 15 minutes on /${landing}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const requests = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
    const files = [...new Set(requests.map((r) => r.replace(/[?#].*$/u, '')))];
    const bytes = files.reduce((sum, file) => sum + sent(file), 0);
    console.log(
      `first visit to /${landing}: ${requests.length} requests, ${files.length} files, ${mb(bytes)} MB gzip; copy ready in ${seconds} s`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(path.dirname(log), { recursive: true, force: true });
}
