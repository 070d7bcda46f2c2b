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
    const form = (style: string, name: string) =>
      page.locator(`#cite .citation[data-style="${style}"][data-form="${name}"]`);
    const team = 'The China–Russia Chronology editorial team';
    const edition = 'China and Russia, 2022–2026: An Annotated Bilingual Chronology';
    // APA 10.16: Author. (Date). Title (in italics). Site Name. URL
    await expect(form('apa', 'reference')).toHaveText(
      `${team}. (${version.apa}). Chinese Civil War (1927 – 1949). ${edition}. ${url}`,
    );
    await expect(form('apa', 'reference').locator('i')).toHaveText('Chinese Civil War (1927 – 1949)');
    await expect(form('apa', 'inText')).toHaveText(`(${team}, ${version.year})`);
    // CMOS 14.206: Author. “Title.” Site, date. URL.
    await expect(form('chicago', 'bibliography')).toHaveText(
      `${team}. “Chinese Civil War (1927 – 1949).” ${edition}, ${version.chicago}. ${url}.`,
    );
    await expect(form('chicago', 'fullNote')).toHaveText(
      `${team}, “Chinese Civil War (1927 – 1949),” ${edition}, ${version.chicago}, ${url}.`,
    );
    await expect(form('chicago', 'shortNote')).toHaveText(`${team}, “Chinese Civil War.”`);
    // MLA 9: Author. “Title.” Website (in italics), day month year, URL.
    await expect(form('mla', 'worksCited')).toContainText(`${team}. “Chinese Civil War (1927 – 1949).” ${edition}, `);
    await expect(form('mla', 'worksCited').locator('i')).toHaveText(edition);
    await expect(form('mla', 'inText')).toHaveText(`(${team})`);
  }
});

test('the cite panel gives every form of Chicago 17, APA 7 and MLA 9 for an unsigned report in its outlet and the edition', async ({
  page,
}) => {
  for (const [prefix, styles] of [
    ['', ['Chicago (17th ed.)', 'APA (7th ed.)', 'MLA (9th ed.)']],
    ['ar/', ['شيكاغو (الطبعة 17)', 'APA (الطبعة 7)', 'MLA (الطبعة 9)']],
  ] as const) {
    await page.goto(`${prefix}articles/2024-04-09-lavrov-beijing-visit/`);
    await page.locator('#cite > summary').click();
    await expect(page.locator('#cite .cite-styles > dt')).toHaveText([...styles]);
    const form = (style: string, name: string) =>
      page.locator(`#cite .citation[data-style="${style}"][data-form="${name}"]`);
    await expect(page.locator('#cite .citation')).toHaveCount(7);
    for (const citation of await page.locator('#cite .citation').all()) {
      await expect(citation).toHaveAttribute('lang', 'en');
    }
    // the outlet in italics in every style's entry, the edition after it; nobody in the author position but the outlet
    for (const [style, name] of [
      ['chicago', 'bibliography'],
      ['apa', 'reference'],
      ['mla', 'worksCited'],
    ] as const) {
      await expect(form(style, name).locator('i').first()).toHaveText('Ad-Diyar (probable source)');
      await expect(form(style, name)).toContainText('China and Russia, 2022–2026: An Annotated Bilingual Chronology');
      await expect(form(style, name)).not.toContainText('(Ed.)');
      // the Arabic title is isolated inside the English citation
      await expect(form(style, name).locator('bdi[lang="ar"][dir="rtl"]')).toHaveCount(1);
    }
    // CMOS 14.207: an unsigned newspaper article is listed under the newspaper
    await expect(form('chicago', 'bibliography')).toContainText(/^Ad-Diyar \(probable source\)\. “وانغ يي/u);
    // APA 8.14: no author, the title moves to the author position; in the text, a short title in quotation marks
    await expect(form('apa', 'reference')).toContainText(/^وانغ يي يتعهد خلال .*\]\. \(2024, April 9\)\. Ad-Diyar/u);
    await expect(form('apa', 'inText')).toHaveText('(“وانغ يي يتعهد,” 2024)');
    // CMOS 14.29: a short note has a short title of four words or fewer
    await expect(form('chicago', 'shortNote')).toHaveText('“وانغ يي يتعهد.”');
    await expect(form('chicago', 'fullNote')).toContainText(
      /^“وانغ يي يتعهد خلال .*\],” Ad-Diyar \(probable source\), April 9, 2024, /u,
    );
    await expect(form('mla', 'inText')).toHaveText('(“وانغ يي يتعهد”)');
    // MLA's second container: the edition in italics, before the URL
    await expect(form('mla', 'worksCited').locator('i')).toHaveText([
      'Ad-Diyar (probable source)',
      'China and Russia, 2022–2026: An Annotated Bilingual Chronology',
    ]);
    await expect(form('mla', 'worksCited')).toContainText(
      /, 9 Apr\. 2024\. China and Russia, 2022–2026: An Annotated Bilingual Chronology, https?:\/\/[^ ]+\/articles\/2024-04-09-lavrov-beijing-visit\/\.$/u,
    );
  }
});

