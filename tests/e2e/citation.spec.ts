import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../support/csv.ts';
import { articleSlugs, root } from '../support/edition.ts';

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
  return page.evaluate(() => {
    const meta = (name: string) =>
      document.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.getAttribute('content');
    return {
      citationTitle: meta('citation_title'),
      citationLanguage: meta('citation_language'),
      citationAbstractUrl: meta('citation_abstract_html_url'),
      responsible: meta('citation_author') ?? meta('citation_editor'),
      citationDate: meta('citation_date'),
      dcTitle: meta('DC.title'),
      ogTitle: meta('og:title'),
      ogUrl: meta('og:url'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      alternates: Object.fromEntries<string | null>(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
          link.getAttribute('hreflang') ?? '',
          link.getAttribute('href'),
        ]),
      ),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => JSON.parse(script.textContent) as { '@type': string; url: string; location?: { name?: string }[] },
      ),
    };
  });
}

/** The origin the build put in its absolute URLs (SITE), read from the page's canonical link. */
async function siteOf(page: Page): Promise<string> {
  return new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
}

/** The edition's version date (content/colophon.yaml) as APA and Chicago write it: "2026, November 29". */
function versionDate(): { apa: string; chicago: string; year: string } {
  const text = fs.readFileSync(path.join(root, 'content/colophon.yaml'), 'utf8');
  const [, year = '', month = '', day = ''] = /^versionDate: '(\d{4})-(\d{2})-(\d{2})'$/mu.exec(text) ?? [];
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const name = months[Number(month) - 1] ?? '';
  return { apa: `${year}, ${name} ${Number(day)}`, chicago: `${name} ${Number(day)}, ${year}`, year };
}

test('every article and event page carries citation_*, Dublin Core, Open Graph and JSON-LD metadata in its own language', async ({
  page,
  request,
}) => {
  const pages = [
    ...articleSlugs().map((slug) => ({ path: `articles/${slug}/`, type: 'NewsArticle' })),
    ...(await chronology(request)).map((event) => ({ path: `events/${event.id}/`, type: 'Event' })),
  ];
  for (const { path: pagePath, type } of pages) {
    for (const prefix of ['', 'ar/']) {
      await page.goto(`${prefix}${pagePath}`);
      const meta = await metadata(page);
      expect(meta.citationTitle, pagePath).toBeTruthy();
      expect(meta.dcTitle).toBe(meta.citationTitle);
      expect(meta.ogTitle).toBe(meta.citationTitle);
      expect(meta.responsible).toBe('The China–Russia Chronology editorial team');
      // the page's own address, in its own language, and its language
      const own = new RegExp(`^https?://[^/]+/${prefix}${pagePath}$`, 'u');
      expect(meta.ogUrl, `${prefix}${pagePath}`).toMatch(own);
      expect(meta.citationAbstractUrl).toMatch(own);
      expect(meta.canonical).toMatch(own);
      expect(meta.citationLanguage).toBe(prefix ? 'ar' : 'en');
      expect(meta.jsonLd.map((item) => item['@type'])).toEqual([type]);
      expect(meta.jsonLd[0]?.url).toMatch(own);
      // both languages and x-default (the English page) as alternates
      expect(meta.alternates.en).toMatch(new RegExp(`^https?://[^/]+/${pagePath}$`, 'u'));
      expect(meta.alternates.ar).toMatch(new RegExp(`^https?://[^/]+/ar/${pagePath}$`, 'u'));
      expect(meta.alternates['x-default']).toBe(meta.alternates.en);
      // an event has a real, named location or none at all
      for (const place of meta.jsonLd[0]?.location ?? []) expect(place.name, pagePath).toBeTruthy();
      if (type === 'Event') expect(meta.jsonLd[0]?.location?.length ?? 1, pagePath).toBeGreaterThan(0);
    }
  }
});

