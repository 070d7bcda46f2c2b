import { expect, test, type APIRequestContext } from '@playwright/test';
import { formatEventDate, parseEventDate } from '../../src/lib/event-dates.ts';

interface ExportedEvent {
  id: string;
  date: string;
  precision: 'year' | 'month' | 'day';
  participants: string[];
  topics: string[];
  main: boolean;
  url: string;
  sources: { article: string; main: boolean; units: number[] }[];
}

async function chronology(request: APIRequestContext): Promise<ExportedEvent[]> {
  const response = await request.get('chronology.json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { events: ExportedEvent[] }).events;
}

test('every event page shows its date at its own precision in both languages, with the Hijri date for days', async ({
  page,
  request,
}) => {
  const events = await chronology(request);
  expect(events.length).toBeGreaterThan(30);
  for (const event of events) {
    for (const locale of ['en', 'ar'] as const) {
      await page.goto(`${locale === 'ar' ? 'ar/' : ''}events/${event.id}/`);
      const time = page.locator('.event-meta time[data-edtf]');
      await expect(time).toHaveAttribute('data-edtf', event.date);
      await expect(time).toHaveText(formatEventDate(parseEventDate(event.date), locale));
      await expect(time).toHaveAttribute('data-precision', event.precision);
      if (event.precision === 'day') {
        await expect(page.locator('[data-hijri]')).toHaveText(locale === 'ar' ? /هـ/u : /AH/u);
        await expect(page.locator('.event-meta')).toContainText(locale === 'ar' ? 'أم القرى' : 'Umm al-Qura');
      } else {
        await expect(page.locator('[data-hijri]')).toHaveCount(0);
        // a month or a year is never shown as its first day
        if (event.precision === 'month' && !event.date.includes('/')) await expect(time).not.toHaveText(/^1 /u);
      }
    }
  }
});

test('event pages cite units that exist, and every such unit links back to the event', async ({ page, request }) => {
  const events = await chronology(request);
  const backlinks = new Map<string, string[]>();
  const articles = [...new Set(events.flatMap((event) => event.sources.map((source) => source.article)))];
  for (const slug of articles) {
    await page.goto(`articles/${slug}/`);
    const units = await page.locator('[data-unit]').evaluateAll((elements) =>
      elements.map((unit) => ({
        n: unit.getAttribute('data-unit'),
        events: [...unit.querySelectorAll('.unit-events a[data-event]')].map((a) => a.getAttribute('data-event')),
      })),
    );
    for (const unit of units)
      backlinks.set(
        `${slug}#p${unit.n ?? ''}`,
        unit.events.filter((id) => id !== null),
      );
  }
  for (const event of events) {
    await page.goto(`events/${event.id}/`);
    const cited = await page
      .locator('.event-source')
      .evaluateAll((sources) =>
        sources.flatMap((source) =>
          [...source.querySelectorAll('[data-unit-link]')].map(
            (a) => `${source.getAttribute('data-source') ?? ''}#p${a.getAttribute('data-unit-link') ?? ''}`,
          ),
        ),
      );
    const expected = event.sources.flatMap((source) => source.units.map((n) => `${source.article}#p${n}`));
    expect(cited).toEqual(expected);
    for (const unit of cited) {
      expect(backlinks.has(unit), `${event.id} cites ${unit}, which must exist`).toBe(true);
      expect(backlinks.get(unit), `${unit} links back to ${event.id}`).toContain(event.id);
    }
  }
});

test('the chronology lists every event by year, with the articles’ main events set apart', async ({
  page,
  request,
}) => {
  const events = await chronology(request);
  for (const prefix of ['', 'ar/']) {
    await page.goto(`${prefix}chronology/`);
    const listed = await page
      .locator('.chronology-entry')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-event')));
    expect(listed).toEqual(events.map((event) => event.id));
    const main = await page
      .locator('.main-events [data-event]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-event')));
    expect(main).toEqual(events.filter((event) => event.main).map((event) => event.id));
    expect(main).toHaveLength(5);
    await expect(page.locator('.chronology-entry[data-main]')).toHaveCount(5);
    const years = await page.locator('.chronology-year > h2').allTextContents();
    expect(years).toEqual([...new Set(events.map((event) => event.date.slice(0, 4)))]);
  }
});

test('the timeline draws one linked mark for each event', async ({ page, request }) => {
  const events = await chronology(request);
  await page.goto('chronology/');
  const marks = page.locator('.timeline svg a[data-event]');
  await expect(marks).toHaveCount(events.length);
  for (const mark of (await marks.all()).slice(0, 3)) {
    await expect(mark).toHaveAttribute('aria-label', /\d{4}/u);
    await expect(mark).toHaveAttribute('href', /\/events\/[^/]+\/$/u);
  }
  await marks.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/events/${events[0]?.id ?? ''}/$`, 'u'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chronology filters by person and by topic', async ({ page, request }) => {
    const events = await chronology(request);
    await page.goto('chronology/');
    await page.locator('.chronology-filters a[href$="/chronology/person/xi-jinping/"]').click();
    await expect(page).toHaveURL(/\/chronology\/person\/xi-jinping\/$/u);
    const xi = await page
      .locator('.chronology-entry')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-event')));
    expect(xi).toEqual(events.filter((event) => event.participants.includes('xi-jinping')).map((event) => event.id));
    expect(xi.length).toBeGreaterThan(3);

    await page.goto('ar/chronology/');
    await page.locator('.chronology-filters a[href$="/chronology/topic/ukraine-war/"]').click();
    await expect(page).toHaveURL(/\/ar\/chronology\/topic\/ukraine-war\/$/u);
    const war = await page
      .locator('.chronology-entry')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-event')));
    expect(war).toEqual(events.filter((event) => event.topics.includes('ukraine-war')).map((event) => event.id));
  });
});
