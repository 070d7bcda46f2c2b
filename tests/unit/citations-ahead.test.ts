import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationsOf, formatAhead } from '../../src/citation/ahead.ts';
import { citationsOnce } from '../../src/citation/engine.ts';
import { articleWork, eventWork } from '../../src/lib/citation.ts';

const edition = { title: 'China and Russia, 2022–2026', editor: 'The editorial team', versionDate: '2026-02-10' };
const articles = Array.from({ length: 6 }, (_, i) =>
  articleWork({
    slug: `2024-05-${String(10 + i)}-report-${i}`,
    title: { ar: `بوتين وشي «بلا حدود» ${i}`, en: `Putin and Xi, "no limits" ${i}` },
    date: `2024-05-${String(10 + i)}`,
    outlet: 'Unidentified Arabic news outlet',
    edition,
    url: `https://edition.example.org/articles/report-${i}/`,
  }),
);
const events = Array.from({ length: 3 }, (_, i) =>
  eventWork({
    id: `2024-05-16-event-${i}`,
    title: `Event ${i}`,
    dateLabel: '16 May 2024',
    edition,
    url: `https://edition.example.org/events/event-${i}/`,
  }),
);

test("citations formatted ahead on a worker are the build thread's, whoever reaches a job first", async () => {
  const jobs = [
    ...articles.flatMap(({ item }) => [
      { item, paragraph: false },
      { item, paragraph: true },
    ]),
    ...events.map(({ item }) => ({ item, paragraph: false })),
  ];
  // the build's thread asks for one job before the worker starts: the worker must skip it
  const [first] = jobs;
  assert.ok(first);
  const asked = citationsOf(first.item, first.paragraph);
  assert.ok(!(asked instanceof Promise), 'a job no one has started is formatted at once');
  await formatAhead(jobs, 1);
  for (const { item, paragraph } of jobs) {
    const ahead = citationsOf(item, paragraph);
    assert.deepEqual(await ahead, citationsOnce(item, paragraph), `${item.id}${paragraph ? ' (paragraphs)' : ''}`);
  }
  const later = citationsOf(articles[1]?.item ?? first.item, true);
  assert.ok(later instanceof Promise, 'a job the worker formatted comes from the worker');
  assert.match((await later).mla.inText.text, /par\.\sNUMBERMARKER\)$/u);
});
