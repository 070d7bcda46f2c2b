import { expect, test, type APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleSlugs, root } from '../support/edition.ts';

/** The main events the articles in content/ declare, each counted once. */
const mainEventCount = new Set(
  articleSlugs().flatMap((slug) => {
    const text = fs.readFileSync(path.join(root, 'content/articles', `${slug}.mdx`), 'utf8');
    const front = parseYaml(/^---\n([\s\S]*?)\n---/u.exec(text)?.[1] ?? '') as {
      events: { id: string; main?: boolean }[];
    };
    return front.events.filter((event) => event.main).map((event) => event.id);
  }),
).size;

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

// Each event page's date, at its precision and with the Hijri date for days: tests/build/event-pages.test.ts, from
// the built files (the build writes them; no script touches them).

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
    // each article has its main event (two may share one): as many as the articles' main events in content/
    expect(main).toHaveLength(mainEventCount);
    await expect(page.locator('.chronology-entry[data-main]')).toHaveCount(mainEventCount);
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
