// The scale benchmark of issue 25: `npm run bench:scale -- --sizes 100,1000 [--runs 1] [--incremental 1000]`.
// For each size, in one run and side by side: the edition's cold build of the synthetic corpus (bench/corpus.ts),
// and three Starlight anchors (bench/starlight): today's prose pages (bench/starlight-corpus.ts), and the same
// article bodies as the edition's corpus in both locales, as Markdown with the components written as HTML and as
// MDX with small components. Each build: time, peak RSS of its process tree, time per stage, files in dist/.
// --incremental N: after a cold build of N articles, one gloss is edited and the edition is built again with its
// caches; a cold build of the edited corpus is then compared with it file by file. The figures go to
// bench/scale.json and, between markers, into bench/RESULTS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { astroBuildCommand } from '../tests/support/build.ts';
import { buildStages, secondsOfDay, type Stage } from './build-log.ts';
import { generateCorpus } from './corpus.ts';
import { installBenchPackage } from './install.ts';
import { measuredRun } from './measured-run.ts';
import { stagePeaks } from './memory.ts';
import { generateStarlightBodies, generateStarlightCorpus, starlightDir, type AnchorKind } from './starlight-corpus.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    runs: { type: 'string', default: '1' },
    incremental: { type: 'string', default: '' },
    anchors: { type: 'string', default: 'prose,markdown,mdx' },
    report: { type: 'boolean', default: false },
  },
});
const work = path.join(os.tmpdir(), `edition-scale-${path.basename(root)}`);
const rawFile = path.join(root, 'bench/scale.json');
const log = (message: string) => {
  console.log(`[scale] ${new Date().toISOString().slice(11, 19)} ${message}`);
};

interface Build {
  site: string;
  articles: number;
  seconds: number;
  peakMb: number;
  files: number;
  htmlPages: number;
  stages: Stage[];
  /** The process tree's peak RSS (MB) in each stage. */
  stagePeaks?: Record<string, number>;
  load: number;
}

interface Incremental {
  articles: number;
  cold: number;
  warm: number;
  changedArticle: string;
  differing: string[];
  compared: number;
}

interface Raw {
  date: string;
  cpus: string;
  builds: Build[];
  incremental?: Incremental;
}

const listFiles = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => fs.statSync(path.join(dir, file)).isFile());

/** One build: its time, its process tree's peak RSS and its stages from its log. */
async function timed(
  site: string,
  articles: number,
  command: { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv },
  dist: string,
): Promise<Build> {
  const load = os.loadavg()[0] ?? 0;
  const { startedAt, ms, peakMb, timeline, log: text, status } = await measuredRun(command);
  const seconds = ms / 1000;
  fs.writeFileSync(path.join(work, `${site.replace(/\W+/gu, '-')}-${articles}.log`), text);
  if (status !== 0) throw new Error(`build of ${site} (${articles}) failed:\n${text.slice(-4000)}`);
  const files = listFiles(dist);
  const build: Build = {
    site,
    articles,
    seconds,
    peakMb,
    files: files.length,
    htmlPages: files.filter((file) => file.endsWith('.html')).length,
    stages: buildStages(text, secondsOfDay(startedAt)),
    load,
  };
  build.stagePeaks = stagePeaks(timeline, build.stages);
  log(`${site} ${articles}: ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB, ${build.files} files`);
  return build;
}

const editionCommand = (dir: string, dist: string) => astroBuildCommand(dist, { EDITION_DIR: dir });

/** The edition's cold build of a corpus in `dir`: output and caches removed first. */
function coldEdition(dir: string, dist: string, articles: number, site = 'edition'): Promise<Build> {
  fs.rmSync(path.join(dir, '.astro-cache'), { recursive: true, force: true });
  fs.rmSync(dist, { recursive: true, force: true });
  return timed(site, articles, editionCommand(dir, dist), dist);
}

