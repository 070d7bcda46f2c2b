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
  precision: 'year' | 'month' | 'day';
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
    expect(vevent?.summary.startsWith(event.title.en)).toBe(true);
    expect(vevent?.startDate.isDate).toBe(true); // all-day
    expect(vevent?.startDate.toString()).toBe(event.start);
    // a day or days run to the day after the last; a month or a year is its first day alone (see chronologyIcs)
    const lastDay = event.precision === 'day' ? event.end : event.start;
    const dayAfterEnd = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
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

test('chronology.ics folds its lines at 75 octets of UTF-8, never inside a character, Arabic included', async ({
  request,
}) => {
  const bytes = await (await request.get('chronology.ics')).body();
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lines: Buffer[] = [];
  for (let start = 0, end = bytes.indexOf('\r\n'); end !== -1; start = end + 2, end = bytes.indexOf('\r\n', start)) {
    lines.push(bytes.subarray(start, end));
  }
  expect(lines.length).toBeGreaterThan(100);
  const tooLong = lines.filter((line) => line.length > 75).map((line) => line.toString('utf8'));
  expect(tooLong).toEqual([]);
  // each physical line is whole UTF-8 on its own: no two-octet Arabic letter is split across a fold
  for (const line of lines) expect(() => strict.decode(line)).not.toThrow();
  const folds = lines.filter((line) => line[0] === 0x20);
  expect(folds.some((line) => /\p{Script=Arabic}/u.test(line.toString('utf8')))).toBe(true);
  // unfolded (RFC 5545 §3.1), the Arabic summary is there whole
  const unfolded = bytes.toString('utf8').replace(/\r\n[ \t]/gu, '');
  expect(unfolded).toContain(
    'انتهت الحرب الأهلية بين الحزب الشيوعي الصيني والحكومة القومية بانتصار الشيوعيين في البر الرئيسي وإعلان قيام جمهورية الصين الشعبية عام 1949.',
  );
});

test('chronology.ics puts a year or a month on its first day, not across the period, and takes no time', async ({
  request,
}) => {
  const calendar = new ICAL.Component(ICAL.parse(await (await request.get('chronology.ics')).text()) as unknown[]);
  const byUid = new Map(
    calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')).split('@')[0], v]),
  );
  const expected = [
    // id, SUMMARY, DTSTART, DTEND as written in the file (none for a month or year)
    ['1927-chinese-civil-war', 'Chinese Civil War (1927 – 1949)', '1927-01-01', null],
    ['2026-11-apec-summit-shenzhen', 'APEC summit in Shenzhen (November 2026)', '2026-11-01', null],
    ['1939-09-01-second-world-war', 'Second World War', '1939-09-01', '1945-09-03'],
    ['2022-09-15-sco-samarkand-summit', null, '2022-09-15', '2022-09-17'],
  ] as const;
  for (const [id, summary, start, end] of expected) {
    const vevent = byUid.get(id);
    expect(vevent, id).toBeDefined();
    if (summary) expect(vevent?.getFirstPropertyValue('summary')).toBe(summary);
    expect(String(vevent?.getFirstPropertyValue('dtstart'))).toBe(start);
    if (end === null) expect(vevent?.hasProperty('dtend')).toBe(false);
    else expect(String(vevent?.getFirstPropertyValue('dtend'))).toBe(end);
  }
  for (const vevent of byUid.values()) expect(vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  const apec = byUid.get('2026-11-apec-summit-shenzhen');
  expect(String(apec?.getFirstPropertyValue('description'))).toContain(
    'Dated to the month only (2026-11): placed on its first day, 1 November 2026.',
  );
});

test('chronology.csv opens with a UTF-8 byte order mark, so that spreadsheets read the Arabic', async ({ request }) => {
  const bytes = await (await request.get('chronology.csv')).body();
  expect([...bytes.subarray(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 0x69, 0x64]); // BOM, then "id"
  expect(bytes.toString('utf8')).toContain('قمة منتدى التعاون الاقتصادي لآسيا والمحيط الهادئ (أبيك) في شنتشن');
});

test('feed.xml is valid Atom: a feed-level author, rights that state the terms, the required elements', async ({
  page,
  request,
}) => {
  await page.goto('');
  const feed = await (await request.get('feed.xml')).text();
  const atom = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const children = (parent: Element, name: string) =>
      [...parent.children].filter((child) => child.namespaceURI === ns && child.localName === name);
    return {
      root: `${root.namespaceURI ?? ''} ${root.localName}`,
      title: children(root, 'title')[0]?.textContent,
      authors: children(root, 'author').map((author) => children(author, 'name').map((name) => name.textContent)),
      rights: children(root, 'rights').map((rights) => rights.textContent),
      ids: children(root, 'id').length,
      updated: children(root, 'updated').length,
      entries: children(root, 'entry').map((entry) =>
        ['id', 'title', 'updated'].map((name) => children(entry, name).length),
      ),
    };
  }, feed);
  expect(atom.root).toBe('http://www.w3.org/2005/Atom feed');
  // RFC 4287 §4.1.1: a feed has exactly one id, title and updated, and an author unless every entry has one
  expect([atom.ids, atom.updated]).toEqual([1, 1]);
  expect(atom.authors).toEqual([['The China–Russia Chronology editorial team']]);
  expect(atom.rights).toHaveLength(1);
  expect(atom.rights[0]).not.toBe(atom.title);
  expect(atom.rights[0]).toContain('all rights reserved by the editors');
  expect(atom.entries).toHaveLength(articleSlugs().length);
  for (const entry of atom.entries) expect(entry).toEqual([1, 1, 1]);
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