test('an event is cited as a page of the edition dated by its version, with the event date in its title', async ({
  page,
}) => {
  const version = versionDate();
  for (const prefix of ['', 'ar/']) {
    await page.goto(`${prefix}events/1927-chinese-civil-war/`);
    const meta = await metadata(page);
    expect(meta.citationDate).toMatch(new RegExp(`^${version.year}/`, 'u'));
    expect(meta.jsonLd[0]?.location).toBeUndefined(); // the civil war has no place in the registry
    await page.locator('#cite > summary').click();
    const url = `${await siteOf(page)}/events/1927-chinese-civil-war/`;
    await expect(page.locator('#cite .citation[data-style="apa"]')).toHaveText(
      `The China–Russia Chronology editorial team. (${version.apa}). Chinese Civil War (1927 – 1949). ` +
        `China and Russia, 2022–2026: An Annotated Bilingual Chronology. ${url}`,
    );
    await expect(page.locator('#cite .citation[data-style="chicago"]')).toHaveText(
      `The China–Russia Chronology editorial team. “Chinese Civil War (1927 – 1949).” ` +
        `China and Russia, 2022–2026: An Annotated Bilingual Chronology, ${version.chicago}. ${url}.`,
    );
  }
});

test('the cite panel gives Chicago 17 and APA 7 that name the outlet and the edition (APA: its editor), and copies clean text', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('articles/2024-04-09-lavrov-beijing-visit/');
  await page.locator('#cite > summary').click();
  await expect(page.locator('#cite dt')).toHaveText(['Chicago (17th ed.)', 'APA (7th ed.)']);
  const styles = page.locator('#cite .citation');
  await expect(styles).toHaveCount(2);
  for (const citation of await styles.allTextContents()) {
    expect(citation).toContain('Ad-Diyar (probable source)');
    expect(citation).toContain('China and Russia, 2022–2026: An Annotated Bilingual Chronology');
    expect(citation).not.toContain('Web.');
  }
  // Chicago lists an unsigned newspaper article under the outlet (the 2017 style file leaves out the editor)
  await expect(styles.nth(0)).toContainText('Ad-Diyar (probable source). “');
  await expect(styles.nth(0)).toContainText(
    /\. April 9, 2024\. http[^ ]+\/articles\/2024-04-09-lavrov-beijing-visit\/\.$/u,
  );
  await expect(styles.nth(1)).toContainText('The China–Russia Chronology editorial team (Ed.)');
  await page.locator('#cite copy-button button').first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await styles.first().textContent())?.trim());
  await expect(page.locator('#cite copy-button button').first()).toHaveText('Copied');

  await page.goto('ar/articles/2022-10-27-wang-yi-lavrov-call/');
  await page.locator('#cite > summary').click();
  await expect(page.locator('#cite dt')).toHaveText(['شيكاغو (الطبعة 17)', 'APA (الطبعة 7)']);
  await expect(page.locator('#cite .citation').first()).toContainText('Unidentified Arabic news outlet');
  // the Arabic title is isolated inside the English citation
  await expect(page.locator('#cite .citation').first().locator('bdi[lang="ar"][dir="rtl"]')).toHaveCount(1);
});