test('Copy puts the citation on the clipboard as HTML with its italics and as plain text, and a rich-text field keeps the italics', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('articles/2024-04-09-lavrov-beijing-visit/');
  await page.locator('#cite > summary').click();
  const citation = page.locator('#cite .citation[data-style="mla"][data-form="worksCited"]');
  await citation.locator('xpath=..').locator('copy-button button').click();
  await expect(citation.locator('xpath=..').locator('copy-button button')).toHaveText('Copied');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : undefined);
    return { html: await read('text/html'), text: await read('text/plain') };
  });
  expect(copied.text).toBe((await citation.textContent())?.trim());
  expect(copied.html).toContain('<i>Ad-Diyar (probable source)</i>');
  // pasted into a rich-text field, as into a word processor
  await page.evaluate(() => {
    const field = document.createElement('div');
    field.contentEditable = 'true';
    field.id = 'paste-here';
    document.body.append(field);
    field.focus();
  });
  await page.keyboard.press('Control+V');
  await expect(page.locator('#paste-here i').first()).toHaveText('Ad-Diyar (probable source)');
  await expect(page.locator('#paste-here')).toHaveText(copied.text ?? '-');
});

for (const [prefix, cite] of [
  ['', 'Cite it as the article, para. 9:'],
  ['ar/', 'يُستشهد بها بوصفها المقال، الفقرة 9:'],
] as const) {
  test(`a paragraph's panel cites it as its article with the locator, in every style (${prefix || 'en/'})`, async ({
    page,
  }) => {
    const slug = '2022-10-27-wang-yi-lavrov-call';
    await page.goto(`${prefix}articles/${slug}/`);
    await page.locator('#cite-p9 > summary').click();
    const panel = page.locator('#cite-p9');
    const unitUrl = `${await siteOf(page)}/articles/${slug}/#p9`;
    await expect(panel.locator('.cite-at')).toContainText(cite);
    await expect(panel.locator('.cite-at a[href="#p9"]')).toHaveText(unitUrl);
    const form = (style: string, name: string) =>
      panel.locator(`.citation[data-style="${style}"][data-form="${name}"]`);
    await expect(form('chicago', 'fullNote')).toContainText(/, October 27, 2022, para\. 9, China and Russia/u);
    await expect(form('chicago', 'shortNote')).toHaveText('“الصين تتعهد بدعم روسيا,” para. 9.');
    await expect(form('apa', 'inText')).toHaveText('(“الصين تتعهد بدعم روسيا,” 2022, para. 9)');
    await expect(form('mla', 'inText')).toHaveText('(“الصين تتعهد بدعم روسيا,” par.\u00a09)');
    // the entries are the article's: a reference manager keeps one record per work
    await expect(form('apa', 'reference')).not.toContainText('#p9');
    // the files offered are the article's, and the panel says how to add the locator
    for (const format of ['bib', 'ris', 'json']) {
      const href = await panel.locator(`a[data-format="${format}"]`).getAttribute('href');
      expect(href).toMatch(new RegExp(`/articles/${slug}/${slug}\\.${format}$`, 'u'));
    }
    await expect(panel.locator('.cite-locator code')).toHaveText(`\\cite[para.~9]{${slug}}`);
    await expect(panel).not.toContainText('MARKER');
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
  await expect(page.locator('#cite-p13 .citation[data-style="apa"][data-form="inText"]')).toHaveText(/, para\. 13\)$/u);
  await expect(page.locator('#cite-p13')).not.toContainText('MARKER');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test("a paragraph's cite panel gives its locator and address, the article's citations one link away", async ({
    page,
  }) => {
    const slug = '2022-10-27-wang-yi-lavrov-call';
    for (const prefix of ['', 'ar/']) {
      await page.goto(`${prefix}articles/${slug}/`);
      await page.locator('#cite-p9 > summary').click();
      await expect(page.locator('#cite-p9 .cite-at')).toContainText(prefix ? 'الفقرة 9' : 'para. 9');
      await expect(page.locator('#cite-p9 .cite-at')).toContainText(`/articles/${slug}/#p9`);
      await page.locator('#cite-p9 a[href="#cite"]').click();
      await expect(page).toHaveURL(/#cite$/u);
      await page.locator('#cite > summary').click();
      await expect(page.locator('#cite .citation')).toHaveCount(7);
      await expect(page.locator('#cite a[data-format="bib"]')).toBeVisible();
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

/** The fields of a one-entry BibTeX file, read with the grammar's own rules (type, key, `name = {value}`). */
function parseBibtex(text: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),$/mu.exec(text);
  const fields: Record<string, string> = {};
  for (const [, name = '', braced = ''] of text.matchAll(/^ {2}(\w+) = \{(.*)\},$/gmu))
    fields[name] = braced.replace(/[{}]/gu, '').replace(/\\(.)/gu, '$1');
  return { type: head?.[1] ?? '', key: head?.[2] ?? '', fields };
}

/** The tags of a one-record RIS file: each line `XX  - value`, the record closed by `ER  - `. */
function parseRis(text: string): Record<string, string[]> {
  const tags: Record<string, string[]> = {};
  for (const [, tag = '', value = ''] of text.matchAll(/^([A-Z][A-Z0-9]) {2}- ?(.*?)\r$/gmu))
    (tags[tag] ??= []).push(value);
  return tags;
}

test('BibTeX, RIS and CSL-JSON files are well formed, agree with each other, and are served with their media types', async ({
  page,
  request,
}) => {
  const targets = [
    ...articleSlugs().map((slug) => `articles/${slug}/${slug}`),
    ...(await chronology(request)).slice(0, 8).map((event) => `events/${event.id}/${event.id}`),
  ];
  const types = {
    bib: 'application/x-bibtex; charset=utf-8',
    ris: 'application/x-research-info-systems; charset=utf-8',
    json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  };
  for (const target of targets) {
    const responses = await Promise.all(['bib', 'ris', 'json'].map((ext) => request.get(`${target}.${ext}`)));
    expect(
      responses.map((response) => response.headers()['content-type']),
      target,
    ).toEqual(Object.values(types));
    const [bib = '', ris = '', json = ''] = await Promise.all(responses.map((response) => response.text()));
    const [csl] = JSON.parse(json) as {
      id: string;
      title: string;
      URL: string;
      issued: { 'date-parts': number[][] };
    }[];
    const [year, month, day] = csl?.issued['date-parts'][0] ?? [];
    const pad = (n: number | undefined) => String(n).padStart(2, '0');
    expect(csl?.URL).toMatch(/^https?:\/\//u);
    const bibtex = parseBibtex(bib);
    expect(bibtex.key, target).toBe(csl?.id);
    expect(bibtex.fields.url, target).toBe(csl?.URL);
    expect(bibtex.fields.date).toBe(
      [year, month, day]
        .filter((n) => n !== undefined)
        .map((n, i) => (i ? pad(n) : String(n)))
        .join('-'),
    );
    expect(`${bibtex.fields.title}${bibtex.fields.titleaddon ? ` ${bibtex.fields.titleaddon}` : ''}`).toBe(csl?.title);
    expect(bibtex.fields.version).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(ris.endsWith('ER  - \r\n'), target).toBe(true);
    const tags = parseRis(ris);
    expect(tags.TY?.length, target).toBe(1);
    expect(tags.ER?.length).toBe(1);
    expect(tags.ID).toEqual([csl?.id]);
    expect(tags.UR).toEqual([csl?.URL]);
    expect(csl?.title.startsWith(tags.TI?.[0] ?? '-')).toBe(true);
    expect(tags.PY).toEqual([String(year)]);
    expect(tags.DA).toEqual([`${year}/${pad(month)}/${day === undefined ? '' : pad(day)}/`]);
    if (target.startsWith('articles/')) {
      // the edition that reproduces the report, and its editors
      expect(tags.T3).toEqual(['China and Russia, 2022–2026: An Annotated Bilingual Chronology']);
      expect(tags.A3).toEqual(['The China–Russia Chronology editorial team']);
      expect(bibtex.fields.editor).toBe('The China–Russia Chronology editorial team');
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
    // every event, a month or a year included, runs to the day after its last day (DTEND is not inclusive)
    const dayAfterEnd = new Date(Date.parse(`${event.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(vevent?.endDate.toString()).toBe(dayAfterEnd);
    // an imprecise date says so in the summary, which a calendar shows on its own
    if (event.precision !== 'day') expect(vevent?.summary).toContain(`; date known to the ${event.precision})`);
    else expect(vevent?.summary).toBe(event.title.en);
  }
  // with no METHOD, DTSTAMP is when the information was last revised (RFC 5545 §3.8.7.2): the edition's version date
  // (content/colophon.yaml), so that two builds of the same content give the same file
  const versionDate = /^versionDate:\s*'?(\d{4}-\d{2}-\d{2})'?/mu.exec(
    fs.readFileSync(path.join(root, 'content/colophon.yaml'), 'utf8'),
  )?.[1];
  expect(versionDate).toBeTruthy();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe(`${versionDate ?? ''}T00:00:00Z`);
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
