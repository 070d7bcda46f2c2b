import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { articleSlugs } from '../support/edition.ts';

interface ExportedEvent {
  id: string;
  date: string;
  start: string;
  end: string;
  title: { en: string; ar: string };
  url: string;
}

async function chronology(request: APIRequestContext): Promise<ExportedEvent[]> {
  return ((await (await request.get('chronology.json')).json()) as { events: ExportedEvent[] }).events;
}

async function metadata(page: Page) {
  return page.evaluate(() => ({
    citationTitle: document.querySelector('meta[name="citation_title"]')?.getAttribute('content'),
    dcTitle: document.querySelector('meta[name="DC.title"]')?.getAttribute('content'),
    ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent) as { '@type': string },
    ),
  }));
}

test('every article and event page carries citation_*, Dublin Core, Open Graph and JSON-LD metadata', async ({
  page,
  request,
}) => {
  const pages = [
    ...articleSlugs().map((slug) => ({ path: `articles/${slug}/`, type: 'NewsArticle' })),
    ...(await chronology(request)).map((event) => ({ path: `events/${event.id}/`, type: 'Event' })),
  ];
  for (const { path, type } of pages) {
    for (const prefix of ['', 'ar/']) {
      await page.goto(`${prefix}${path}`);
      const meta = await metadata(page);
      expect(meta.citationTitle, path).toBeTruthy();
      expect(meta.dcTitle).toBe(meta.citationTitle);
      expect(meta.ogTitle).toBe(meta.citationTitle);
      // citations always point at the absolute URL of the English page
      expect(meta.ogUrl).toMatch(new RegExp(`^https?://[^/]+/.*${path}$`, 'u'));
      expect(meta.jsonLd.map((item) => item['@type'])).toEqual([type]);
    }
  }
});

test('the cite panel gives Chicago, APA and MLA that name the outlet and the edition, and copies clean text', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('articles/2024-04-09-lavrov-beijing-visit/');
  await page.locator('#cite > summary').click();
  const styles = page.locator('#cite .citation');
  await expect(styles).toHaveCount(3);
  for (const citation of await styles.allTextContents()) {
    expect(citation).toContain('Ad-Diyar (probable source)');
    expect(citation).toContain('An Annotated Bilingual Chronology');
  }
  await page.locator('#cite copy-button button').first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await styles.first().textContent())?.trim());
  await expect(page.locator('#cite copy-button button').first()).toHaveText('Copied');

  await page.goto('ar/articles/2022-10-27-wang-yi-lavrov-call/');
  await page.locator('#cite > summary').click();
  await expect(page.locator('#cite .citation').first()).toContainText('Unidentified Arabic news outlet');
});

test('a unit has its own cite panel pointing at the unit', async ({ page }) => {
  await page.goto('articles/2022-10-27-wang-yi-lavrov-call/');
  await page.locator('#cite-p9 > summary').click();
  await expect(page.locator('#cite-p9 .citation[data-style="apa"]')).toContainText(
    '/articles/2022-10-27-wang-yi-lavrov-call/#p9',
  );
});

test('BibTeX, RIS and CSL-JSON files parse with standard parsers and agree with each other', async ({
  page,
  request,
}) => {
  const targets = [
    ...articleSlugs().map((slug) => `articles/${slug}/${slug}`),
    ...(await chronology(request)).slice(0, 8).map((event) => `events/${event.id}/${event.id}`),
  ];
  for (const target of targets) {
    const [bib, ris, json] = await Promise.all(
      ['bib', 'ris', 'json'].map(async (ext) => (await request.get(`${target}.${ext}`)).text()),
    );
    const [csl] = JSON.parse(json ?? '') as { title: string; URL: string; issued: { 'date-parts': number[][] } }[];
    expect(csl?.URL).toMatch(/^https?:\/\//u);
    for (const parsed of [new Cite(bib).data[0], new Cite(ris).data[0]] as { title: string; URL: string }[]) {
      expect(parsed.title).toBe(csl?.title);
      expect(parsed.URL).toBe(csl?.URL);
    }
  }
  // the page links the files it offers
  await page.goto((targets[0] ?? '').replace(/[^/]+$/u, ''));
  await expect(page.locator('#cite a[data-format="bib"]')).toHaveAttribute(
    'href',
    new RegExp(`${targets[0] ?? ''}\\.bib$`, 'u'),
  );
});

test('the ICS and CSV exports parse and agree with chronology.json, intervals included', async ({ request }) => {
  const events = await chronology(request);
  const parsed = ICAL.parse(await (await request.get('chronology.ics')).text()) as unknown[];
  const calendar = new ICAL.Component(parsed);
  const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(vevents).toHaveLength(events.length);
  for (const [i, event] of events.entries()) {
    const vevent = vevents[i];
    expect(vevent?.summary).toBe(event.title.en);
    expect(vevent?.startDate.isDate).toBe(true); // all-day
    expect(vevent?.startDate.toString()).toBe(event.start);
    const dayAfterEnd = new Date(Date.parse(`${event.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(vevent?.endDate.toString()).toBe(dayAfterEnd);
  }
  const csv = Papa.parse<Record<string, string>>(await (await request.get('chronology.csv')).text(), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.errors).toEqual([]);
  expect(csv.data.map((row) => [row.id, row.date, row.title_ar])).toEqual(
    events.map((e) => [e.id, e.date, e.title.ar]),
  );
});

test('the Atom feed lists every article and the sitemap lists the pages in both languages', async ({
  page,
  request,
}) => {
  await page.goto('');
  const feed = await (await request.get('feed.xml')).text();
  const entries = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('feed.xml is not XML');
    return [...doc.getElementsByTagName('entry')].map((entry) => entry.getElementsByTagName('id')[0]?.textContent);
  }, feed);
  expect(entries).toHaveLength(articleSlugs().length);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain('/ar/chronology/');
  expect(sitemap).toContain('/events/');
  expect(sitemap).not.toContain('404');
});