for (const [prefix, label] of [
  ['', 'Note, para. 9:'],
  ['ar/', 'في الحاشية، الفقرة 9:'],
] as const) {
  test(`a paragraph's panel names the paragraph in every style and offers its own files (${prefix || 'en/'})`, async ({
    page,
    context,
    request,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const slug = '2022-10-27-wang-yi-lavrov-call';
    await page.goto(`${prefix}articles/${slug}/`);
    await page.locator('#cite-p9 > summary').click();
    const panel = page.locator('#cite-p9');
    const unitUrl = `${await siteOf(page)}/articles/${slug}/#p9`;
    for (const style of ['chicago', 'apa']) {
      await expect(panel.locator(`.citation[data-style="${style}"][data-part="reference"]`)).toContainText(unitUrl);
    }
    await expect(panel.locator('.citation-locator-label').first()).toHaveText(label);
    // Chicago's short note: the title and the paragraph; the URL is in the reference
    await expect(panel.locator('.citation[data-style="chicago"][data-part="locator"]')).toContainText(
      /,” para\. 9\.$/u,
    );
    await expect(panel.locator('.citation[data-style="apa"][data-part="locator"]')).toHaveText(
      '(The China–Russia Chronology editorial team, 2022, para. 9)',
    );
    // Copy gives the reference and, on the next line, the in-text citation
    await panel.locator('copy-button button').nth(1).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toEqual([
      expect.stringContaining(unitUrl) as unknown as string,
      '(The China–Russia Chronology editorial team, 2022, para. 9)',
    ]);
    // the files offered are the paragraph's, with its URL and locator
    for (const format of ['bib', 'ris', 'json']) {
      const href = await panel.locator(`a[data-format="${format}"]`).getAttribute('href');
      expect(href).toMatch(new RegExp(`/articles/${slug}/${slug}-p9\\.${format}$`, 'u'));
      const body = await (await request.get(new URL(href ?? '', page.url()).href)).text();
      expect(body).toContain(unitUrl);
      expect(body).toContain('para. 9');
    }
  });
}

test("the page carries a paragraph's citation once, as a template, not once per paragraph", async ({ page }) => {
  await page.goto('articles/2024-05-16-putin-xi-beijing-summit/');
  const panels = page.locator('details.cite[id^="cite-p"]');
  expect(await panels.count()).toBeGreaterThan(20);
  // closed panels hold no formatted citation; the one template holds them, with placeholders
  await expect(page.locator('details.cite[id^="cite-p"] .citation')).toHaveCount(0);
  await expect(page.locator('template#paragraph-citation')).toHaveCount(1);
  await page.locator('#cite-p13 > summary').click();
  await expect(page.locator('#cite-p13 .citation[data-style="apa"][data-part="locator"]')).toHaveText(
    /, para\. 13\)$/u,
  );
  await expect(page.locator('#cite-p13')).not.toContainText('MARKER');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test("a paragraph's cite panel still offers that paragraph's own files", async ({ page, request }) => {
    const slug = '2022-10-27-wang-yi-lavrov-call';
    await page.goto(`articles/${slug}/`);
    await page.locator('#cite-p9 > summary').click();
    for (const format of ['bib', 'ris', 'json']) {
      const link = page.locator(`#cite-p9 a[data-format="${format}"]`);
      await expect(link).toBeVisible();
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(new RegExp(`/articles/${slug}/${slug}-p9\\.${format}$`, 'u'));
      const body = await (await request.get(new URL(href, page.url()).href)).text();
      expect(body).toContain(`/articles/${slug}/#p9`);
      expect(body).toContain('para. 9');
    }
  });
});

test('the About page carries the colophon in both languages', async ({ page }) => {
  for (const [prefix, editor, heading] of [
    ['', 'The China–Russia Chronology editorial team', 'Colophon'],
    ['ar/', 'فريق تحرير «التسلسل الزمني للعلاقات الصينية الروسية»', 'بيانات الطبعة'],
  ] as const) {
    await page.goto(`${prefix}about/`);
    await expect(page.locator('#colophon-heading')).toHaveText(heading);
    await expect(page.locator('[data-colophon="editor"]')).toHaveText(editor);
    for (const field of ['licence', 'versionDate', 'contact'])
      await expect(page.locator(`[data-colophon="${field}"]`)).not.toBeEmpty();
  }
});

/** The fields of a one-entry BibTeX file, read with the grammar's own rules (type, key, `name = {value}` or macro). */
function parseBibtex(text: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),$/mu.exec(text);
  const fields: Record<string, string> = {};
  for (const [, name = '', braced, macro] of text.matchAll(/^\t(\w+) = (?:\{(.*)\}|(\w+)),$/gmu))
    fields[name] = braced === undefined ? (macro ?? '') : braced.replace(/[{}]/gu, '');
  return { type: head?.[1] ?? '', key: head?.[2] ?? '', fields };
}

/** The tags of a one-record RIS file: each line `XX  - value`, the record closed by `ER  - `. */
function parseRis(text: string): Record<string, string[]> {
  const tags: Record<string, string[]> = {};
  for (const [, tag = '', value = ''] of text.matchAll(/^([A-Z][A-Z0-9]) {2}- ?(.*)$/gmu))
    (tags[tag] ??= []).push(value);
  return tags;
}

