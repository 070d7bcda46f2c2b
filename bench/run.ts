// The benchmarks: `npm run bench` measures build time, peak memory and the time of each build stage (the real
// edition, synthetic corpora, and a Starlight site of the same article counts as an anchor), page weight per page
// kind, the offline copy, search on the 1,000-article corpus (or the largest built) and Lighthouse scores, and
// writes bench/RESULTS.md.
// Options: --runs N (default 3), --sizes 100,1000 (synthetic corpora; add 10000 for the scale target, some hours
// more), --out FILE; --report rewrites the tables from the raw results kept beside it (results.json) without
// measuring again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import type { OfflineManifest } from '../src/lib/offline.ts';
import { astroBuildCommand } from '../tests/support/build.ts';
import { chromiumArgs, findChromium } from '../tests/support/chromium.ts';
import { bytesOf, firstLoad, recordResponses, type PageWeight } from '../tests/support/page-weight.ts';
import { serveSite } from '../tests/support/server.ts';
import { buildStages, secondsOfDay, type Stage } from './build-log.ts';
import { generateCorpus } from './corpus.ts';
import { installBenchPackage } from './install.ts';
import { measuredRun } from './measured-run.ts';
import { generateStarlightCorpus, starlightDir } from './starlight-corpus.ts';

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
// one folder per checkout: benchmarks of two checkouts may run at once
const work = path.join(os.tmpdir(), `edition-bench-${path.basename(root)}`);
const chromiumPath = findChromium();
// other work on the machine slows every build alike: said beside the figures
const loadAtStart = os.loadavg()[0] ?? 0;

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

type Spread = ReturnType<typeof spread>;

