import { Feed } from 'feed';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import Papa from 'papaparse';
import { formatDate } from '../lib/dates.ts';
import { formatEventDate } from '../lib/event-dates.ts';
import { editionSpan, spanPlaceholders } from '../lib/edition-span.ts';
import { refoldCalendar } from '../lib/icalendar.ts';
import { t } from '../lib/i18n.ts';
import { absoluteUrl, articlePath, eventPath, localePath } from '../lib/paths.ts';
import type { Edition, EditionEvent } from './edition.ts';

const base = import.meta.env.BASE_URL;
const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
const url = (path: string) => absoluteUrl(site, path);

/** One event as the JSON export describes it (the schema is documented in the README). */
function eventRecord(event: EditionEvent) {
  const { id, data } = event.entry;
  return {
    id,
    date: data.date,
    precision: event.date.precision,
    start: event.date.firstDay,
    end: event.date.lastDay,
    status: data.status,
    dateBasis: data.dateBasis,
    title: data.title,
    summary: data.summary,
    participants: data.participants,
    places: data.places,
    topics: data.topics,
    main: event.main,
    url: url(eventPath(base, 'en', id)),
    sources: event.sources.map(({ article, units, main }) => ({
      article: article.entry.id,
      main,
      units: units.map((unit) => unit.n),
      urls: units.map((unit) => `${url(articlePath(base, 'en', article.entry.id))}#p${unit.n}`),
    })),
  };
}

/** /chronology.json: every event with its EDTF date, titles and sources. */
export function chronologyJson(edition: Edition): string {
  const body = {
    edition: t('en', 'site.title'),
    url: url(localePath(base, 'en', 'chronology/')),
    events: edition.events.map(eventRecord),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** /chronology.csv: one row an event; lists are joined with "; ". The byte order mark tells spreadsheets it is UTF-8. */
export function chronologyCsv(edition: Edition): string {
  const rows = edition.events.map(eventRecord).map((e) => ({
    id: e.id,
    date: e.date,
    precision: e.precision,
    start: e.start,
    end: e.end,
    status: e.status,
    title_en: e.title.en,
    title_ar: e.title.ar,
    summary_en: e.summary.en,
    summary_ar: e.summary.ar,
    participants: e.participants.join('; '),
    places: e.places.join('; '),
    topics: e.topics.join('; '),
    sources: e.sources.flatMap((s) => s.units.map((n) => `${s.article}#p${n}`)).join('; '),
    url: e.url,
  }));
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}

const dateArray = (isoDay: string): DateArray => isoDay.split('-').map(Number) as DateArray;
const dayAfter = (isoDay: string) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * /chronology.ics: one all-day VEVENT an event, marked TRANSP:TRANSPARENT (RFC 5545 §3.8.2.7): past events take
 * none of the reader's time. Every event covers its whole span, as in the JSON and CSV exports: DTEND is the day
 * after its last day, since a DATE DTEND is not inclusive (§3.6.1). An event known only to the month or year spans
 * that whole month or year (or the months and years of its interval); iCalendar has no way to mark a date as
 * imprecise, so its summary names the precision ("APEC summit in Shenzhen (November 2026; date known to the
 * month)") and its description says what the span stands for. Lines are folded at 75 octets (§3.1). DTSTAMP is the
 * edition's version date.
 */
export function chronologyIcs(edition: Edition): string {
  const events: EventAttributes[] = edition.events.map((event) => {
    const record = eventRecord(event);
    const precise = event.date.precision === 'day';
    const period = formatEventDate(event.date, 'en');
    const precision = precise
      ? ''
      : `\nDated to the ${event.date.precision} only (${event.date.edtf}): shown across the whole period, ${formatDate(record.start, 'en')} to ${formatDate(record.end, 'en')}.`;
    return {
      uid: `${record.id}@${site?.host ?? 'localhost'}`,
      start: dateArray(record.start),
      end: dateArray(dayAfter(record.end)),
      title: precise ? record.title.en : `${record.title.en} (${period}; date known to the ${event.date.precision})`,
      description: `${record.summary.en}${precision}\n\n${record.title.ar}\n${record.summary.ar}\n\n${record.url}`,
      url: record.url,
      status: record.status === 'occurred' ? 'CONFIRMED' : 'TENTATIVE',
      transp: 'TRANSPARENT',
      categories: record.topics,
      // DTSTAMP, with no METHOD, is when the information was last revised (RFC 5545 §3.8.7.2): the edition's version
      // date, not the build's clock, so that two builds of the same content are the same file
      timestamp: Date.parse(`${edition.colophon.versionDate}T00:00:00Z`),
      productId: 'china-russia-chronology',
      calName: t('en', 'site.title'),
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw new Error(`chronology.ics: ${String(error)}`);
  // the library folds at 75 characters, which is up to 150 octets of Arabic
  return refoldCalendar(value);
}

/** /feed.xml: an Atom feed of the articles, newest first. */
export function atomFeed(edition: Edition): string {
  const articles = [...edition.articles].reverse();
  const latest = articles[0]?.entry.data.date ?? '2022-01-01';
  const feed = new Feed({
    title: t('en', 'site.title'),
    description: t(
      'en',
      'site.description',
      spanPlaceholders(editionSpan(articles.map((a) => a.entry.data.date)), 'en'),
    ),
    id: url(localePath(base, 'en')),
    link: url(localePath(base, 'en')),
    language: 'en',
    updated: new Date(`${latest}T00:00:00Z`),
    copyright: edition.colophon.licence.en,
    author: { name: edition.colophon.editor.en },
    feedLinks: { atom: url(localePath(base, 'en', 'feed.xml')) },
  });
  for (const { entry } of articles) {
    const link = url(articlePath(base, 'en', entry.id));
    feed.addItem({
      title: `${entry.data.title.en} (${entry.data.title.ar})`,
      id: link,
      link,
      date: new Date(`${entry.data.date}T00:00:00Z`),
      description: entry.data.summary.en,
    });
  }
  return feed.atom1();
}
