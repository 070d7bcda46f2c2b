import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  articleItem,
  cslDateParts,
  eventItem,
  exportFormats,
  formatCitations,
  formatCitationsAt,
} from '../../src/lib/citation.ts';

const article = articleItem({
  slug: '2024-04-09-lavrov-beijing-visit',
  title: { ar: 'وانغ يي يتعهد', en: 'Wang Yi pledges' },
  date: '2024-04-09',
  outlet: 'Ad-Diyar (probable source)',
  edition: 'The Edition',
  url: 'https://example.org/articles/2024-04-09-lavrov-beijing-visit/',
});

test('date parts follow the date, and both ends of an interval share one precision', () => {
  assert.deepEqual(cslDateParts('2024-04-09'), [[2024, 4, 9]]);
  assert.deepEqual(cslDateParts('2022-09-15/2022-09-16'), [
    [2022, 9, 15],
    [2022, 9, 16],
  ]);
  assert.deepEqual(cslDateParts('2022-02-28/2022-05'), [
    [2022, 2],
    [2022, 5],
  ]);
});

test('each style names the Arabic title with its English, the outlet and the edition', () => {
  const citations = formatCitations(article);
  for (const style of ['chicago', 'apa', 'mla'] as const) {
    assert.match(citations[style], /وانغ يي يتعهد \[Wang Yi [Pp]ledges\]/u, style);
    assert.match(citations[style], /Ad-Diyar \(probable source\)/u, style);
    assert.match(citations[style], /The Edition/u, style);
  }
  assert.match(citations.apa, /\(2024, April 9\)/u);
  assert.match(citations.chicago, /April 9, 2024/u);
});

test('BibTeX keeps the Arabic, and every export carries the URL', () => {
  const files = exportFormats(article);
  assert.match(files.bib, /title = \{وانغ يي يتعهد/u);
  assert.match(files.ris, /^TY {2}- NEWS/mu);
  const long = exportFormats({ ...article, title: `${'a'.repeat(100)} [the English]` });
  assert.match(
    long.ris,
    new RegExp(`^TI {2}- ${'a'.repeat(100)} \\[the English\\]$`, 'mu'),
    'a long title stays on one line',
  );
  for (const text of Object.values(files))
    assert.match(text, /https:\/\/example\.org\/articles\/2024-04-09-lavrov-beijing-visit\//u);
  assert.deepEqual(JSON.parse(files.json), [article]);
});

test('an event is cited as an entry of the edition', () => {
  const event = eventItem({
    id: 'e',
    title: 'A summit',
    date: '2022-09-15/2022-09-16',
    edition: 'The Edition',
    url: 'https://example.org/events/e/',
  });
  assert.match(formatCitations(event).chicago, /“A Summit\.” In The Edition/u);
});

test('citations formatted once per item equal those formatted directly, for the item and each unit', () => {
  assert.deepEqual(formatCitationsAt(article), formatCitations(article));
  for (const n of [1, 9, 10, 33]) {
    const direct = formatCitations({ ...article, URL: `${article.URL}#p${n}` });
    assert.deepEqual(formatCitationsAt(article, n), direct);
    assert.match(direct.chicago, new RegExp(`#p${n}\\b`, 'u'));
  }
});