interface Command {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

interface BuildRun {
  ms: number;
  peakMb: number;
  stages: Stage[];
}

/** Runs one build, its log kept for the stage profile and its process tree's memory sampled while it runs. */
async function timedBuild(label: string, { command, args, cwd, env }: Command): Promise<BuildRun> {
  const { startedAt, ms, peakMb, log: buildLog, status } = await measuredRun({ command, args, cwd, env });
  if (status !== 0) throw new Error(`build of ${label} failed:\n${buildLog.slice(-4000)}`);
  return { ms, peakMb, stages: buildStages(buildLog, secondsOfDay(startedAt)) };
}

interface OfflineSize {
  files: number;
  raw: number;
  gzip?: number;
  /** What a first visit downloads by itself: the site's shell (the home page is in it). */
  shell?: { files: number; raw: number; gzip: number };
  /** Whether a first visit keeps the whole copy without asking (else the About page offers it). */
  auto?: boolean;
}

/** The offline copy a build's service worker keeps: the sizes its manifest gives (offline.json, gzip as a compressing
 *  server sends them, Pagefind's own files as they are). */
function offlineSize(dist: string): OfflineSize {
  const { full, shell, auto } = JSON.parse(fs.readFileSync(path.join(dist, 'offline.json'), 'utf8')) as OfflineManifest;
  return {
    files: full.files,
    raw: full.bytes,
    gzip: full.gzip,
    shell: { files: shell.files, raw: shell.bytes, gzip: shell.gzip },
    auto,
  };
}

interface BuildResult {
  site: 'edition' | 'starlight';
  label: string;
  articles: number;
  pages: number;
  times: Spread;
  peakMb: Spread;
  /** The median of each stage over the runs, in the order of the log. */
  stages: { name: string; seconds: Spread }[];
  offline?: OfflineSize;
}

/** Builds `runs` times from cold (`prepare` removes the output and caches, and gives the command), and sums up. */
async function repeatBuild(
  site: BuildResult['site'],
  label: string,
  articles: number,
  dist: string,
  prepare: () => Command,
): Promise<BuildResult> {
  const done: BuildRun[] = [];
  for (let run = 1; run <= runs; run++) {
    const result = await timedBuild(label, prepare());
    done.push(result);
    log(`build ${label}, run ${run}: ${seconds(result.ms)} s, peak ${result.peakMb.toFixed(0)} MB`);
  }
  const names = [...new Set(done.flatMap((result) => result.stages.map((stage) => stage.name)))];
  const stageTime = (result: BuildRun, name: string) =>
    result.stages.filter((stage) => stage.name === name).reduce((sum, stage) => sum + stage.seconds, 0);
  const pages = (fs.readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).length;
  return {
    site,
    label,
    articles,
    pages,
    times: spread(done.map((result) => result.ms)),
    peakMb: spread(done.map((result) => result.peakMb)),
    stages: names.map((name) => ({ name, seconds: spread(done.map((result) => stageTime(result, name))) })),
  };
}

/** Builds a corpus of the edition `runs` times from cold. */
async function benchBuild(label: string, articles: number): Promise<BuildResult> {
  const dir = path.join(work, `corpus-${articles}`);
  const dist = path.join(dir, 'dist');
  generateCorpus(articles, dir);
  const result = await repeatBuild('edition', label, articles, dist, () => {
    fs.rmSync(path.join(dir, '.astro-cache'), { recursive: true, force: true });
    fs.rmSync(dist, { recursive: true, force: true });
    return astroBuildCommand(dist, { EDITION_DIR: dir });
  });
  return { ...result, offline: offlineSize(dist) };
}

/** Installs the Starlight anchor's own dependencies when they are missing. */
const installStarlight = () => {
  installBenchPackage(starlightDir, 'astro/bin/astro.mjs');
};

/** Lighthouse and its Chrome launcher, from bench/node_modules (bench/package.json), installed on first use. */
async function benchTools(): Promise<{ lighthouse: Lighthouse; launch: LaunchChrome }> {
  installBenchPackage(import.meta.dirname, 'lighthouse/package.json');
  // named through variables: the edition's own type check runs where the bench's tools are not installed
  const [lighthouseModule, launcherModule]: [string, string] = ['lighthouse', 'chrome-launcher'];
  const { default: lighthouse } = (await import(lighthouseModule)) as { default: Lighthouse };
  const { launch } = (await import(launcherModule)) as { launch: LaunchChrome };
  return { lighthouse, launch };
}

/** The part of Lighthouse's API the bench uses. */
type Lighthouse = (
  url: string,
  flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] },
) => Promise<{ lhr: { categories: Record<string, { score: number | null } | undefined> } } | undefined>;
/** The part of chrome-launcher's API the bench uses. */
type LaunchChrome = (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill(): void }>;

