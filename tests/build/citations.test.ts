// The built citation files and panels, checked by programs that are not this project's: pandoc's citeproc renders
// every work's CSL-JSON with the same style files (the official ones with the edition's declared amendments) and must give the panels' text (and italics); biber
// validates every .bib against biblatex's data model; citation-js reads every .ris and pandoc every CSL-JSON file.
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { editionStyle, styleXml } from '../../src/citation/styles.ts';
import { citationForms, citationStyles, styleItem, type CslItem } from '../../src/lib/citation.ts';
import { toolPath } from '../support/tools.ts';
import { articleSlugs } from '../support/edition.ts';
import { dist } from '../support/site.ts';

/** Another work, cited between two notes so that the second is a later note (a short one), not an "ibid." */
const between: CslItem = {
  id: 'edition-another-work',
  type: 'webpage',
  title: 'Another work',
  'title-short': 'Another',
  'container-title': 'Another site',
  issued: { 'date-parts': [[2000]] },
  URL: 'https://example.org/',
  language: 'en',
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-citations-'));
after(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Every work's folder and name: articles/<slug>/<slug>, events/<id>/<id>. */
const works = ['articles', 'events'].flatMap((kind) =>
  fs.readdirSync(path.join(dist, kind)).map((name) => ({ kind, name, dir: path.join(dist, kind, name) })),
);
const read = (work: (typeof works)[number], ext: string) =>
  fs.readFileSync(path.join(work.dir, `${work.name}.${ext}`), 'utf8');
const items = works.flatMap((work) => JSON.parse(read(work, 'json')) as CslItem[]);

test('one .bib, .ris and CSL-JSON file per article and per event, none per paragraph, keys unique', () => {
  assert.equal(works.filter((work) => work.kind === 'articles').length, articleSlugs().length);
  for (const work of works) {
    assert.deepEqual(
      fs
        .readdirSync(work.dir)
        .filter((file) => file !== 'index.html')
        .sort(),
      ['bib', 'json', 'ris'].map((ext) => `${work.name}.${ext}`),
      work.dir,
    );
  }
  const ids = items.map((item) => item.id);
  assert.equal(new Set(ids).size, ids.length, 'CSL ids unique');
  const bibKeys = works.map((work) => /^@\w+\{([^,]+),/u.exec(read(work, 'bib'))?.[1]);
  const risIds = works.map((work) => /^ID {2}- (.*)\r$/mu.exec(read(work, 'ris'))?.[1]);
  assert.deepEqual(bibKeys, ids, 'the BibTeX key is the CSL id');
  assert.deepEqual(risIds, ids, 'the RIS ID is the CSL id, whole');
});

test('every .bib passes biber --validate-datamodel without a warning', () => {
  const biber = toolPath('biber');
  fs.writeFileSync(path.join(tmp, 'all.bib'), works.map((work) => read(work, 'bib')).join('\n'));
  const run = spawnSync(biber, ['--tool', '--validate-datamodel', 'all.bib'], { cwd: tmp, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const log = run.stdout + run.stderr;
  assert.doesNotMatch(log, /WARN|ERROR/u, log);
  assert.match(log, /Datamodel validation complete/u);
});

test('every .ris is RIS (CR LF lines, TY first, ER last) and citation-js reads its title, date and URL', () => {
  for (const [work, item] of works.map((each, i) => [each, items[i]] as const)) {
    if (!item) throw new Error(`${work.name}: no CSL item`);
    const ris = read(work, 'ris');
    assert.ok(ris.endsWith('ER  - \r\n'), `${work.name}: ends with ER and a line end`);
    assert.doesNotMatch(ris.replace(/\r\n/gu, ''), /[\r\n]/u, `${work.name}: CR LF only`);
    for (const line of ris.split('\r\n').slice(0, -1)) assert.match(line, /^[A-Z][A-Z0-9] {2}- /u, line);
    assert.match(ris, /^TY {2}- /u);
    const parsed = (new Cite(ris).data as { URL: string; issued: { 'date-parts': number[][] } }[]).at(0);
    if (!parsed) throw new Error(`${work.name}: citation-js read no record`);
    assert.equal(parsed.URL, item.URL);
    const [year, month, day] = item.issued['date-parts'][0] ?? [];
    assert.equal(parsed.issued['date-parts'][0]?.[0], year);
    const da = [month, day].map((n) => String(n).padStart(2, '0')).join('/');
    assert.match(ris, new RegExp(`^DA {2}- ${year}/${da}/\r$`, 'mu'), `${work.name}: the full date`);
    // (citation-js reads TT, the translated title, as the title, and TI as the original's)
    const original = /^TI {2}- (.*)\r$/mu.exec(ris)?.[1];
    assert.ok(original !== undefined && item.title.startsWith(original), `${work.name}: TI`);
    assert.ok((Object.values(parsed) as unknown[]).includes(original), `${work.name}: the title read`);
  }
});

const pandoc = () => toolPath('pandoc');
/** The CSL item of a work by its page's name. */
function itemOf(name: string): CslItem {
  const item = items[works.findIndex((work) => work.name === name)];
  if (!item) throw new Error(`no work ${name}`);
  return item;
}

test('pandoc reads every CSL-JSON file as the same items', () => {
  const all = path.join(tmp, 'all.json');
  fs.writeFileSync(all, JSON.stringify([...items, between]));
  const out = JSON.parse(
    execFileSync(pandoc(), ['-f', 'csljson', '-t', 'csljson', all], { encoding: 'utf8' }),
  ) as CslItem[];
  // (pandoc reads a title as text, with typographic quotes)
  const fields = (item: CslItem) => [
    item.id,
    item.type,
    item.title.replace(/[“”"’']/gu, 'q'),
    item['container-title'],
    item.URL,
  ];
  assert.deepEqual(out.map(fields).sort(), [...items, between].map(fields).sort());
});

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** A citation as text and its italic runs, from HTML (ours: <i>, <bdi>; pandoc's: <em>, links). */
function reading(html: string) {
  const clean = html.replace(/<a [^>]*class="footnote-back"[^>]*>[\s\S]*?<\/a>/gu, '');
  const text = (part: string) =>
    part
      .replace(/<[^>]+>/gu, '')
      .replace(/&(#?\w+);/gu, (whole, name: string) =>
        name.startsWith('#') && name !== '#39'
          ? String.fromCodePoint(Number(name.slice(1)))
          : (entities[name] ?? whole),
      )
      .replace(/\s+/gu, ' ')
      .trim();
  const italics = [...clean.matchAll(/<(i|em)>([\s\S]*?)<\/\1>/gu)].map((match) => text(match[2] ?? ''));
  return { text: text(clean), italics };
}

/** The panel's citations of a page, by style and form, and the paragraph template's with the number put in. */
function panel(html: string, n?: number) {
  const part =
    n === undefined
      ? html.slice(html.indexOf('id="cite"'))
      : html.slice(html.indexOf('<template id="paragraph-citation"'));
  const found = new Map<string, ReturnType<typeof reading>>();
  for (const match of part.matchAll(
    /<span class="citation"[^>]*data-style="(\w+)" data-form="(\w+)">([\s\S]*?)<\/span> <copy-button/gu,
  )) {
    const key = `${match[1]}/${match[2]}`;
    if (!found.has(key)) found.set(key, reading((match[3] ?? '').replaceAll('NUMBERMARKER', String(n))));
  }
  return found;
}

/**
 * pandoc's citeproc over one work, as a reader's document would cite it: a first citation, another work's, then a
 * later one of the same work (a work alone, as on its panel: a list of many would abbreviate repeated authors).
 */
async function pandocCitations(style: (typeof citationStyles)[number], item: CslItem, locator?: string) {
  const csl = path.join(tmp, `${style}.csl`);
  if (!fs.existsSync(csl)) fs.writeFileSync(csl, styleXml(editionStyle(style)));
  const name = `${item.id}-${style}${locator ?? ''}`;
  const bibliography = path.join(tmp, `${name}.json`);
  fs.writeFileSync(bibliography, JSON.stringify([styleItem(item, style), between]));
  const cite = `[@${item.id}${locator ? `, para. ${locator}` : ''}]`;
  const markdown = `First ${cite}\n\nBetween [@${between.id}]\n\nLater ${cite}\n`;
  fs.writeFileSync(path.join(tmp, `${name}.md`), markdown);
  const { stdout: html } = await promisify(execFile)(
    pandoc(),
    [
      '--citeproc',
      '--csl',
      csl,
      '--bibliography',
      bibliography,
      '-f',
      'markdown',
      '-t',
      'html',
      '--wrap=none',
      `${name}.md`,
    ],
    { cwd: tmp, encoding: 'utf8' },
  );
  const entry = new RegExp(`<div id="ref-${item.id}" class="csl-entry"[^>]*>([\\s\\S]*?)</div>`, 'u').exec(html)?.[1];
  // a note style's citations are its footnotes, in order; an in-text style's are in the paragraphs
  const notes = [...html.matchAll(/<li id="fn\d+"[^>]*>([\s\S]*?)<\/li>/gu)].map((m) => m[1] ?? '');
  const inText = (word: string) => new RegExp(`<p>${word} ([\\s\\S]*?)</p>`, 'u').exec(html)?.[1] ?? '';
  const [first, later] = notes.length ? [notes[0] ?? '', notes[2] ?? ''] : [inText('First'), inText('Later')];
  return { entry: reading(entry ?? ''), first: reading(first), later: reading(later) };
}

const ours = (relative: string, n?: number) =>
  panel(fs.readFileSync(path.join(dist, relative, 'index.html'), 'utf8'), n);

// articles with an unidentified and a probable outlet, and events of each kind of date (a span of years, a day,
// a month, an interval)
const checked = works.filter((work) =>
  [
    '2024-05-16-putin-xi-beijing-summit',
    '2024-04-09-lavrov-beijing-visit',
    '1927-chinese-civil-war',
    '2022-02-04-no-limits-statement',
    '2026-02-merz-expected-visit-china',
    '2024-05-16-putin-state-visit-china',
  ].includes(work.name),
);

test("pandoc's citeproc, with the same style files, gives every panel's citations, italics included", async () => {
  assert.equal(checked.length, 6, checked.map((work) => work.name).join());
  const runs = citationStyles.flatMap((style) =>
    checked.map(async (work) => ({ style, work, theirs: await pandocCitations(style, itemOf(work.name)) })),
  );
  for (const { style, work, theirs } of await Promise.all(runs)) {
    const page = ours(`${work.kind}/${work.name}`);
    const [entryForm, firstForm, laterForm] =
      style === 'chicago' ? ['bibliography', 'fullNote', 'shortNote'] : [citationForms[style][0], 'inText', undefined];
    const where = `${style} ${work.name}`;
    assert.deepEqual(page.get(`${style}/${entryForm}`), theirs.entry, `${where}: entry`);
    assert.deepEqual(page.get(`${style}/${firstForm}`), theirs.first, `${where}: ${firstForm}`);
    if (laterForm) assert.deepEqual(page.get(`${style}/${laterForm}`), theirs.later, `${where}: ${laterForm}`);
  }
});

test("pandoc's citeproc gives a paragraph's citations: the article's with para. 9", async () => {
  const slug = '2024-05-16-putin-xi-beijing-summit';
  const page = ours(`articles/${slug}`, 9);
  const item = itemOf(slug);
  for (const style of citationStyles) {
    const theirs = await pandocCitations(style, item, '9');
    const firstForm = style === 'chicago' ? 'fullNote' : 'inText';
    assert.deepEqual(page.get(`${style}/${firstForm}`), theirs.first, `${style}: ${firstForm}`);
    assert.match(page.get(`${style}/${firstForm}`)?.text ?? '', style === 'mla' ? /,” par\.\s9\)$/u : /para\. 9/u);
    if (style === 'chicago') assert.deepEqual(page.get('chicago/shortNote'), theirs.later, 'chicago: short note');
  }
});
