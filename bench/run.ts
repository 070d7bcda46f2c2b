// The benchmarks: `npm run bench` measures build time (the real edition and synthetic corpora), page weight per
// page kind, search on the largest corpus and Lighthouse scores, and writes bench/RESULTS.md.
// Options: --runs N (default 3), --sizes 100,1000 (synthetic corpora), --out FILE; --report rewrites the table
// from the raw results kept beside it (results.json) without measuring again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { astroBuild } from '../tests/support/build.ts';
import { chromiumArgs, findChromium } from '../tests/support/chromium.ts';
import { firstLoad, recordResponses, type PageWeight } from '../tests/support/page-weight.ts';
import { serveSite } from '../tests/support/server.ts';
import { generateCorpus } from './corpus.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '100,1000' },
    out: { type: 'string', default: path.join(root, 'bench/RESULTS.md') },
    report: { type: 'boolean', default: false },
  },
});
const rawFile = options.out.replace(/\.md$/u, '.json').replace(/RESULTS\.json$/u, 'results.json');
const runs = Number(options.runs);
const sizes = options.sizes.split(',').filter(Boolean).map(Number);
const work = path.join(os.tmpdir(), 'edition-bench');
const chromiumPath = findChromium();

/** Median, minimum and maximum of some measurements. */
function spread(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const log = (message: string) => {
  console.log(`[bench] ${message}`);
};

/** One cold build of a corpus (its cache and output removed first); returns wall-clock milliseconds. */
function coldBuild(dir: string): number {
  fs.rmSync(path.join(dir, '.astro-cache'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  const started = performance.now();
  const result = astroBuild(path.join(dir, 'dist'), { EDITION_DIR: dir });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`build of ${dir} failed:\n${result.stderr.slice(-4000)}`);
  return elapsed;
}

interface BuildResult {
  label: string;
  articles: number;
  pages: number;
  times: ReturnType<typeof spread>;
}

/** Builds a corpus `runs` times from cold. */
function benchBuild(label: string, articles: number): BuildResult {
  const dir = path.join(work, `corpus-${articles}`);
  generateCorpus(articles, dir);
  const times: number[] = [];
  for (let run = 1; run <= runs; run++) {
    times.push(coldBuild(dir));
    log(`build ${label}, run ${run}: ${seconds(times.at(-1) ?? 0)} s`);
  }
  const pages = (fs.readdirSync(path.join(dir, 'dist'), { recursive: true }) as string[]).filter((file) =>
    file.endsWith('.html'),
  ).length;
  return { label, articles, pages, times: spread(times) };
}

/** The page of each kind measured, by path under either interface. */
function pageKinds(dist: string): Record<string, string> {
  const first = (folder: string) => {
    const name = fs.readdirSync(path.join(dist, folder)).find((entry) => !entry.includes('.'));
    if (!name) throw new Error(`nothing in ${folder}`);
    return `${folder}/${name}/`;
  };
  return {
    home: '',
    chronology: 'chronology/',
    article: 'articles/2024-05-16-putin-xi-beijing-summit/',
    event: first('events'),
    entity: 'entities/vladimir-putin/',
    search: 'search/',
  };
}

interface WeightResult {
  kind: string;
  locale: string;
  weight: PageWeight;
}

/** Page weight of each page kind in both interfaces, in a fresh browser context each (nothing cached). */
async function benchWeight(browser: Browser, url: string, dist: string): Promise<WeightResult[]> {
  const results: WeightResult[] = [];
  for (const [kind, page] of Object.entries(pageKinds(dist))) {
    for (const locale of ['en', 'ar']) {
      const context = await browser.newContext({ baseURL: url });
      const tab = await context.newPage();
      results.push({ kind, locale, weight: await firstLoad(tab, `${locale === 'ar' ? 'ar/' : ''}${page}`) });
      await context.close();
    }
  }
  return results;
}

interface SearchResult {
  query: string;
  locale: string;
  results: number;
  pagefindBytes: number;
  pagefindRequests: number;
  totalBytes: number;
  times: ReturnType<typeof spread>;
}

const queries = ['Lavrov', 'summit', 'لافروف', 'أوكرانيا'];

/** A first search, from a search page opened cold: bytes fetched (gzip) and time from submit to results shown. */
async function benchSearch(browser: Browser, url: string): Promise<SearchResult[]> {
  const results: SearchResult[] = [];
  for (const locale of ['en', 'ar']) {
    for (const query of queries) {
      const times: number[] = [];
      let last: Omit<SearchResult, 'times'> | undefined;
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ baseURL: url });
        const page = await context.newPage();
        const recorder = recordResponses(page);
        await page.goto(`${locale === 'ar' ? 'ar/' : ''}search/`);
        await page.waitForSelector('edition-search[data-state]');
        const { elapsed, count } = await page.evaluate(async (text) => {
          const input = document.querySelector<HTMLInputElement>('edition-search input[name="q"]');
          const form = input?.form;
          const list = document.querySelector('[data-results]');
          if (!input || !form || !list) throw new Error('no search form');
          input.value = text;
          const started = performance.now();
          const shown = new Promise<void>((resolve) => {
            new MutationObserver((_, observer) => {
              if (list.querySelector('.search-result')) {
                observer.disconnect();
                resolve();
              }
            }).observe(list, { childList: true, subtree: true });
          });
          form.requestSubmit();
          await shown;
          const finished = performance.now() - started;
          await new Promise((resolve) => setTimeout(resolve, 50));
          const status = document.querySelector('[data-status]')?.textContent ?? '';
          return { elapsed: finished, count: Number(/\d+/u.exec(status)?.[0] ?? 0) };
        }, query);
        await page.waitForLoadState('networkidle');
        const loaded = await recorder.settle();
        // the search's own files: Pagefind's, the lexicon the page checks words in, and the records it checks
        const pagefind = loaded.filter((r) => /\/(pagefind|search-lexicon|search-docs)\//u.test(r.url));
        times.push(elapsed);
        last = {
          query,
          locale,
          results: count,
          pagefindBytes: pagefind.reduce((sum, r) => sum + r.gzip, 0),
          pagefindRequests: pagefind.length,
          totalBytes: loaded.reduce((sum, r) => sum + r.gzip, 0),
        };
        await context.close();
      }
      if (last) results.push({ ...last, times: spread(times) });
      log(`search ${locale} "${query}": ${last?.results ?? 0} results, ${kb(last?.pagefindBytes ?? 0)} KB`);
    }
  }
  return results;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface LighthouseResult {
  page: string;
  scores: Record<(typeof categories)[number], ReturnType<typeof spread>>;
}

/** Lighthouse with its default mobile settings, `runs` times on each page, in the system Chromium. */
async function benchLighthouse(url: string, pages: Record<string, string>): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const [name, page] of Object.entries(pages)) {
      const scores = Object.fromEntries(categories.map((category) => [category, [] as number[]]));
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${url}${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        });
        for (const category of categories) {
          scores[category]?.push(Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
        }
      }
      results.push({
        page: name,
        scores: Object.fromEntries(
          categories.map((category) => [category, spread(scores[category] ?? [])]),
        ) as LighthouseResult['scores'],
      });
      log(`lighthouse ${name}: ${categories.map((c) => `${c} ${results.at(-1)?.scores[c].median ?? 0}`).join(', ')}`);
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/** The machine the numbers were taken on. */
function machine(): string {
  const cpus = os.cpus();
  const chromiumVersion = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return [
    `- CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    `- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB; ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node ${process.version}; ${chromiumVersion}`,
    `- Date: ${new Date().toISOString().slice(0, 10)}; ${runs} runs of each measurement (median, min–max)`,
  ].join('\n');
}

const range = ({ median, min, max }: ReturnType<typeof spread>, format: (n: number) => string) =>
  `${format(median)} (${format(min)}–${format(max)})`;

interface Results {
  machine: string;
  builds: BuildResult[];
  weights: WeightResult[];
  searches: SearchResult[];
  scores: LighthouseResult[];
  searchCorpus: number;
}

/** The issue's targets, each with the measured figure and whether it is met. */
function targets({ builds, searches, scores, searchCorpus }: Results): string[] {
  const perArticle = (b?: BuildResult) => (b ? b.times.median / b.articles : NaN);
  const at = (n: number) => builds.find((b) => b.label === `synthetic ${n}`);
  const lowest = Math.min(...scores.flatMap((s) => categories.map((c) => s.scores[c].median)));
  const largestBuild = at(1000);
  const ratio = perArticle(at(1000)) / perArticle(at(100));
  // everything a first search fetched, the search page included: the records the exactness check reads count too
  const heaviest = Math.max(...searches.map((s) => s.totalBytes));
  const row = (target: string, result: string, met: boolean) => `| ${target} | ${result} | ${met ? 'yes' : 'no'} |`;
  return [
    '| target | measured | met |',
    '|---|---|---|',
    row('Lighthouse 100 in all four categories, mobile', `lowest median ${lowest}`, lowest === 100),
    ...(largestBuild
      ? [
          row(
            '1,000 articles, both interfaces, built in < 90 s',
            `${seconds(largestBuild.times.median)} s`,
            largestBuild.times.median < 90_000,
          ),
          row('time per article flat (within 1.5×) from 100 to 1,000', `${ratio.toFixed(2)}×`, ratio <= 1.5),
        ]
      : []),
    row(
      `first search on the ${searchCorpus}-article corpus < 150 KB (all it fetched, the page included)`,
      `at most ${kb(heaviest)} KB`,
      heaviest < 150 * 1024,
    ),
  ];
}

function report(results: Results): string {
  const { machine: machineNotes, builds, weights, searches, scores, searchCorpus } = results;
  const perArticle = (b: BuildResult) =>
    range({ median: b.times.median / b.articles, min: b.times.min / b.articles, max: b.times.max / b.articles }, (ms) =>
      ms.toFixed(0),
    );
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); synthetic corpora come from bench/corpus.ts. Every build is cold:',
    'the output and the content cache are removed first. Sizes are what a compressing server sends (gzip -9 of',
    'each response); raw is the file as stored. The CSS is written into each page, so it counts in HTML.',
    '',
    '## Machine',
    '',
    machineNotes,
    '',
    '## Against the targets',
    '',
    ...targets(results),
    '',
    '## Build time',
    '',
    '| corpus | articles | HTML pages | build, s | per article, ms |',
    '|---|--:|--:|--:|--:|',
    ...builds.map((b) => `| ${b.label} | ${b.articles} | ${b.pages} | ${range(b.times, seconds)} | ${perArticle(b)} |`),
    '',
    '## Page weight, first visit (real edition)',
    '',
    'KB raw / gzip. JS includes scripts written into the page; requests counts every response.',
    '',
    '| page | UI | HTML | CSS | JS | fonts | other | total | requests |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
    ...weights.map(({ kind, locale, weight }) => {
      const cell = (bytes: { raw: number; gzip: number }) => `${kb(bytes.raw)} / ${kb(bytes.gzip)}`;
      const { html, css, js, font, other } = weight.byKind;
      return `| ${kind} | ${locale} | ${cell(html)} | ${cell(css)} | ${cell(js)} | ${cell(font)} | ${cell(other)} | ${cell(weight.total)} | ${weight.requests} |`;
    }),
    '',
    `## First search, ${searchCorpus}-article corpus`,
    '',
    'A search page opened cold in a fresh context, the query submitted: the search files fetched (gzip: Pagefind,',
    'the lexicon and, from 29 November 2026, the records the exactness check reads; before that date the record',
    'files were left out of this column), everything the page fetched in all (the records included), and time from',
    'submit to the first result on screen. "results" counts the paragraphs and records shown.',
    '',
    '| UI | query | results | search KB (requests) | all KB | time to results, ms |',
    '|---|---|--:|--:|--:|--:|',
    ...searches.map(
      (s) =>
        `| ${s.locale} | ${s.query} | ${s.results} | ${kb(s.pagefindBytes)} (${s.pagefindRequests}) | ${kb(s.totalBytes)} | ${range(s.times, (ms) => ms.toFixed(0))} |`,
    ),
    '',
    '## Lighthouse (mobile, default settings)',
    '',
    `| page | ${categories.join(' | ')} |`,
    `|---|${categories.map(() => '--:').join('|')}|`,
    ...scores.map(
      (s) => `| ${s.page} | ${categories.map((c) => range(s.scores[c], (n) => n.toFixed(0))).join(' | ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** Every measurement, taken afresh. */
async function measure(): Promise<Results> {
  const builds = [benchBuild('the edition', 5), ...sizes.map((n) => benchBuild(`synthetic ${n}`, n))];
  const real = path.join(work, 'corpus-5/dist');
  const largest = Math.max(5, ...sizes);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const realServer = await serveSite(real, 4501);
  const largestServer = await serveSite(path.join(work, `corpus-${largest}/dist`), 4502);
  try {
    const weights = await benchWeight(browser, realServer.url, real);
    const searches = await benchSearch(browser, largestServer.url);
    const kinds = pageKinds(real);
    const scores = await benchLighthouse(realServer.url, {
      home: kinds.home ?? '',
      article: kinds.article ?? '',
      event: kinds.event ?? '',
    });
    return { machine: machine(), builds, weights, searches, scores, searchCorpus: largest };
  } finally {
    await browser.close();
    await realServer.stop();
    await largestServer.stop();
  }
}

const results = options.report ? (JSON.parse(fs.readFileSync(rawFile, 'utf8')) as Results) : await measure();
if (!options.report) fs.writeFileSync(rawFile, `${JSON.stringify(results, null, 2)}\n`);
fs.writeFileSync(options.out, report(results));
log(`written to ${path.relative(process.cwd(), options.out)}`);