/** Builds the Starlight anchor with `articles` articles (2 × articles pages) `runs` times from cold. */
async function benchStarlight(articles: number): Promise<BuildResult> {
  installStarlight();
  generateStarlightCorpus(articles);
  const dist = path.join(starlightDir, 'dist');
  return repeatBuild('starlight', `Starlight ${articles}`, articles, dist, () => {
    for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
      fs.rmSync(path.join(starlightDir, cache), { recursive: true, force: true });
    }
    return {
      command: process.execPath,
      args: [path.join(starlightDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      cwd: starlightDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    };
  });
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
  /** gzip of the text a reader sees (the body's innerText, folded <details> left out); the article only. */
  textGzip?: number;
}

/** The text a reader sees on the page as it opens: what the HTML's size is weighed against. */
function visibleText(): string {
  // the page is not used again: what a folded <details> hides is taken out for good
  for (const details of document.querySelectorAll('details:not([open])')) {
    const summary = details.querySelector(':scope > summary');
    for (const node of [...details.childNodes]) if (node !== summary) node.remove();
  }
  return document.body.innerText;
}

/** Page weight of each page kind in both interfaces, in a fresh browser context each (nothing cached). */
async function benchWeight(browser: Browser, url: string, dist: string): Promise<WeightResult[]> {
  const results: WeightResult[] = [];
  for (const [kind, page] of Object.entries(pageKinds(dist))) {
    for (const locale of ['en', 'ar']) {
      const context = await browser.newContext({ baseURL: url });
      const tab = await context.newPage();
      const weight = await firstLoad(tab, `${locale === 'ar' ? 'ar/' : ''}${page}`);
      const textGzip = kind === 'article' ? bytesOf(await tab.evaluate(visibleText)).gzip : undefined;
      results.push({ kind, locale, weight, ...(textGzip === undefined ? {} : { textGzip }) });
      await context.close();
    }
  }
  return results;
}

const searchKinds = [
  'wasm',
  'Pagefind JS',
  'pf_meta',
  'pf_index',
  'pf_fragment',
  'other Pagefind',
  'edition search files',
  'page',
] as const;
type SearchKind = (typeof searchKinds)[number];

/** What a response to a first search is: a kind of Pagefind file, one of the edition's search files, or the page's. */
function searchKind(url: string): SearchKind {
  const { pathname } = new URL(url);
  const pagefind = /\/pagefind\/(.*)$/u.exec(pathname)?.[1];
  if (pagefind !== undefined) {
    if (/^wasm\.[^/]*\.pagefind$/u.test(pagefind)) return 'wasm';
    if (/\.m?js$/u.test(pagefind)) return 'Pagefind JS';
    const [, extension = ''] = /\.(pf_meta|pf_index|pf_fragment)$/u.exec(pagefind) ?? [];
    return (extension || 'other Pagefind') as SearchKind;
  }
  // the lexicon, the records (search-lexicon/, search-docs/) and anything else under the search page
  return /\/search-[^/]+\/|\/search\/[^/]/u.test(pathname) ? 'edition search files' : 'page';
}

interface SearchResult {
  query: string;
  locale: string;
  results: number;
  /** Every search file fetched (all but the page's own), gzip, and how many. */
  searchBytes: number;
  searchRequests: number;
  byKind: Record<SearchKind, { gzip: number; requests: number }>;
  totalBytes: number;
  times: Spread;
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
        const byKind = Object.fromEntries(
          searchKinds.map((kind) => {
            const of = loaded.filter((r) => searchKind(r.url) === kind);
            return [kind, { gzip: of.reduce((sum, r) => sum + r.gzip, 0), requests: of.length }];
          }),
        ) as SearchResult['byKind'];
        const search = loaded.filter((r) => searchKind(r.url) !== 'page');
        times.push(elapsed);
        last = {
          query,
          locale,
          results: count,
          searchBytes: search.reduce((sum, r) => sum + r.gzip, 0),
          searchRequests: search.length,
          byKind,
          totalBytes: loaded.reduce((sum, r) => sum + r.gzip, 0),
        };
        await context.close();
      }
      if (last) results.push({ ...last, times: spread(times) });
      log(`search ${locale} "${query}": ${last?.results ?? 0} results, ${kb(last?.searchBytes ?? 0)} KB`);
    }
  }
  return results;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface LighthouseResult {
  page: string;
  scores: Record<(typeof categories)[number], Spread>;
}

