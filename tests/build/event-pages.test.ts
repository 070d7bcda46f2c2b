// Every event page of the built site, read with parse5 (the dates are written by the build, no script touches
// them): each shows its date at its own precision in both languages, with the Hijri date for days.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { DefaultTreeAdapterMap } from 'parse5';
import { attr, dist, elements } from '../support/site.ts';

type Element = DefaultTreeAdapterMap['element'];

interface ExportedEvent {
  id: string;
  date: string;
  precision: 'year' | 'month' | 'day';
}

// Dates as a reader should see them, written by hand: one of each kind (a day, days of one month, days across years,
// a month, months of one year, a day to a month, years), in both languages.
const shownDates: Record<string, { en: string; ar: string }> = {
  '2024-05-16-joint-statement-75th-anniversary': { en: '16 May 2024', ar: '16 مايو/أيار 2024' },
  '2022-10-16-cpc-20th-congress': { en: '16–22 October 2022', ar: '16–22 أكتوبر/تشرين الأول 2022' },
  '1939-09-01-second-world-war': {
    en: '1 September 1939 – 2 September 1945',
    ar: '1 سبتمبر/أيلول 1939 – 2 سبتمبر/أيلول 1945',
  },
  '2026-02-merz-expected-visit-china': { en: 'February 2026', ar: 'فبراير/شباط 2026' },
  '2026-01-putin-planned-visit-china': { en: 'January – June 2026', ar: 'يناير/كانون الثاني – يونيو/حزيران 2026' },
  '2022-02-28-russia-ukraine-talks': { en: '28 February 2022 – May 2022', ar: '28 فبراير/شباط 2022 – مايو/أيار 2022' },
  '1927-chinese-civil-war': { en: '1927 – 1949', ar: '1927 – 1949' },
};

/** An element's text as a reader sees it: its text nodes joined, white space collapsed (comments left out). */
function text(element: Element): string {
  const parts: string[] = [];
  const visit = (node: DefaultTreeAdapterMap['node']) => {
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(element);
  return parts.join('').replace(/\s+/gu, ' ').trim();
}
/** The elements inside an element, depth first. */
function descendants(element: Element): Element[] {
  return element.childNodes.flatMap((child) => ('tagName' in child ? [child, ...descendants(child)] : []));
}
const hasClass = (element: Element, name: string) => (attr(element, 'class') ?? '').split(/\s+/u).includes(name);

const events = (JSON.parse(fs.readFileSync(path.join(dist, 'chronology.json'), 'utf8')) as { events: ExportedEvent[] })
  .events;

test('every event page shows its date at its own precision in both languages, with the Hijri date for days', () => {
  assert.ok(events.length > 30, `${String(events.length)} events`);
  for (const id of Object.keys(shownDates))
    assert.ok(
      events.some((event) => event.id === id),
      id,
    );
  for (const event of events) {
    for (const locale of ['en', 'ar'] as const) {
      const where = `${locale} ${event.id}`;
      const page = elements(
        fs.readFileSync(path.join(dist, locale === 'ar' ? 'ar' : '', 'events', event.id, 'index.html'), 'utf8'),
      );
      const meta = page.find((element) => element.tagName === 'dl' && hasClass(element, 'event-meta'));
      assert.ok(meta, where);
      const time = descendants(meta).find(
        (element) => element.tagName === 'time' && attr(element, 'data-edtf') !== undefined,
      );
      assert.ok(time, where);
      assert.equal(attr(time, 'data-edtf'), event.date, where);
      assert.equal(attr(time, 'data-precision'), event.precision, where);
      const shown = shownDates[event.id]?.[locale];
      // every other date at least names its first year (and, for a day, that day)
      if (shown) assert.equal(text(time), shown, where);
      else assert.ok(text(time).includes(event.date.slice(0, 4)), `${where}: ${text(time)}`);
      const hijri = page.filter((element) => attr(element, 'data-hijri') !== undefined);
      if (event.precision === 'day') {
        assert.ok(text(time).includes(String(Number(event.date.slice(8, 10)))), `${where}: ${text(time)}`);
        const [only] = hijri;
        assert.ok(only && hijri.length === 1, where);
        assert.match(text(only), locale === 'ar' ? /هـ/u : /AH/u, where);
        assert.ok(text(meta).includes(locale === 'ar' ? 'أم القرى' : 'Umm al-Qura'), where);
      } else {
        assert.equal(hijri.length, 0, where);
        // a month or a year is never shown as its first day
        if (event.precision === 'month' && !event.date.includes('/'))
          assert.doesNotMatch(text(time), /^1 /u, `${where}: ${text(time)}`);
      }
    }
  }
});