test('BibTeX, RIS and CSL-JSON files are well formed and agree with each other', async ({ page, request }) => {
  const targets = [
    ...articleSlugs().map((slug) => `articles/${slug}/${slug}`),
    ...articleSlugs().map((slug) => `articles/${slug}/${slug}-p1`),
    ...(await chronology(request)).slice(0, 8).map((event) => `events/${event.id}/${event.id}`),
  ];
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  for (const target of targets) {
    const [bib = '', ris = '', json = ''] = await Promise.all(
      ['bib', 'ris', 'json'].map(async (ext) => (await request.get(`${target}.${ext}`)).text()),
    );
    const [csl] = JSON.parse(json) as { title: string; URL: string; issued: { 'date-parts': number[][] } }[];
    const [year, month, day] = csl?.issued['date-parts'][0] ?? [];
    expect(csl?.URL).toMatch(/^https?:\/\//u);
    const bibtex = parseBibtex(bib);
    expect(bibtex.fields.url, target).toBe(csl?.URL);
    expect(bibtex.fields.year).toBe(String(year));
    expect(bibtex.fields.month).toBe(months[(month ?? 0) - 1]); // the standard macro, bare
    expect(bibtex.fields.title?.replace(/\s+/gu, ' ')).toBe(csl?.title);
    const tags = parseRis(ris);
    expect(tags.TY?.length, target).toBe(1);
    expect(tags.ER?.length).toBe(1);
    expect(tags.UR).toEqual([csl?.URL]);
    expect(tags.TI).toEqual([csl?.title]);
    expect(tags.PY).toEqual([String(year)]);
    const pad = (n: number | undefined) => String(n).padStart(2, '0');
    expect(tags.DA).toEqual([`${year}/${pad(month)}/${day === undefined ? '' : pad(day)}/`]);
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
    // every event, a month or a year included, runs to the day after its last day (DTEND is not inclusive)
    const dayAfterEnd = new Date(Date.parse(`${event.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(vevent?.endDate.toString()).toBe(dayAfterEnd);
    // an imprecise date says so in the summary, which a calendar shows on its own
    if (event.precision !== 'day') expect(vevent?.summary).toContain(`; date known to the ${event.precision})`);
    else expect(vevent?.summary).toBe(event.title.en);
  }
  // read with a reader of our own (tests/support/csv.ts), not papaparse, which wrote it
  const csv = parseCsv(await (await request.get('chronology.csv')).text());
  expect(csv.map((row) => [row.id, row.date, row.precision, row.start, row.end, row.title_en, row.title_ar])).toEqual(
    events.map((e) => [e.id, e.date, e.precision, e.start, e.end, e.title.en, e.title.ar]),
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

test('chronology.ics spans a year or a month across the whole period, names the precision, and takes no time', async ({
  request,
}) => {
  const calendar = new ICAL.Component(ICAL.parse(await (await request.get('chronology.ics')).text()) as unknown[]);
  const byUid = new Map(
    calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')).split('@')[0], v]),
  );
  const expected = [
    // id, SUMMARY, DTSTART, DTEND as written in the file (the day after the last day, by the calendar)
    ['1927-chinese-civil-war', 'Chinese Civil War (1927 – 1949; date known to the year)', '1927-01-01', '1950-01-01'],
    [
      '2026-11-apec-summit-shenzhen',
      'APEC summit in Shenzhen (November 2026; date known to the month)',
      '2026-11-01',
      '2026-12-01',
    ],
    ['2022-02-28-russia-ukraine-talks', null, '2022-02-28', '2022-06-01'],
    ['1939-09-01-second-world-war', 'Second World War', '1939-09-01', '1945-09-03'],
    ['2022-09-15-sco-samarkand-summit', null, '2022-09-15', '2022-09-17'],
  ] as const;
  for (const [id, summary, start, end] of expected) {
    const vevent = byUid.get(id);
    expect(vevent, id).toBeDefined();
    if (summary) expect(vevent?.getFirstPropertyValue('summary')).toBe(summary);
    expect(String(vevent?.getFirstPropertyValue('dtstart'))).toBe(start);
    expect(String(vevent?.getFirstPropertyValue('dtend'))).toBe(end);
  }
  for (const vevent of byUid.values()) expect(vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  const apec = byUid.get('2026-11-apec-summit-shenzhen');
  expect(String(apec?.getFirstPropertyValue('description'))).toContain(
    'Dated to the month only (2026-11): shown across the whole period, 1 November 2026 to 30 November 2026.',
  );
  // ical.js reads the span as the whole month: thirty days
  const apecEvent = new ICAL.Event(apec);
  expect(apecEvent.duration.toSeconds()).toBe(30 * 86_400);
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