/** Lighthouse with its default mobile settings, `runs` times on each page, in the system Chromium. */
async function benchLighthouse(url: string, pages: Record<string, string>): Promise<LighthouseResult[]> {
  const { lighthouse, launch } = await benchTools();
  const chrome = await launch({
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

/** The version of a package installed under `dir`. */
function installed(dir: string, name: string): string {
  const manifest = path.join(dir, 'node_modules', name, 'package.json');
  return fs.existsSync(manifest)
    ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version
    : 'not installed';
}

/** The machine the numbers were taken on. */
function machine(): string {
  const cpus = os.cpus();
  const chromiumVersion = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return [
    `- CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    `- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB; ${os.type()} ${os.release()} (${os.arch()})`,
    `- Load average (1 min) when the run began: ${loadAtStart.toFixed(1)}`,
    `- Node ${process.version}; ${chromiumVersion}`,
    `- Astro ${installed(root, 'astro')} (the edition); the anchor: @astrojs/starlight ${installed(starlightDir, '@astrojs/starlight')} on Astro ${installed(starlightDir, 'astro')}`,
    `- Date: ${new Date().toISOString().slice(0, 10)}; ${runs} runs of each measurement (median, min–max)`,
  ].join('\n');
}

const range = ({ median, min, max }: Spread, format: (n: number) => string) =>
  `${format(median)} (${format(min)}–${format(max)})`;

interface Results {
  machine: string;
  builds: BuildResult[];
  weights: WeightResult[];
  searches: SearchResult[];
  scores: LighthouseResult[];
  searchCorpus: number;
}

const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);
const offlineCell = (size?: OfflineSize) =>
  size
    ? `${size.files} files, ${mb(size.raw)} MB${size.gzip === undefined ? '' : ` (${mb(size.gzip)} MB gzip)`}${size.shell ? `, ${size.auto ? 'kept after a first visit' : `on request; a first visit keeps ${mb(size.shell.gzip)} MB gzip`}` : ''}`
    : 'not measured';
const notMeasured = (target: string, why: string) => `| ${target} | not measured: ${why} | not measured |`;

/** The issue's targets, each with the measured figure and whether it is met. */
function targets({ builds, weights, searches, searchCorpus }: Results): string[] {
  const at = (site: BuildResult['site'], n: number) =>
    builds.find((b) => b.site === site && b.articles === n && b.label !== 'the edition');
  const perArticle = (b: BuildResult) => b.times.median / b.articles;
  const row = (target: string, result: string, met: boolean | string) =>
    `| ${target} | ${result} | ${typeof met === 'string' ? met : met ? 'yes' : 'no'} |`;
  const rows: string[] = [];

  const target1 = '1. 1,000 articles build no slower than Starlight (ratio ≤ 1.0; stretch: 60 s)';
  const [edition1k, starlight1k] = [at('edition', 1000), at('starlight', 1000)];
  if (edition1k && starlight1k) {
    const ratio = edition1k.times.median / starlight1k.times.median;
    const stretch = edition1k.times.median <= 60_000 ? 'met' : 'not met';
    rows.push(
      row(
        target1,
        `${seconds(edition1k.times.median)} s against Starlight's ${seconds(starlight1k.times.median)} s: ratio ${ratio.toFixed(2)} (stretch ${stretch})`,
        ratio <= 1,
      ),
    );
  } else rows.push(notMeasured(target1, 'no 1,000-article builds in this run'));

  const target2 = '2. 10,000 articles: peak RSS < 4 GB, time per article no worse than at 1,000';
  const edition10k = at('edition', 10_000);
  if (edition10k && edition1k) {
    const peak = edition10k.peakMb.median;
    const [per10k, per1k] = [perArticle(edition10k), perArticle(edition1k)];
    rows.push(
      row(
        target2,
        `peak ${(peak / 1024).toFixed(2)} GB; ${per10k.toFixed(0)} ms per article against ${per1k.toFixed(0)} ms at 1,000`,
        peak < 4096 && per10k <= per1k,
      ),
    );
  } else rows.push(notMeasured(target2, 'opt in with `--sizes 100,1000,10000` (hours)'));

  const target3 = '3. first search at 1,000 articles ≤ 125 KB gzip (search files), both interfaces';
  const heaviest = (locale: string) =>
    Math.max(...searches.filter((s) => s.locale === locale).map((s) => s.searchBytes));
  const [en, ar] = [heaviest('en'), heaviest('ar')];
  const searched = `at most ${kb(en)} KB (en), ${kb(ar)} KB (ar)`;
  if (searchCorpus === 1000) rows.push(row(target3, searched, Math.max(en, ar) <= 125 * 1024));
  else if (searches.length) rows.push(notMeasured(target3, `searched the ${searchCorpus}-article corpus: ${searched}`));
  else rows.push(notMeasured(target3, 'no search in this run'));

  const article = weights.filter((w) => w.kind === 'article');
  const visit = article.map((w) => `${kb(w.weight.total.gzip)} KB (${w.locale})`).join(', ');
  const htmlRatio = article.map((w) => w.weight.byKind.html.gzip / (w.textGzip ?? NaN));
  rows.push(
    row(
      '4. longest article, first visit ≤ 65 KB gzip; its HTML gzip ≤ 2 × gzip of its visible text',
      `${visit}; HTML ${article.map((w, i) => `${(htmlRatio[i] ?? NaN).toFixed(2)}× (${w.locale})`).join(', ')} its visible text`,
      article.length > 0 &&
        article.every((w) => w.weight.total.gzip <= 65 * 1024) &&
        htmlRatio.every((ratio) => ratio <= 2),
    ),
  );

  const fonts = (locale: string) =>
    Math.max(...weights.filter((w) => w.locale === locale).map((w) => w.weight.byKind.font.gzip));
  rows.push(
    row(
      '5. fonts subset (reported: the most font bytes any first visit loads)',
      `${kb(fonts('en'))} KB (en), ${kb(fonts('ar'))} KB (ar)`,
      'reported',
    ),
  );

  const edition = builds.find((b) => b.label === 'the edition');
  rows.push(
    row(
      '6. offline copy: a first visit at 1,000 articles downloads ≤ 2 MB gzip by itself; the whole copy (reported)',
      `the edition: ${offlineCell(edition?.offline)}; 1,000 articles: ${offlineCell(edition1k?.offline)}`,
      edition1k?.offline?.shell ? (edition1k.offline.shell.gzip <= 2 * 1024 ** 2 ? 'yes' : 'no') : 'not measured',
    ),
  );
  return ['| target | measured | met |', '|---|---|---|', ...rows];
}

/** The Starlight build of the same article count as a synthetic corpus of the edition. */
const anchorOf = (builds: BuildResult[], edition: BuildResult) =>
  edition.label === 'the edition'
    ? undefined
    : builds.find((b) => b.site === 'starlight' && b.articles === edition.articles);

/** The build of each corpus, the edition beside the Starlight anchor of the same article count. */
function buildTable(builds: BuildResult[]): string[] {
  const perArticle = (b: BuildResult) =>
    range({ median: b.times.median / b.articles, min: b.times.min / b.articles, max: b.times.max / b.articles }, (ms) =>
      ms.toFixed(0),
    );
  return [
    '| corpus | articles | HTML pages | build, s | per article, ms | peak RSS, MB | Starlight pages | Starlight build, s | Starlight peak RSS, MB | ratio (edition / Starlight) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...builds
      .filter((b) => b.site === 'edition')
      .map((b) => {
        const s = anchorOf(builds, b);
        const starlight = s
          ? `${s.pages} | ${range(s.times, seconds)} | ${range(s.peakMb, (n) => n.toFixed(0))} | ${(b.times.median / s.times.median).toFixed(2)}`
          : '– | – | – | –';
        return `| ${b.label} | ${b.articles} | ${b.pages} | ${range(b.times, seconds)} | ${perArticle(b)} | ${range(b.peakMb, (n) => n.toFixed(0))} | ${starlight} |`;
      }),
  ];
}

/** One table per corpus: the median seconds of each stage, the edition's and Starlight's side by side. */
function stageTables(builds: BuildResult[]): string[] {
  return builds
    .filter((b) => b.site === 'edition')
    .flatMap((b) => {
      const anchor = anchorOf(builds, b);
      const sites = anchor ? [b, anchor] : [b];
      // Astro's stages and each site's integrations in the order they ran; finishing last
      const names = [...new Set(sites.flatMap((site) => site.stages.map((stage) => stage.name)))];
      names.sort((x, y) => Number(x === 'finishing') - Number(y === 'finishing'));
      const cell = (site: BuildResult, name: string) =>
        site.stages.find((stage) => stage.name === name)?.seconds.median.toFixed(0) ?? '–';
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        `### ${b.label} (${b.articles} articles)`,
        '',
        row(['stage', 'edition, s', ...(anchor ? ['Starlight, s'] : [])]),
        row(['---', ...sites.map(() => '--:')]),
        ...names.map((name) => row([name, ...sites.map((site) => cell(site, name))])),
        row(['total (wall clock)', ...sites.map((site) => seconds(site.times.median))]),
        '',
      ];
    });
}

