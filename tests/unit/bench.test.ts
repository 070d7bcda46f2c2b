import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildStages } from '../../bench/build-log.ts';
import { treePids } from '../../bench/memory.ts';

const esc = String.fromCharCode(27);

// An excerpt of the edition's build log (NO_COLOR=1; Vite still colours its warnings), times changed.
const editionLog = `20:17:57 [vite] Re-optimizing dependencies because vite config has changed
20:17:58 [content] Syncing content
20:17:58 [content] Synced content
20:17:58 [types] Generated 1.56s
20:17:58 [build] output: "static"
20:17:58 [build] Collecting build info...
20:17:58 [build] ✓ Completed in 2.59s.
20:17:59 [build] Building static entrypoints...
20:18:01 [WARN] [vite] ${esc}[33m[MODULE_LEVEL_DIRECTIVE] ${esc}[0mThe semantics of the module level directive
   ${esc}[38;5;246m╭${esc}[0m content/articles/x.mdx?astroPropagatedAssets:2:6
20:18:01 [vite] ✓ built in 2.47s
20:18:01 [build] Rearranging server assets...

 generating static routes 
20:18:01   ├─ /404.html (+54ms) 
20:18:05   └─ /ar/index.html (+4ms) 
20:18:05 ✓ Completed in 4.14s.

20:18:05 [build] ✓ Completed in 6.77s.
20:18:05 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
20:18:09 [edition:pagefind] indexed 122 records
20:18:12 [edition:paragraph-citations] wrote 297 paragraph citation files
20:18:13 [edition:offline] offline copy: 1090 files, 11.7 MB, version 8950b5aaa6b64411
20:18:13 [WARN] [edition:site-origin] No published origin: every absolute URL of this build points to localhost.
20:18:13 [build] 291 page(s) built in 9.96s
20:18:13 [build] Complete!
`;

// Starlight's, past midnight: its Pagefind logs three lines, and a warning cuts a route line in two.
const starlightLog = `23:59:58 [content] Syncing content
23:59:59 [build] Collecting build info...
00:00:01 [build] Building static entrypoints...
00:00:02 [build] Rearranging server assets...

 generating static routes 
00:00:02 [WARN] [content] The collection "i18n" does not exist or is empty.
 (+86ms) 
00:00:10 ✓ Completed in 8.1s.

00:00:10 [build] ✓ Completed in 9.0s.
00:00:11 [starlight:pagefind] Building search index with Pagefind...
00:00:19 [starlight:pagefind] Found 23 HTML files.
00:00:20 [starlight:pagefind] Finished building search index in 9s.
00:00:21 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
00:00:21 [build] 23 page(s) built in 23s
00:00:22 [build] Complete!`;

/** The stages, one to a line, as the expectations below are written. */
const profile = (log: string, started?: number) =>
  buildStages(log, started)
    .map(({ name, seconds }) => `${name}: ${seconds}`)
    .join('\n');

const seconds = (hours: number, minutes: number, secs: number) => hours * 3600 + minutes * 60 + secs;

test('the stages of the edition, from the start of the process', () => {
  assert.equal(
    profile(editionLog, seconds(20, 17, 55.5)),
    `startup: 2.5
content sync: 0
build info: 1
static entrypoints: 2
static routes: 4
[@astrojs/sitemap]: 0
[edition:pagefind]: 4
[edition:paragraph-citations]: 3
[edition:offline]: 1
[edition:site-origin]: 0
finishing: 0`,
  );
});

test('a line an integration logs after the next has begun reports background work: it opens no stage', () => {
  const overlapped = editionLog
    .replace(
      '20:18:09 [edition:pagefind] indexed 122 records',
      '20:18:09 [edition:pagefind] sent 122 records to Pagefind',
    )
    .replace(
      '20:18:13 [edition:offline]',
      '20:18:12 [edition:pagefind] indexed 122 records (3 index files)\n20:18:13 [edition:offline]',
    );
  assert.match(
    profile(overlapped, seconds(20, 17, 55.5)),
    /\[edition:pagefind\]: 4\n\[edition:paragraph-citations\]: 3\n\[edition:offline\]: 1\n/u,
  );
});

test('an integration that logs several lines is one stage, to its last line; a build may pass midnight', () => {
  assert.equal(
    profile(starlightLog),
    `startup: 0
content sync: 1
build info: 2
static entrypoints: 1
static routes: 8
[starlight:pagefind]: 10
[@astrojs/sitemap]: 1
finishing: 1`,
  );
  // started before midnight, first line after it
  assert.equal(buildStages(starlightLog.replace('23:59:58', '00:00:00'), seconds(23, 59, 59))[0]?.seconds, 1);
});

test('hooks that log nothing, and a log cut short, still account for all the time', () => {
  const quiet = `10:00:00 [build] Building static entrypoints...
 generating static routes 
10:00:04 ✓ Completed in 4s.
10:00:09 [build] 3 page(s) built in 9s`;
  assert.equal(
    profile(quiet),
    `startup: 0
static entrypoints: 0
static routes: 4
unlogged build:done hooks: 5
finishing: 0`,
  );
  assert.equal(
    profile('10:00:00 [content] Syncing content\n10:00:07 [vite] something'),
    `startup: 0
content sync: 7`,
  );
  assert.deepEqual(buildStages(''), []);
});

test('a process tree is the process and everything under it, and nothing else', () => {
  const table = [
    { pid: 1, ppid: 0 },
    { pid: 10, ppid: 1 },
    { pid: 11, ppid: 10 },
    { pid: 12, ppid: 11 },
    { pid: 13, ppid: 10 },
    { pid: 20, ppid: 1 },
  ];
  assert.deepEqual(
    treePids(table, 10).sort((a, b) => a - b),
    [10, 11, 12, 13],
  );
  assert.deepEqual(treePids(table, 99), [99]);
});
