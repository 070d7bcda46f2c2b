import edtf from 'edtf';
import type { Locale } from './i18n.ts';
import { formatDate } from './dates.ts';

export type Precision = 'year' | 'month' | 'day';

/** An event date as the edition writes it: one EDTF date or an interval of two, at year, month or day precision. */
export interface EventDate {
  /** The EDTF string itself, e.g. "2023-03" or "2022-09-15/2022-09-16". */
  edtf: string;
  start: string;
  end: string;
  precision: Precision;
  interval: boolean;
  /** The first and last days covered, as "YYYY-MM-DD". */
  firstDay: string;
  lastDay: string;
}

const part = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;
const precisionOf = (date: string): Precision => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');
const isoDayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Pages parse the same few dates thousands of times; the result of each is kept (a bad date throws every time).
const parsedDates = new Map<string, EventDate>();

/**
 * Parses the edition's subset of EDTF (level 0): "YYYY", "YYYY-MM", "YYYY-MM-DD" or "A/B" of those.
 * Throws a message saying what is wrong: bad syntax, an impossible day, an interval that ends before it starts.
 */
export function parseEventDate(text: string): EventDate {
  const known = parsedDates.get(text);
  if (known) return known;
  const parts = text.split('/');
  if (parts.length > 2 || !parts.every((p) => part.test(p))) {
    throw new Error(`"${text}" is not an EDTF date: write "YYYY", "YYYY-MM", "YYYY-MM-DD" or "start/end"`);
  }
  const [start = '', end = start] = parts;
  if (end < start.slice(0, end.length)) throw new Error(`"${text}" ends before it starts`);
  let parsed: { min: number; max: number };
  try {
    parsed = edtf(text);
  } catch {
    throw new Error(`"${text}" is not a valid EDTF date`);
  }
  for (const p of parts) {
    // edtf rolls "2023-02-29" over to 1 March; the edition wants the mistake reported
    if (precisionOf(p) === 'day' && isoDayOf((edtf(p) as { min: number }).min) !== p) {
      throw new Error(`"${p}" is not a real calendar day`);
    }
  }
  const precisions = parts.map(precisionOf);
  const order: Precision[] = ['year', 'month', 'day'];
  const precision = precisions.reduce((a, b) => (order.indexOf(a) < order.indexOf(b) ? a : b));
  const date: EventDate = Object.freeze({
    edtf: text,
    start,
    end,
    precision,
    interval: parts.length === 2,
    firstDay: isoDayOf(parsed.min),
    lastDay: isoDayOf(parsed.max),
  });
  parsedDates.set(text, date);
  return date;
}

/** An event date in words at its own precision; an interval shares what its two ends share ("15–16 September 2022"). */
export function formatEventDate(date: EventDate, locale: Locale): string {
  if (!date.interval) return formatDate(date.start, locale);
  const { start, end } = date;
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.length >= 7 && end.length >= 7 && start.slice(0, 7) === end.slice(0, 7);
  if (start.length === 10 && end.length === 10 && sameMonth) {
    return `${String(Number(start.slice(8)))}–${formatDate(end, locale)}`;
  }
  if (start.length === end.length && sameYear && start.length > 4) {
    const startWords = formatDate(start, locale).replace(/\s\d{4}$/u, '');
    return `${startWords} – ${formatDate(end, locale)}`;
  }
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/** A day in the Hijri calendar (Umm al-Qura), for day-precise events. */
export function formatHijri(isoDay: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-ca-islamic-umalqura-nu-latn' : 'en-GB-u-ca-islamic-umalqura', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDay}T00:00:00Z`));
}

/** Orders events by the first day they cover, then by the last. */
export function compareEventDates(a: EventDate, b: EventDate): number {
  return a.firstDay.localeCompare(b.firstDay) || a.lastDay.localeCompare(b.lastDay) || a.edtf.localeCompare(b.edtf);
}
