// The dates an Arabic news text writes out: a month by name (with its day and year where given, in the Egyptian or
// the Levantine calendar, or both: "27 أكتوبر/تشرين الأول 2022"), or a year after عام / في. A weekday alone
// ("يوم الأربعاء") or a relative date ("الشهر الماضي") is not explicit.
import { arabicMonthNames } from './dates.ts';

/** Names that are also common words (مارس "he practised", آب): a month only with a day, a year or its pair. */
const ambiguous = new Set(['مارس', 'آب']);

const monthOf = new Map(
  arabicMonthNames.flatMap(({ egyptian, levantine }, i) =>
    [...egyptian, ...levantine].map((name) => [name, i + 1] as const),
  ),
);
const alternation = [...monthOf.keys()].sort((a, b) => b.length - a.length).join('|');
const digit = '[0-9\u0660-\u0669]';
const notLetterBefore = '(?<![\\p{L}\\p{M}0-9\u0660-\u0669])';
const notLetterAfter = '(?![\\p{L}\\p{M}])';
const monthDate = new RegExp(
  `${notLetterBefore}(?:(${digit}{1,2})\\s+)?[وفبل]?(${alternation})(?:\\s*/\\s*(${alternation}))?${notLetterAfter}` +
    `(?:\\s+(?:من\\s+)?(?:عام\\s+|العام\\s+)?((?:19|20|\u0661\u0669|\u0662\u0660)${digit}{2})(?!${digit}))?`,
  'gu',
);
const yearDate = new RegExp(
  `${notLetterBefore}(?:[وفبل]?(?:عام|العام|عامي|سنة|السنة|في))\\s+((?:19|20|\u0661\u0669|\u0662\u0660)${digit}{2})(?!${digit})` +
    `(?:\\s+و((?:19|20)${digit}{2})(?!${digit}))?`,
  'gu',
);

/** One date written out in a text: its words, where they are, and the date at the precision written, if it has a year. */
export interface ExplicitDate {
  text: string;
  start: number;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; undefined for a month or a day and month without a year. */
  iso?: string;
}

const westernDigits = (text: string) => text.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660));
const pad = (n: number) => String(n).padStart(2, '0');
const isRealDay = (year: number, month: number, day: number) =>
  day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Every explicit date in a text, in order of appearance. */
export function explicitDates(text: string): ExplicitDate[] {
  const found: ExplicitDate[] = [];
  for (const match of text.matchAll(monthDate)) {
    const [whole, day, first = '', second, year] = match;
    const month = monthOf.get(first) ?? 0;
    if (ambiguous.has(first) && !day && !second && !year) continue;
    const y = year ? Number(westernDigits(year)) : undefined;
    const d = day ? Number(westernDigits(day)) : undefined;
    let iso: string | undefined;
    if (y !== undefined)
      iso = d !== undefined && isRealDay(y, month, d) ? `${y}-${pad(month)}-${pad(d)}` : `${y}-${pad(month)}`;
    found.push({ text: whole.trim(), start: match.index, ...(iso ? { iso } : {}) });
  }
  for (const match of text.matchAll(yearDate)) {
    if (found.some((date) => match.index >= date.start && match.index < date.start + date.text.length)) continue;
    const [whole, year = '', second] = match;
    found.push({ text: whole.trim(), start: match.index, iso: westernDigits(second ?? year) });
  }
  return found.sort((a, b) => a.start - b.start);
}

const isDay = (iso: string) => iso.length === 10;

/**
 * The most likely date of a news text from the dates it writes out: the latest written to the day (a report dates
 * itself so), else the latest month or year it names; undefined when it writes none with a year.
 */
export function likeliestDate(units: string[]): { iso: string; unit: number; text: string } | undefined {
  let best: { iso: string; unit: number; text: string } | undefined;
  units.forEach((line, i) => {
    for (const date of explicitDates(line)) {
      if (!date.iso) continue;
      // ISO strings compare as dates do; at equal start the more precise ("2023-03" > "2023") wins
      const better =
        !best || (isDay(date.iso) ? !isDay(best.iso) || date.iso > best.iso : !isDay(best.iso) && date.iso > best.iso);
      if (better) best = { iso: date.iso, unit: i + 1, text: date.text };
    }
  });
  return best;
}
