// Each style's output for one article, one paragraph and one event, against strings written by hand from the
// Chicago Manual of Style (17th ed.: 14.191 newspapers and unsigned articles, 14.206 websites, 14.29 short notes)
// and the APA Publication Manual (7th ed.: 10.1 newspapers, 10.16 webpages, 8.28 paragraph numbers). Chicago is the CSL project's official 2017 file from
// @citation/csl-style-chicago-note-bibliography, APA the official file @citation-js/plugin-csl ships (2026-02-14).
// MLA 9 is not offered until its official style file can be vendored (README, "Citations").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  articleItem,
  cslDateParts,
  eventItem,
  exportFormats,
  exportFormatsAt,
  formatCitations,
  formatCitationsAt,
  paragraphFile,
  paragraphItem,
} from '../../src/lib/citation.ts';

const edition = {
  title: 'China and Russia, 2022–2026: An Annotated Bilingual Chronology',
  editor: 'The China–Russia Chronology editorial team',
  versionDate: '2026-11-29',
};
const article = articleItem({
  slug: '2024-04-09-lavrov-beijing-visit',
  title: { ar: 'وانغ يي يتعهد', en: 'Wang Yi pledges' },
  date: '2024-04-09',
  outlet: 'Ad-Diyar (probable source)',
  edition,
  url: 'https://example.org/articles/2024-04-09-lavrov-beijing-visit/',
});
const event = eventItem({
  id: '1927-chinese-civil-war',
  title: 'Chinese Civil War',
  dateLabel: '1927–1949',
  edition,
  url: 'https://example.org/events/1927-chinese-civil-war/',
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

test('an article in Chicago 17 and APA 7: the outlet, the article date and the edition (APA: and its editor)', () => {
  assert.deepEqual(formatCitations(article), {
    chicago: {
      // CMOS (unsigned newspaper articles): an unsigned newspaper article is listed under the newspaper ("Outlet. “Title.” Date. URL.").
      // Where the official 2017 file departs from the Manual, which has no rule for an article reproduced in an
      // edition: it gives the edition's title as a sentence of its own between the title and the date, and does
      // not print the edition's editor (the item's collection-editor).
      reference:
        'Ad-Diyar (probable source). “وانغ يي يتعهد [Wang Yi pledges].” ' +
        'China and Russia, 2022–2026: An Annotated Bilingual Chronology. April 9, 2024. ' +
        'https://example.org/articles/2024-04-09-lavrov-beijing-visit/.',
    },
    apa: {
      // APA: with no author, the editor moves to the author position with "(Ed.)"; 10.1: date (year, month
      // day), title unitalicised with its translation in brackets, the periodical, then the URL with no period.
      reference:
        'The China–Russia Chronology editorial team (Ed.). (2024, April 9). وانغ يي يتعهد [Wang Yi pledges]. ' +
        'Ad-Diyar (probable source), China and Russia, 2022–2026: An Annotated Bilingual Chronology. ' +
        'https://example.org/articles/2024-04-09-lavrov-beijing-visit/',
    },
  });
});

test('a paragraph is named in every style: its #p9 URL in the reference, and "para. 9" in the note or in-text citation', () => {
  const url = 'https://example.org/articles/2024-04-09-lavrov-beijing-visit/#p9';
  const citations = formatCitationsAt(article, 9);
  assert.deepEqual(citations.chicago, {
    reference:
      'Ad-Diyar (probable source). “وانغ يي يتعهد [Wang Yi pledges].” ' +
      `China and Russia, 2022–2026: An Annotated Bilingual Chronology. April 9, 2024. ${url}.`,
    // CMOS 14.29: with a full bibliography the notes may be short, and the short note of an unsigned
    // article is its (short) title and the locator; the URL is the bibliography's to give.
    locator: '“وانغ يي يتعهد [Wang Yi pledges],” para. 9.',
  });
  assert.deepEqual(citations.apa, {
    reference:
      'The China–Russia Chronology editorial team (Ed.). (2024, April 9). وانغ يي يتعهد [Wang Yi pledges]. ' +
      `Ad-Diyar (probable source), China and Russia, 2022–2026: An Annotated Bilingual Chronology. ${url}`,
    // APA 8.28: no page numbers, so the paragraph number, "para. 9".
    locator: '(The China–Russia Chronology editorial team, 2024, para. 9)',
  });
});

test('an event is a page of the edition: written by its editors, dated by its version, the event date in the title', () => {
  const url = 'https://example.org/events/1927-chinese-civil-war/';
  assert.deepEqual(formatCitations(event), {
    chicago: {
      // CMOS 14.206: Author. “Page.” Site, date. URL. (The Manual's examples put a period, not a comma, before a
      // page's date; the official file writes a comma.)
      reference:
        'The China–Russia Chronology editorial team. “Chinese Civil War (1927–1949).” ' +
        `China and Russia, 2022–2026: An Annotated Bilingual Chronology, November 29, 2026. ${url}.`,
    },
    apa: {
      // APA 10.16: Author. (Date). Title. Site name. URL.
      reference:
        'The China–Russia Chronology editorial team. (2026, November 29). Chinese Civil War (1927–1949). ' +
        `China and Russia, 2022–2026: An Annotated Bilingual Chronology. ${url}`,
    },
  });
});

test('citations formatted once per item equal those formatted directly, for the item and each paragraph', () => {
  assert.deepEqual(formatCitationsAt(article), formatCitations(article));
  // and the item's own, when its paragraphs' template was formatted first
  const other = { ...article, id: 'other', URL: `${article.URL}other/` };
  formatCitationsAt(other, 2);
  assert.deepEqual(formatCitationsAt(other), formatCitations(other));
  for (const n of [1, 9, 10, 33]) {
    assert.deepEqual(formatCitationsAt(article, n), formatCitations({ ...article, URL: `${article.URL}#p${n}` }, n));
  }
});

test('BibTeX: the Arabic kept, a valid month macro and the full date; RIS: the month and day kept', () => {
  const files = exportFormats(article);
  assert.equal(
    files.bib,
    [
      '@article{20240409lavrovbeijingvisit,',
      '\tseries = {China and {Russia}, 2022–2026: An {Annotated} {Bilingual} {Chronology}},',
      '\tjournal = {Ad-Diyar (probable source)},',
      '\tyear = {2024},',
      '\tmonth = apr,',
      '\tdate = {2024-04-09},',
      '\ttitle = {وانغ يي يتعهد [{Wang} {Yi} pledges]},',
      '\turl = {https://example.org/articles/2024-04-09-lavrov-beijing-visit/},',
      '\thowpublished = {https://example.org/articles/2024-04-09-lavrov-beijing-visit/},',
      '}',
      '',
      '',
    ].join('\n'),
  );
  assert.match(files.ris, /^TY {2}- NEWS$/mu);
  assert.match(files.ris, /^DA {2}- 2024\/04\/09\/$/mu);
  assert.match(files.ris, /^PY {2}- 2024$/mu);
  const long = exportFormats({ ...article, title: `${'a'.repeat(100)} [the English]` });
  assert.match(long.ris, new RegExp(`^TI {2}- ${'a'.repeat(100)} \\[the English\\]$`, 'mu'), 'one line');
  assert.deepEqual(JSON.parse(files.json), [article]);
});

test("an event's files carry the edition's version date, not the event's", () => {
  const files = exportFormats(event);
  assert.match(files.bib, /^\tyear = \{2026\},$/mu);
  assert.match(files.bib, /^\tmonth = nov,$/mu);
  assert.doesNotMatch(files.bib, /1927\}/u);
  assert.match(files.ris, /^PY {2}- 2026$/mu);
  assert.match(files.ris, /^DA {2}- 2026\/11\/29\/$/mu);
  assert.match(files.ris, /^AU {2}- The China–Russia Chronology editorial team$/mu);
});

test("a paragraph's files are that paragraph's: its own id, its #pN URL and its locator", () => {
  assert.equal(paragraphFile('2024-04-09-lavrov-beijing-visit', 9), '2024-04-09-lavrov-beijing-visit-p9');
  const files = exportFormats(paragraphItem(article, 9));
  assert.match(files.bib, /^@article\{20240409lavrovbeijingvisitp9,$/mu);
  assert.match(files.bib, /^\tnote = \{para\. 9\},$/mu);
  assert.match(files.bib, /^\turl = \{https:\/\/example\.org\/articles\/2024-04-09-lavrov-beijing-visit\/#p9\},$/mu);
  assert.match(files.ris, /^N1 {2}- para\. 9$/mu);
  assert.match(files.ris, /^UR {2}- https:\/\/example\.org\/articles\/2024-04-09-lavrov-beijing-visit\/#p9$/mu);
  const [json] = JSON.parse(files.json) as { id: string; URL: string; note: string }[];
  assert.deepEqual(
    [json?.id, json?.URL, json?.note],
    [
      '2024-04-09-lavrov-beijing-visit-p9',
      'https://example.org/articles/2024-04-09-lavrov-beijing-visit/#p9',
      'para. 9',
    ],
  );
});

test("a paragraph's files made from the article's template are the files citation-js writes for that paragraph", () => {
  for (const n of [1, 9, 33]) assert.deepEqual(exportFormatsAt(article, n), exportFormats(paragraphItem(article, n)));
});