function report(results: Results): string {
  const { machine: machineNotes, builds, weights, searches, scores, searchCorpus } = results;
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); synthetic corpora come from bench/corpus.ts, the Starlight anchor',
    '(bench/starlight, its own install) is filled by bench/starlight-corpus.ts. Every build is cold: the output and the',
    'caches are removed first. Sizes are what a compressing server sends (gzip -9 of each response); raw is the file',
    'as stored. The stylesheet and scripts are files of their own, cached across pages. The 10,000-article corpus is',
    'measured only when asked for: `npm run bench -- --sizes 100,1000,10000` (hours more). Lighthouse and its Chrome',
    "launcher are the bench's own (bench/package.json), installed into bench/node_modules on first use.",
    '',
    '## Against the targets',
    '',
    ...targets(results),
    '',
    '## Machine',
    '',
    machineNotes,
    '',
    '## Build time and peak memory',
    '',
    "Peak RSS is the largest sum of VmRSS over the build's whole process tree (Astro's node process and the programs",
    "it starts, such as Pagefind's), sampled from /proc every 200 ms. The Starlight anchor has the same number of",
    "articles, each an English and an Arabic page of about 1,500 words of the edition's own text, with Pagefind.",
    '',
    ...buildTable(builds),
    '',
    '## Build stages',
    '',
    "Median seconds per stage, from the build log (its lines are stamped to the second). An integration's stage",
    'runs from the end of the one before to its last log line, so hooks that log nothing count in the next one.',
    '',
    ...stageTables(builds),
    '## Offline copy',
    '',
    "The files the service worker keeps, as the build's offline.json gives them: gzip as a compressing server sends them, Pagefind's own files as they are. A first visit keeps the site's shell by itself (and the pages the reader opens); the whole copy is kept after a first visit while its gzip is within the limit (src/lib/constants.ts), else on the reader's request on the About page.",
    '',
    '| corpus | first visit (shell): files | raw, MB | gzip, MB | whole copy: files | raw, MB | gzip, MB | whole copy kept |',
    '|---|--:|--:|--:|--:|--:|--:|---|',
    ...builds
      .filter((b) => b.offline)
      .map((b) => {
        const o = b.offline;
        const shell = o?.shell ? `${o.shell.files} | ${mb(o.shell.raw)} | ${mb(o.shell.gzip)}` : '– | – | –';
        return `| ${b.label} | ${shell} | ${o?.files ?? 0} | ${mb(o?.raw ?? 0)} | ${o?.gzip === undefined ? '–' : mb(o.gzip)} | ${o?.auto ? 'after a first visit' : 'on request'} |`;
      }),
    '',
    '## Page weight, first visit (real edition)',
    '',
    'KB raw / gzip. JS includes scripts written into the page; requests counts every response. The article is the',
    "longest; its visible text is the body's innerText with folded <details> left out.",
    '',
    '| page | UI | HTML | CSS | JS | fonts | other | total | requests | visible text, gzip |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...weights.map(({ kind, locale, weight, textGzip }) => {
      const cell = (bytes: { raw: number; gzip: number }) => `${kb(bytes.raw)} / ${kb(bytes.gzip)}`;
      const { html, css, js, font, other } = weight.byKind;
      return `| ${kind} | ${locale} | ${cell(html)} | ${cell(css)} | ${cell(js)} | ${cell(font)} | ${cell(other)} | ${cell(weight.total)} | ${weight.requests} | ${textGzip === undefined ? '–' : kb(textGzip)} |`;
    }),
    '',
    `## First search, ${searchCorpus}-article corpus`,
    '',
    'A search page opened cold in a fresh context, the query submitted: the search files fetched (gzip: Pagefind,',
    "the lexicon, the records the exactness check reads; everything but the page's own HTML, CSS, JS and fonts),",
    'everything the page fetched in all, and time from submit to the first result on screen. "results" counts the',
    'paragraphs and records shown.',
    '',
    '| UI | query | results | search KB (requests) | all KB | time to results, ms |',
    '|---|---|--:|--:|--:|--:|',
    ...searches.map(
      (s) =>
        `| ${s.locale} | ${s.query} | ${s.results} | ${kb(s.searchBytes)} (${s.searchRequests}) | ${kb(s.totalBytes)} | ${range(s.times, (ms) => ms.toFixed(0))} |`,
    ),
    '',
    '### By kind of file',
    '',
    'KB gzip (requests). Edition search files are the lexicon (search-lexicon/), the records (search-docs/) and',
    'anything else under the search paths; page is the search page itself.',
    '',
    `| UI | query | ${searchKinds.join(' | ')} |`,
    `|---|---|${searchKinds.map(() => '--:').join('|')}|`,
    ...searches.map(
      (s) =>
        `| ${s.locale} | ${s.query} | ${searchKinds.map((kind) => `${kb(s.byKind[kind].gzip)} (${s.byKind[kind].requests})`).join(' | ')} |`,
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
    // the profile the scale work began from, measured once and kept by hand
    fs.readFileSync(path.join(import.meta.dirname, 'BEFORE.md'), 'utf8').trim(),
    '',
  ];
  return lines.join('\n');
}

