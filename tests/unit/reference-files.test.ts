// The citation files of one article and one event, written out by hand from the formats: biblatex's data model
// (biber's; the build tests run `biber --validate-datamodel` over every file), the RIS specification (TAG, two
// spaces, hyphen, space; CR LF; ER last) and CSL-JSON.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleWork, eventWork } from '../../src/lib/citation.ts';
import { referenceFiles } from '../../src/lib/reference-files.ts';

const edition = { title: 'China & Russia: An Edition', editor: 'The editorial team', versionDate: '2026-11-29' };
const article = articleWork({
  slug: '2024-05-16-putin-xi-beijing-summit',
  title: { ar: 'بوتين وشي يؤكدان شراكة', en: 'Putin and Xi reaffirm a partnership' },
  date: '2024-05-16',
  outlet: 'Al-Akhbar (probable source)',
  edition,
  url: 'https://edition.example.org/articles/2024-05-16-putin-xi-beijing-summit/',
});
const event = eventWork({
  id: '2024-05-16-putin-xi-beijing-summit',
  title: 'Putin’s state visit to China',
  dateLabel: '16–17 May 2024',
  edition,
  url: 'https://edition.example.org/events/2024-05-16-putin-xi-beijing-summit/',
});

test("an article's files: the report in its outlet, reproduced in the edition, with its editors and version", () => {
  const files = referenceFiles(article);
  assert.equal(
    files.bib,
    `@misc{2024-05-16-putin-xi-beijing-summit,
  entrysubtype = {newspaper},
  title = {بوتين وشي يؤكدان شراكة},
  titleaddon = {[Putin and Xi reaffirm a partnership]},
  shorttitle = {بوتين وشي يؤكدان شراكة},
  howpublished = {Al-Akhbar (probable source)},
  date = {2024-05-16},
  editor = {{The editorial team}},
  organization = {China \\& Russia: An Edition},
  version = {2026-11-29},
  url = {https://edition.example.org/articles/2024-05-16-putin-xi-beijing-summit/},
  langid = {arabic},
  language = {arabic},
}
`,
  );
  assert.equal(
    files.ris,
    [
      'TY  - NEWS',
      'ID  - 2024-05-16-putin-xi-beijing-summit',
      'TI  - بوتين وشي يؤكدان شراكة',
      'TT  - Putin and Xi reaffirm a partnership',
      'ST  - بوتين وشي يؤكدان شراكة',
      'T2  - Al-Akhbar (probable source)',
      'T3  - China & Russia: An Edition',
      'A3  - The editorial team',
      'PB  - China & Russia: An Edition',
      'ET  - 2026-11-29',
      'PY  - 2024',
      'DA  - 2024/05/16/',
      'UR  - https://edition.example.org/articles/2024-05-16-putin-xi-beijing-summit/',
      'LA  - Arabic',
      'ER  - ',
      '',
    ].join('\r\n'),
  );
  assert.deepEqual(JSON.parse(files.json), [
    {
      id: '2024-05-16-putin-xi-beijing-summit',
      type: 'article-newspaper',
      title: 'بوتين وشي يؤكدان شراكة [Putin and Xi reaffirm a partnership]',
      'title-short': 'بوتين وشي يؤكدان شراكة',
      // the editors: CSL's contributor, which none of the three styles prints in an article's place (see the README)
      contributor: [{ literal: 'The editorial team' }],
      'container-title': 'Al-Akhbar (probable source)',
      archive: 'China & Russia: An Edition',
      issued: { 'date-parts': [[2024, 5, 16]] },
      URL: 'https://edition.example.org/articles/2024-05-16-putin-xi-beijing-summit/',
      language: 'ar',
    },
  ]);
});

test("an event's files: a page of the edition by its editors, dated by the version, its key not its article's", () => {
  const files = referenceFiles(event);
  assert.equal(
    files.bib,
    `@online{event-2024-05-16-putin-xi-beijing-summit,
  author = {{The editorial team}},
  title = {Putin’s state visit to China (16–17 May 2024)},
  shorttitle = {Putin’s state visit},
  organization = {China \\& Russia: An Edition},
  date = {2026-11-29},
  version = {2026-11-29},
  url = {https://edition.example.org/events/2024-05-16-putin-xi-beijing-summit/},
  langid = {english},
  language = {english},
}
`,
  );
  assert.equal(
    files.ris,
    [
      'TY  - ELEC',
      'ID  - event-2024-05-16-putin-xi-beijing-summit',
      'TI  - Putin’s state visit to China (16–17 May 2024)',
      'ST  - Putin’s state visit',
      'AU  - The editorial team',
      'T2  - China & Russia: An Edition',
      'PB  - China & Russia: An Edition',
      'ET  - 2026-11-29',
      'PY  - 2026',
      'DA  - 2026/11/29/',
      'UR  - https://edition.example.org/events/2024-05-16-putin-xi-beijing-summit/',
      'LA  - English',
      'ER  - ',
      '',
    ].join('\r\n'),
  );
});
