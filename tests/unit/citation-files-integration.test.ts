import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import type { CitationFiles } from '../../src/data/citation-files.ts';
import { citationFilesIntegration } from '../../src/integrations/citation-files.ts';
import { buildDataFile, ndjsonLines } from '../../src/lib/build-data.ts';
import { articleWork, eventWork } from '../../src/lib/citation.ts';

const quiet = () => undefined;
const logger = { info: quiet, warn: quiet, error: quiet } as unknown as AstroIntegrationLogger;
const edition = { title: 'An edition', editor: 'An editor', versionDate: '2026-11-29' };
const work = articleWork({
  slug: '2024-04-09-a',
  title: { ar: 'عنوان', en: 'A title' },
  date: '2024-04-09',
  outlet: 'An outlet',
  edition,
  url: 'https://example.org/articles/2024-04-09-a/',
});
const event = (id: string) =>
  eventWork({ id, title: 'An event', dateLabel: '2024', edition, url: `https://example.org/events/${id}/` });

/** Leaves a list in a built site as its pages do (src/pages/build-data/). */
function leaveList(site: string, list: CitationFiles[]) {
  const file = path.join(site, buildDataFile('citation-files'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, [...ndjsonLines(list)].join(''));
}

/** Runs the integration's build-done hook over `site/` in a fresh folder, with the list a build's pages leave. */
function writeFiles(list: CitationFiles[]) {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'citation-files-'));
  const site = path.join(top, 'site');
  fs.mkdirSync(site);
  leaveList(site, list);
  const hook = citationFilesIntegration().hooks['astro:build:done'] as (o: unknown) => Promise<void>;
  const run = hook({ dir: pathToFileURL(`${site}/`), logger });
  return { top, site, run };
}

test("each work's three files are written beside its page, none per paragraph, and nothing else (the list removed)", async () => {
  const { site, run } = writeFiles([{ dir: 'articles/2024-04-09-a', name: '2024-04-09-a', work }]);
  await run;
  assert.deepEqual(fs.readdirSync(site), ['articles']);
  assert.deepEqual(fs.readdirSync(path.join(site, 'articles/2024-04-09-a')).sort(), [
    '2024-04-09-a.bib',
    '2024-04-09-a.json',
    '2024-04-09-a.ris',
  ]);
  const bib = fs.readFileSync(path.join(site, 'articles/2024-04-09-a/2024-04-09-a.bib'), 'utf8');
  assert.match(bib, /^ {2}url = \{https:\/\/example\.org\/articles\/2024-04-09-a\/\},$/mu);
});

test('two works with one key fail the build before anything is written', async () => {
  const { site, run } = writeFiles([
    { dir: 'articles/2024-04-09-a', name: '2024-04-09-a', work },
    { dir: 'articles/2024-04-09-b', name: '2024-04-09-b', work },
  ]);
  await assert.rejects(run, /share the key 2024-04-09-a/u);
  assert.deepEqual(fs.readdirSync(site), []);
});

test('a file named outside the site fails the build, and nothing is written outside it', async () => {
  const escapes: [string, string][] = [
    ['../escape', 'x'],
    ['articles', '../../escape'],
    ['/tmp', 'absolute'],
  ];
  for (const [dir, name] of escapes) {
    const { top, run } = writeFiles([
      { dir: 'articles/ok', name: 'ok', work: event('ok') },
      { dir, name, work: event(name) },
    ]);
    await assert.rejects(run, /outside the site/u, `${dir}/${name}`);
    assert.deepEqual(fs.readdirSync(top), ['site'], 'no folder made beside the site');
    assert.equal(fs.existsSync(path.join(top, 'site/articles/ok')), false, 'nothing written before the check');
  }
});

test('the list reaches the integration as build data the pages left: a build whose pages left none fails', async () => {
  const done = citationFilesIntegration().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'citation-data-'));
  await assert.rejects(
    done({ dir: pathToFileURL(`${site}/`), logger }),
    /build-data\/citation-files\.ndjson: missing: no page of the build left the citation-files/u,
  );
  leaveList(site, [{ dir: 'events/2024-05-16-x', name: '2024-05-16-x', work: event('2024-05-16-x') }]);
  await done({ dir: pathToFileURL(`${site}/`), logger });
  assert.deepEqual(fs.readdirSync(path.join(site, 'events/2024-05-16-x')).sort(), [
    '2024-05-16-x.bib',
    '2024-05-16-x.json',
    '2024-05-16-x.ris',
  ]);
  assert.deepEqual(fs.readdirSync(site), ['events'], 'the build data is removed once read');
});