/** A Starlight anchor's cold build. */
function coldStarlight(kind: AnchorKind, articles: number): Promise<Build> {
  if (kind === 'prose') generateStarlightCorpus(articles);
  else generateStarlightBodies(articles, kind);
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    fs.rmSync(path.join(starlightDir, cache), { recursive: true, force: true });
  return timed(
    `Starlight ${kind}`,
    articles,
    {
      command: process.execPath,
      args: [path.join(starlightDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      cwd: starlightDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    },
    path.join(starlightDir, 'dist'),
  );
}

// What differs between two builds of the same text and is no difference: the offline copy's version and the
// build's date, where they are written.
const stamps = [
  /"version":\s*"[0-9a-f]+"/gu,
  /version [0-9a-f]{16}/gu,
  /\b20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z\b/gu,
];
const unstamped = (text: string) => stamps.reduce((value, stamp) => value.replace(stamp, ''), text);

/** The files of two outputs that differ (or exist in one only), build-time stamps aside. */
function differingFiles(a: string, b: string): { differing: string[]; compared: number } {
  const left = new Set(listFiles(a));
  const right = new Set(listFiles(b));
  const differing: string[] = [];
  for (const file of new Set([...left, ...right])) {
    if (!left.has(file) || !right.has(file)) {
      differing.push(file);
      continue;
    }
    const x = fs.readFileSync(path.join(a, file));
    const y = fs.readFileSync(path.join(b, file));
    if (x.equals(y)) continue;
    if (unstamped(x.toString('utf8')) !== unstamped(y.toString('utf8'))) differing.push(file);
  }
  return { differing: differing.sort(), compared: left.size };
}

/** Target 4: one gloss edited, rebuilt with the caches, against a cold build of the edited corpus. */
async function incremental(articles: number): Promise<Incremental> {
  const dir = path.join(work, `corpus-${articles}`);
  const dist = path.join(dir, 'dist');
  generateCorpus(articles, dir);
  const cold = await coldEdition(dir, dist, articles, 'edition (cold, before the edit)');
  const articlesDir = path.join(dir, 'content/articles');
  const changedArticle = fs.readdirSync(articlesDir).sort()[Math.floor(articles / 2)] ?? '';
  const file = path.join(articlesDir, changedArticle);
  const text = fs.readFileSync(file, 'utf8');
  // one word of the first gloss: the English of unit 1
  const edited = text.replace(/<En>(\S+)/u, '<En>$1 (edited)');
  if (edited === text) throw new Error(`no gloss to edit in ${changedArticle}`);
  fs.writeFileSync(file, edited);
  const warm = await timed('edition (one gloss edited, caches kept)', articles, editionCommand(dir, dist), dist);
  const coldDist = path.join(dir, 'dist-cold');
  const coldAfter = await coldEdition(dir, coldDist, articles, 'edition (cold, after the edit)');
  const { differing, compared } = differingFiles(dist, coldDist);
  log(`incremental ${articles}: ${differing.length} of ${compared} files differ from a cold build`);
  return {
    articles,
    cold: (cold.seconds + coldAfter.seconds) / 2,
    warm: warm.seconds,
    changedArticle,
    differing,
    compared,
  };
}

function report(raw: Raw): string {
  const sizes = [...new Set(raw.builds.map((build) => build.articles))].sort((a, b) => a - b);
  const sites = [...new Set(raw.builds.map((build) => build.site))];
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  };
  const of = (site: string, articles: number) =>
    raw.builds.filter((build) => build.site === site && build.articles === articles);
  // with several runs, each site's median (as the table below gives), not its first build
  const typical = (builds: Build[]): Build | undefined => {
    const [first] = builds;
    return (
      first && { ...first, seconds: median(builds.map((b) => b.seconds)), peakMb: median(builds.map((b) => b.peakMb)) }
    );
  };
  const edition = (articles: number) => typical(of('edition', articles));
  const anchor = (kind: string, articles: number) => typical(of(`Starlight ${kind}`, articles));
  const ratio = (articles: number, kind: string) => {
    const [a, b] = [edition(articles), anchor(kind, articles)];
    return a && b ? a.seconds / b.seconds : undefined;
  };
  const largest = sizes.at(-1) ?? 0;
  const target2 = ratio(1000, 'mdx');
  const [at1000, at10000] = [edition(1000), edition(10000)];
  const inc = raw.incremental;
  const largestBuild = edition(largest);
  const filesPer = largestBuild ? largestBuild.files / largest : undefined;
  const yesNo = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'yes' : 'no');
  const targets = [
    '| target (issue 25) | measured | met |',
    '|---|---|---|',
    `| 1. a fair anchor: Starlight from the same bodies (Markdown, MDX) beside today's anchor | ${sizes.map((size) => `${size}: edition / Starlight prose ${ratio(size, 'prose')?.toFixed(2) ?? '–'}, Markdown ${ratio(size, 'markdown')?.toFixed(2) ?? '–'}, MDX ${ratio(size, 'mdx')?.toFixed(2) ?? '–'}`).join('; ')} | ${yesNo(sizes.some((size) => anchor('mdx', size) && anchor('markdown', size)))} |`,
    `| 2. 1,000 articles no slower than Starlight as MDX (stretch: as Markdown) | ${target2 === undefined ? 'not measured at 1,000' : `${target2.toFixed(2)}× MDX, ${ratio(1000, 'markdown')?.toFixed(2) ?? '–'}× Markdown`} | ${yesNo(target2 === undefined ? undefined : target2 <= 1)} |`,
    `| 3. 10,000 articles: peak RSS < 4 GB, per article no worse than at 1,000 | ${at10000 ? `${at10000.peakMb.toFixed(0)} MB; ${((at10000.seconds * 1000) / 10000).toFixed(0)} ms per article against ${at1000 ? ((at1000.seconds * 1000) / 1000).toFixed(0) : '–'}` : 'not measured'} | ${yesNo(at10000 && at1000 ? at10000.peakMb < 4096 && at10000.seconds / 10000 <= at1000.seconds / 1000 : undefined)} |`,
    `| 4. one gloss edited: rebuild ≤ 10 % of cold, output equal file by file | ${inc ? `${inc.articles} articles: ${((inc.warm / inc.cold) * 100).toFixed(0)} % of cold; ${inc.differing.length} of ${inc.compared} files differ` : 'not measured'} | ${yesNo(inc ? inc.warm / inc.cold <= 0.1 && inc.differing.length === 0 : undefined)} |`,
    `| 5. at most 12 files per article in dist/ | ${filesPer === undefined ? 'not measured' : `${filesPer.toFixed(1)} at ${largest} articles`} | ${yesNo(filesPer === undefined ? undefined : filesPer <= 12)} |`,
    `| 8. memory curve (peak RSS of the process tree) | ${sizes.map((size) => `${size}: ${edition(size)?.peakMb.toFixed(0) ?? '–'} MB`).join(', ')} | reported |`,
  ];
  const lines: string[] = [
    '## At scale: the articles compiled once, against Starlight from the same bodies (issue 25)',
    '',
    ...targets,
    '',
    `Measured ${raw.date} on ${raw.cpus} by \`npm run bench:scale\` (bench/scale.ts): cold builds, one after the`,
    'other in one run, on a machine shared with other work (the 1-minute load average at each build start is given):',
    'only the ratios between builds of the same run mean anything.',
    '',
    '| site | articles | build, s | per article, ms | peak RSS, MB | files in dist/ | files per article | load | edition / this |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const articles of sizes) {
    const edition = median(of('edition', articles).map((build) => build.seconds));
    for (const site of sites) {
      const builds = of(site, articles);
      if (!builds.length) continue;
      const seconds = median(builds.map((build) => build.seconds));
      const last = builds.at(-1);
      lines.push(
        `| ${site} | ${articles} | ${seconds.toFixed(1)} | ${((seconds * 1000) / articles).toFixed(0)} | ${median(builds.map((build) => build.peakMb)).toFixed(0)} | ${last?.files ?? 0} | ${((last?.files ?? 0) / articles).toFixed(1)} | ${(last?.load ?? 0).toFixed(1)} | ${site === 'edition' || !edition ? '–' : (edition / seconds).toFixed(2)} |`,
      );
    }
  }
  lines.push('', '### Stages of the edition’s cold build: seconds (peak RSS of the process tree in the stage, MB)', '');
  const stageNames = [
    ...new Set(
      raw.builds.filter((build) => build.site === 'edition').flatMap((build) => build.stages.map((s) => s.name)),
    ),
  ];
  lines.push(`| stage | ${sizes.map((size) => `${size} articles`).join(' | ')} |`);
  lines.push(`|---|${sizes.map(() => '--:').join('|')}|`);
  for (const name of stageNames) {
    const cells = sizes.map((size) => {
      const builds = of('edition', size);
      if (!builds.length) return '–';
      const seconds = median(
        builds.map((build) => build.stages.filter((s) => s.name === name).reduce((sum, s) => sum + s.seconds, 0)),
      ).toFixed(0);
      const peaks = builds.flatMap((build) => build.stagePeaks?.[name] ?? []);
      return peaks.length ? `${seconds} (${median(peaks).toFixed(0)})` : seconds;
    });
    lines.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  if (raw.incremental) {
    const { articles, cold, warm, changedArticle, differing, compared } = raw.incremental;
    lines.push(
      '',
      `### One gloss edited, ${articles} articles`,
      '',
      `The English of unit 1 of ${changedArticle} edited, then built with the caches of the cold build before it:`,
      `${warm.toFixed(1)} s against ${cold.toFixed(1)} s cold (${((warm / cold) * 100).toFixed(0)} %). Compared file by`,
      `file with a cold build of the edited corpus (the offline copy's version and ISO time stamps aside): ${differing.length} of ${compared} files differ${differing.length ? `: ${differing.slice(0, 10).join(', ')}${differing.length > 10 ? ', …' : ''}` : ''}.`,
    );
  }
  return lines.join('\n');
}

function writeReport(raw: Raw) {
  fs.writeFileSync(rawFile, `${JSON.stringify(raw, null, 2)}\n`);
  const results = path.join(root, 'bench/RESULTS.md');
  const start = '<!-- scale:start -->';
  const end = '<!-- scale:end -->';
  const text = fs.readFileSync(results, 'utf8');
  const section = `${start}\n${report(raw)}\n${end}`;
  const at = text.indexOf(start);
  const updated =
    at >= 0 ? `${text.slice(0, at)}${section}${text.slice(text.indexOf(end) + end.length)}` : `${text}\n${section}\n`;
  fs.writeFileSync(results, updated);
}

if (options.report) {
  writeReport(JSON.parse(fs.readFileSync(rawFile, 'utf8')) as Raw);
} else {
  fs.mkdirSync(work, { recursive: true });
  installBenchPackage(starlightDir, 'astro/bin/astro.mjs');
  const sizes = options.sizes.split(',').filter(Boolean).map(Number);
  // the sizes measured before (10,000 is measured apart, for hours) are kept beside the ones measured now
  const before = fs.existsSync(rawFile) ? (JSON.parse(fs.readFileSync(rawFile, 'utf8')) as Raw) : undefined;
  const raw: Raw = {
    date: new Date().toISOString().slice(0, 10),
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
    builds: (before?.builds ?? []).filter((build) => !sizes.includes(build.articles)),
    ...(before?.incremental ? { incremental: before.incremental } : {}),
  };
  const anchors = options.anchors.split(',').filter(Boolean) as AnchorKind[];
  for (const articles of sizes) {
    const dir = path.join(work, `corpus-${articles}`);
    generateCorpus(articles, dir);
    for (let run = 0; run < Number(options.runs); run++) {
      raw.builds.push(await coldEdition(dir, path.join(dir, 'dist'), articles));
      for (const kind of anchors) raw.builds.push(await coldStarlight(kind, articles));
      writeReport(raw);
    }
  }
  if (options.incremental) raw.incremental = await incremental(Number(options.incremental));
  writeReport(raw);
}