/** Every measurement, taken afresh. */
async function measure(): Promise<Results> {
  const builds = [await benchBuild('the edition', 5)];
  for (const n of sizes) {
    builds.push(await benchBuild(`synthetic ${n}`, n), await benchStarlight(n));
  }
  const real = path.join(work, 'corpus-5/dist');
  // the search target is set at 1,000 articles; without that corpus, the largest built
  const searchCorpus = sizes.includes(1000) ? 1000 : Math.max(5, ...sizes);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const realServer = await serveSite(real);
  const searchServer = await serveSite(path.join(work, `corpus-${searchCorpus}/dist`));
  try {
    const weights = await benchWeight(browser, realServer.url, real);
    const searches = await benchSearch(browser, searchServer.url);
    const kinds = pageKinds(real);
    const scores = await benchLighthouse(realServer.url, {
      home: kinds.home ?? '',
      article: kinds.article ?? '',
      event: kinds.event ?? '',
    });
    return { machine: machine(), builds, weights, searches, scores, searchCorpus };
  } finally {
    await browser.close();
    await realServer.stop();
    await searchServer.stop();
  }
}

/** The raw results of an earlier run, refused when an older bench wrote them (they lack what the tables show). */
function earlierResults(): Results {
  const results = JSON.parse(fs.readFileSync(rawFile, 'utf8')) as Results;
  if (!results.builds.every((b) => 'site' in b && 'stages' in b)) {
    throw new Error(`${rawFile} comes from an older bench/run.ts: measure again`);
  }
  return results;
}

const results = options.report ? earlierResults() : await measure();
if (!options.report) fs.writeFileSync(rawFile, `${JSON.stringify(results, null, 2)}\n`);
// the scale section (bench/scale.ts, between its markers) is measured apart, for hours at 10,000 articles: kept
const previous = fs.existsSync(options.out) ? fs.readFileSync(options.out, 'utf8') : '';
const scale = /<!-- scale:start -->[^]*<!-- scale:end -->/u.exec(previous)?.[0];
fs.writeFileSync(options.out, scale ? `${report(results)}\n${scale}\n` : report(results));
log(`written to ${path.relative(process.cwd(), options.out)}`);
