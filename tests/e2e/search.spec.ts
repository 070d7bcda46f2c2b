import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generatedQueries, hostilePayloads } from '../support/hostile-queries.ts';
import { recordResponses } from '../support/page-weight.ts';
import { allResults, resultLinks, showAll } from '../support/search.ts';

/** Runs a query in the search page of an interface and returns every result's href, all pages shown. */
const search = (page: Page, prefix: '' | 'ar/', query: string, params = '') =>
  allResults(page, `${prefix}search/?q=${encodeURIComponent(query)}${params}`);

const articlesIn = (urls: string[]) => new Set(urls.flatMap((url) => /\/articles\/([^/?#]+)/u.exec(url)?.[1] ?? []));
const eventsIn = (urls: string[]) => new Set(urls.flatMap((url) => /\/events\/([^/?#]+)/u.exec(url)?.[1] ?? []));

const all = [
  '2022-10-27-wang-yi-lavrov-call',
  '2023-02-21-wang-yi-patrushev-moscow',
  '2024-04-09-lavrov-beijing-visit',
  '2024-05-16-putin-xi-beijing-summit',
  '2026-02-04-xi-putin-video-call',
];
const [call2022, moscow2023, beijing2024, summit2024, video2026] = all as [string, string, string, string, string];

interface Case {
  ui: '' | 'ar/';
  q: string;
  why: string;
  articles?: string[];
  notArticles?: string[];
  events?: string[];
}

const cases: Case[] = [
  { ui: '', q: 'اوكرانيا', why: 'bare alef finds أوكرانيا', articles: all },
  { ui: 'ar/', q: 'اوكرانيا', why: 'bare alef finds أوكرانيا', articles: all },
  { ui: 'ar/', q: 'روسيا', why: 'finds لروسيا and وروسيا', articles: all },
  { ui: '', q: 'موسكو', why: 'finds لموسكو, وموسكو and بموسكو', articles: [beijing2024, moscow2023, video2026] },
  { ui: 'ar/', q: 'بكين', why: 'finds لبكين and وبكين', articles: all },
  { ui: '', q: 'الصين', why: 'finds للصين and والصين', articles: all },
  { ui: '', q: 'سيرجي', why: 'a registry variant finds سيرغي', articles: [call2022, moscow2023, beijing2024] },
  { ui: 'ar/', q: 'سيرغي', why: 'a registry variant finds سيرجي', articles: [call2022, moscow2023, beijing2024] },
  { ui: 'ar/', q: 'بينج', why: 'a registry variant finds بينغ', articles: all },
  { ui: '', q: 'بينغ', why: 'finds the article that writes بينج too', articles: all },
  { ui: '', q: 'Lavrov', why: 'English name finds the Arabic', articles: [call2022, moscow2023, beijing2024] },
  {
    ui: 'ar/',
    q: 'Lavrov',
    why: 'English name from the Arabic interface',
    articles: [call2022, moscow2023, beijing2024],
  },
  { ui: '', q: 'Xi Jinping', why: 'English name', articles: all },
  { ui: 'ar/', q: 'Xi Jinping', why: 'English name from the Arabic interface', articles: all },
  { ui: '', q: 'New START', why: 'treaty name', articles: [video2026], events: ['2026-02-05-new-start-expiry'] },
  {
    ui: 'ar/',
    q: 'New START',
    why: 'treaty name from the Arabic interface',
    articles: [video2026],
    events: ['2026-02-05-new-start-expiry'],
  },
  { ui: 'ar/', q: 'ستارت', why: 'treaty name in Arabic', articles: [video2026], notArticles: [call2022] },
  { ui: '', q: 'sanction', why: 'English stemming finds sanctions', articles: [call2022, beijing2024, summit2024] },
  {
    ui: 'ar/',
    q: 'sanctions',
    why: 'English stemming from the Arabic interface',
    articles: [call2022, beijing2024, summit2024],
  },
  { ui: '', q: 'Patrushev', why: 'a person', articles: [moscow2023], notArticles: [summit2024] },
  { ui: 'ar/', q: 'باتروشيف', why: 'a person in Arabic', articles: [moscow2023], notArticles: [summit2024] },
  { ui: '', q: 'مُظهراً', why: 'diacritics in the query', articles: [call2022] },
  { ui: 'ar/', q: 'مظهرا', why: 'no diacritics finds مُظهراً', articles: [call2022] },
  { ui: 'ar/', q: 'الـــصين', why: 'tatweel in the query', articles: all },
  { ui: '', q: 'Samarkand', why: 'a place', articles: [call2022], events: ['2022-09-15-sco-samarkand-summit'] },
  {
    ui: 'ar/',
    q: 'سمرقند',
    why: 'a place in Arabic',
    articles: [call2022],
    events: ['2022-09-15-sco-samarkand-summit'],
  },
  {
    ui: '',
    q: 'eleventh president',
    why: 'the gloss of a mistranslation',
    articles: [summit2024],
    notArticles: [call2022],
  },
  { ui: '', q: 'Foreign Secretary', why: 'a gloss and its note', articles: [video2026] },
  { ui: 'ar/', q: 'حشوة', why: 'a rare Arabic word', articles: [video2026], notArticles: [call2022, summit2024] },
  {
    ui: '',
    q: 'Kharkiv',
    why: 'a place and its event',
    articles: [summit2024],
    events: ['2024-05-10-kharkiv-offensive'],
  },
  { ui: 'ar/', q: 'خاركيف', why: 'the same in Arabic', articles: [summit2024] },
  { ui: '', q: 'Ad-Diyar', why: 'an outlet', articles: [beijing2024] },
  { ui: 'ar/', q: 'هونغ كونغ', why: 'a registry variant finds هونج كونج', articles: [moscow2023] },
  { ui: '', q: 'Hong Kong', why: 'English name', articles: [moscow2023] },
  {
    ui: '',
    q: 'Trump',
    why: 'named in one article only',
    articles: [video2026],
    notArticles: [call2022, moscow2023, beijing2024],
  },
  {
    ui: 'ar/',
    q: 'ترامب',
    why: 'named in one article only',
    articles: [video2026],
    notArticles: [call2022, moscow2023, beijing2024],
  },
  { ui: 'ar/', q: 'زيلينسكي', why: 'a person named once', articles: [summit2024] },
  { ui: '', q: 'Greenland', why: 'a place named once', articles: [video2026] },
  {
    ui: 'ar/',
    q: 'خاركوف',
    why: 'the Russian-style spelling of Kharkiv, a registry variant',
    articles: [summit2024],
    events: ['2024-05-10-kharkiv-offensive'],
  },
  { ui: '', q: 'Kharkov', why: 'the Russian-style English spelling', articles: [summit2024] },
  { ui: 'ar/', q: 'لافروڤ', why: 'ڤ written for v', articles: [call2022, moscow2023, beijing2024] },
  { ui: '', q: 'پوتين', why: 'پ written for p', articles: [summit2024, video2026] },
  { ui: 'ar/', q: 'Lavr', why: 'a name typed halfway', articles: [call2022, moscow2023, beijing2024] },
];

for (const c of cases) {
  test(`${c.ui ? 'Arabic' : 'English'} interface: “${c.q}” (${c.why})`, async ({ page }) => {
    const urls = await search(page, c.ui, c.q);
    const articles = articlesIn(urls);
    for (const slug of c.articles ?? []) expect([...articles], `${c.q} finds ${slug}`).toContain(slug);
    for (const slug of c.notArticles ?? []) expect([...articles], `${c.q} does not find ${slug}`).not.toContain(slug);
    for (const id of c.events ?? []) expect([...eventsIn(urls)], `${c.q} finds ${id}`).toContain(id);
    // results stay in the reader's interface language
    for (const url of urls) expect(url.includes('/ar/'), url).toBe(c.ui === 'ar/');
  });
}

/** A result as the same place in either interface: its path without the language prefix and marks. */
const sameInBothInterfaces = (url: string) => {
  const target = new URL(url, 'http://x/');
  return `${target.pathname.replace(/^\/ar\//u, '/')}${target.hash}`;
};

const bothWays = [
  ...new Set([...cases.map((c) => c.q), 'بالعقوبات', 'Berlusconi', '"no limits"', '«بلا حدود»', 'Wang Yi']),
];
for (const q of bothWays) {
  test(`“${q}” finds the same records from /search/ and /ar/search/`, async ({ page }) => {
    const english = (await search(page, '', q)).map(sameInBothInterfaces);
    const arabic = (await search(page, 'ar/', q)).map(sameInBothInterfaces);
    expect(new Set(arabic)).toEqual(new Set(english));
  });
}

// Names that appear nowhere in the edition, whole or typed halfway; Pagefind alone answers them with shorter words.
const absent = ['Berlusconi', 'Berlus', 'Berl', 'Macron', 'Zhirinovsky', 'بيرلسكوني', 'ماكرون', 'بيرلس', 'جيرينوفسكي'];
for (const prefix of ['', 'ar/'] as const) {
  test(`names absent from the edition find nothing (${prefix || 'en/'})`, async ({ page }) => {
    for (const q of absent) {
      expect(await search(page, prefix, q), q).toEqual([]);
      await expect(page.locator('[data-status]')).toContainText(prefix ? 'لا نتائج' : 'Nothing found');
      await expect(page.locator('.search-group')).toHaveCount(0);
    }
  });
}

/** Where a text occurs in the sources: each article's slug with the numbers of the units (non-empty lines) that contain it. */
function inSources(pattern: RegExp): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const file of fs.readdirSync('sources').filter((name) => name.endsWith('.txt'))) {
    const lines = fs
      .readFileSync(path.join('sources', file), 'utf8')
      .split('\n')
      .filter((line) => line.trim());
    const units = lines.flatMap((line, i) => (pattern.test(line) ? [i + 1] : []));
    if (units.length) found.set(file.replace(/\.txt$/u, ''), units);
  }
  return found;
}
const unitsIn = (urls: string[]) =>
  urls.flatMap((url) => {
    const match = /\/articles\/([^/?#]+)\/[^#]*#p(\d+)$/u.exec(url);
    return match ? [`${match[1]}#${match[2]}`] : [];
  });

test('«بالعقوبات» finds every article whose text mentions sanctions in any form, from either interface', async ({
  page,
}) => {
  const expected = [...inSources(/عقوب/u).keys()];
  expect(expected.length).toBeGreaterThan(1);
  for (const prefix of ['', 'ar/'] as const) {
    const articles = articlesIn(await search(page, prefix, 'بالعقوبات'));
    for (const slug of expected) expect([...articles], `${prefix}: ${slug}`).toContain(slug);
  }
});

test('«خاركوف» finds the paragraphs that name Kharkiv', async ({ page }) => {
  const expected = [...inSources(/خاركيف/u)].flatMap(([slug, units]) => units.map((n) => `${slug}#${n}`));
  expect(expected.length).toBeGreaterThan(0);
  for (const prefix of ['', 'ar/'] as const) {
    const found = unitsIn(await search(page, prefix, 'خاركوف'));
    for (const unit of expected) expect(found, `${prefix}: ${unit}`).toContain(unit);
  }
});

test('a quoted phrase matches the words together, not anywhere in the paragraph', async ({ page }) => {
  const loose = unitsIn(await search(page, 'ar/', 'بلا حدود'));
  const phrase = unitsIn(await search(page, 'ar/', '«بلا حدود»'));
  const literal = [...inSources(/بلا حدود/u)].flatMap(([slug, units]) => units.map((n) => `${slug}#${n}`));
  for (const unit of literal) expect(phrase, unit).toContain(unit);
  for (const unit of phrase) expect(loose, unit).toContain(unit);
  expect(phrase.length).toBeLessThan(loose.length);
  const english = unitsIn(await search(page, '', '"no limits"'));
  expect(english.length).toBeGreaterThan(0);
  expect(unitsIn(await search(page, '', '"limits no"'))).toEqual([]);
});

test('a query typed in quotation marks is quoted once, and straight quotes find text written with curly ones', async ({
  page,
}) => {
  // the English text of the edition writes “ ” and ’: a reader types " and '
  expect(articlesIn(await search(page, '', '"Cold War mentality"'))).toContain('2024-04-09-lavrov-beijing-visit');
  expect(articlesIn(await search(page, '', '"solid"'))).toContain('2023-02-21-wang-yi-patrushev-moscow');
  expect(articlesIn(await search(page, '', "Putin's re-election"))).toContain('2024-04-09-lavrov-beijing-visit');
  const status = page.locator('[data-status]');
  for (const [prefix, query, label] of [
    ['', '"no limits"', /^Results for “\u2068?no limits\u2069?”: \d+/u],
    ['', '“no limits”', /^Results for “\u2068?no limits\u2069?”: \d+/u],
    ['ar/', '«بلا حدود»', /^عدد النتائج لـ«\u2068?بلا حدود\u2069?»: \d+/u],
    ['', 'Lavrov', /^Results for “\u2068?Lavrov\u2069?”: \d+/u],
  ] as const) {
    await page.goto(`${prefix}search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
    await expect(status, `${prefix}${query}`).toHaveText(label);
  }
});

test('a name typed halfway still finds, from the keyboard, in both scripts', async ({ page }) => {
  await page.goto('search/');
  await page.locator('#search-query').pressSequentially('Lavr', { delay: 30 });
  await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('.search-group').first()).toBeVisible();
  expect(articlesIn(await resultLinks(page))).toContain(call2022);
  await page.goto('ar/search/');
  await page.locator('#search-query').pressSequentially('لافرو', { delay: 30 });
  await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('.search-group mark').first()).toHaveText(/لافروف/u);
});

test('a near miss offers "Did you mean", apart from the results, linking to its own search', async ({ page }) => {
  for (const [prefix, miss, right] of [
    ['', 'Lavrof', 'Lavrov'],
    ['ar/', 'باتروشف', 'باتروشيف'],
  ] as const) {
    expect(await search(page, prefix, miss)).toEqual([]);
    const suggestion = page.locator('[data-suggest]');
    await expect(suggestion).toBeVisible();
    await expect(suggestion).toContainText(prefix ? 'هل تقصد' : 'Did you mean');
    const link = suggestion.getByRole('link', { name: right });
    expect(new URL((await link.getAttribute('href')) ?? '', 'http://x/').searchParams.get('q')).toBe(right);
    await expect(page.locator('[data-results] [data-suggest]')).toHaveCount(0);
    await link.click();
    await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('#search-query')).toHaveValue(right);
    await expect(page.locator('.search-group').first()).toBeVisible();
    await expect(suggestion).toBeHidden();
  }
  // a word far from every indexed word is offered nothing
  await search(page, '', 'Berlusconi');
  await expect(page.locator('[data-suggest]')).toBeHidden();
});

test('a word in no text finds nothing and says what to try', async ({ page }) => {
  expect(await search(page, '', 'xylophone')).toEqual([]);
  await expect(page.locator('[data-status]')).toContainText('Nothing found');
  await expect(page.locator('[data-status]')).toContainText('Lavrov');
  expect(await search(page, 'ar/', 'زيلوفون')).toEqual([]);
  await expect(page.locator('[data-status]')).toContainText('لا نتائج');
});

test('results are grouped by article, paragraphs in text order; newest first orders the articles', async ({ page }) => {
  const relevance = await search(page, '', 'Putin');
  const groups = await page.locator('.search-group[data-kind="article"]').evaluateAll((items) =>
    items.map((item) => ({
      article: /\/articles\/([^/?#]+)/u.exec(item.querySelector('a')?.getAttribute('href') ?? '')?.[1] ?? '',
      units: [...item.querySelectorAll('.search-units a')].map((a) =>
        Number(/#p(\d+)$/u.exec(a.getAttribute('href') ?? '')?.[1]),
      ),
    })),
  );
  expect(new Set(groups.map((g) => g.article)).size).toBe(groups.length);
  for (const group of groups) expect(group.units).toEqual([...group.units].sort((a, b) => a - b));
  expect(relevance.length).toBeGreaterThan(0);
  // articles come before events and entities
  const kinds = await page
    .locator('.search-group')
    .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.kind));
  expect(kinds.indexOf('article')).toBe(0);
  expect(kinds.lastIndexOf('article')).toBeLessThan(kinds.indexOf('event'));

  await search(page, '', 'Putin', '&sort=desc');
  const dates = await page
    .locator('.search-group[data-kind="article"] > .search-group-head a')
    .evaluateAll((links) =>
      links.map((a) => /\/articles\/(\d{4}-\d{2}-\d{2})/u.exec(a.getAttribute('href') ?? '')?.[1] ?? ''),
    );
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates.length).toBeGreaterThan(1);
});

test('results show the article and date, an excerpt in the language that matched, and land on the unit highlighted', async ({
  page,
}) => {
  await search(page, '', 'حشوة');
  const group = page.locator('.search-group').first();
  await expect(group.locator('.search-group-head')).toContainText('4 February 2026');
  const first = group.locator('.search-result').first();
  await expect(first).toContainText('Paragraph 4');
  const excerpt = first.locator('.search-excerpt');
  await expect(excerpt).toHaveAttribute('lang', 'ar');
  await expect(excerpt).toHaveAttribute('dir', 'rtl');
  await expect(excerpt.locator('mark')).toHaveText('حشوة');

  await search(page, '', 'sanction');
  await expect(page.locator('.search-result .search-excerpt[lang="en"]').first()).toBeVisible();
  await expect(page.locator('.search-result .search-excerpt[lang="en"] mark').first()).toHaveText(/^sanctions?$/iu);

  await search(page, '', 'حشوة');
  await page.locator('.search-result a').first().click();
  await expect(page).toHaveURL(/\/articles\/2026-02-04-xi-putin-video-call\/\?hl=.+#p4$/u);
  await expect(page.locator('#p4 mark.search-hit')).toHaveText('حشوة');
  await expect(page.locator('#p4')).toBeInViewport();
});

test('a name matched through its variant shows the passage in the interface script, and marks both columns on arrival', async ({
  page,
}) => {
  await search(page, 'ar/', 'Lavrov');
  const unit = page.locator('.search-result[data-kind="unit"]').first();
  await expect(unit.locator('.search-excerpt')).toHaveAttribute('lang', 'ar');
  await expect(unit.locator('.search-excerpt mark').filter({ hasText: 'لافروف' }).first()).toBeVisible();

  await search(page, '', 'Lavrov');
  const both = page.locator('.search-result[data-kind="unit"]', { hasText: 'Lavrov' }).first();
  await both.locator('a').first().click();
  const target = page.locator(':target');
  await expect(target.locator('[lang="ar"] mark.search-hit', { hasText: 'لافروف' }).first()).toBeVisible();
  await expect(target.locator('[lang="en"] mark.search-hit', { hasText: 'Lavrov' }).first()).toBeVisible();
});

test('filters by year, article, person and topic', async ({ page }) => {
  const byYear = await search(page, '', 'Wang Yi', '&year=2023');
  expect(byYear.length).toBeGreaterThan(0);
  expect([...articlesIn(byYear)]).toEqual([moscow2023]);
  for (const id of eventsIn(byYear)) expect(id.startsWith('2023')).toBe(true);

  const options = await page
    .locator('select[data-filter="article"]')
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
  expect(options.slice(1).sort()).toEqual([...all].sort());
  const byArticle = await search(page, '', 'Putin', `&article=${video2026}`);
  expect([...articlesIn(byArticle)]).toEqual([video2026]);

  const byPerson = await search(page, 'ar/', 'أوكرانيا', '&person=keir-starmer');
  expect([...articlesIn(byPerson)]).toEqual([video2026]);
  await expect(page.locator('select[data-filter="person"]')).toHaveValue('keir-starmer');
  await expect(page.locator('details[data-filters]')).toHaveAttribute('open', '');

  const byTopic = await search(page, '', 'Putin', '&topic=arms-control');
  expect(byTopic.length).toBeGreaterThan(0);
  expect([...articlesIn(byTopic)]).not.toContain(call2022);
});

test('the query and filters survive the switch to the other interface language', async ({ page }) => {
  await search(page, '', 'Lavrov', '&person=sergei-lavrov&sort=desc');
  const english = (await allResults(page, page.url())).map(sameInBothInterfaces);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/ar\/search\/\?/u);
  await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('#search-query')).toHaveValue('Lavrov');
  await expect(page.locator('select[data-filter="person"]')).toHaveValue('sergei-lavrov');
  await expect(page.locator('select[data-sort]')).toHaveValue('desc');
  const arabic = (await showAll(page)).map(sameInBothInterfaces);
  expect(arabic).toEqual(english);
});

test('one search box on the search page; on a phone the filters fold away and the first result is on the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  for (const prefix of ['', 'ar/'] as const) {
    await search(page, prefix, 'Lavrov');
    await expect(page.locator('input[type="search"]')).toHaveCount(1);
    await expect(page.locator('details[data-filters]')).not.toHaveAttribute('open', '');
    await expect(page.locator('select[data-filter="year"]')).toBeHidden();
    const box = await page.locator('.search-group').first().boundingBox();
    expect(box && box.y + 40).toBeLessThan(667);
  }
});

for (const prefix of ['', 'ar/'] as const) {
  test(`the filter options on the page are exactly the values in the index (${prefix || 'en/'})`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${prefix}search/`);
    await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
    expect(
      requests.filter((url) => url.includes('/pagefind/')),
      'no index loaded before a search',
    ).toEqual([]);
    const onPage = await page
      .locator('select[data-filter]')
      .evaluateAll((selects) =>
        Object.fromEntries(
          selects.map((select) => [
            (select as HTMLSelectElement).dataset.filter ?? '',
            [...(select as HTMLSelectElement).options].slice(1).map((option) => option.value),
          ]),
        ),
      );
    const inIndex = await page.evaluate(
      async (bundle) => {
        const pagefind = (await import(bundle)) as { filters(): Promise<Record<string, Record<string, number>>> };
        return pagefind.filters();
      },
      new URL('pagefind/pagefind.js', page.url().replace(/(ar\/)?search\/.*$/u, '')).href,
    );
    for (const [name, values] of Object.entries(onPage)) {
      expect([...values].sort(), name).toEqual(Object.keys(inIndex[name] ?? {}).sort());
    }
    expect(Object.keys(onPage).sort()).toEqual(Object.keys(inIndex).sort());
  });
}

test('the header box searches from any page, and "/" reaches it from the keyboard', async ({ page }) => {
  await page.goto('ar/articles/2022-10-27-wang-yi-lavrov-call/');
  await page.locator('body').press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('سمرقند');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ar\/search\/\?q=/u);
  await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('#search-query')).toHaveValue('سمرقند');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#search-query')).toBeFocused();
  // past the button and the folded filters, on to the first result
  const first = page.locator('.search-group a').first();
  for (let i = 0; i < 10 && !(await first.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await expect(page.locator('edition-search').getByRole('status')).toContainText('سمرقند');
  await expect(page.getByLabel('البحث في النشرة').first()).toBeVisible();
});

test('hostile queries never break the page or inject markup', async ({ page }) => {
  // every generated query also goes through the search's own parsing and marking in Node (tests/unit/hostile-queries):
  // through the page, the hand-picked ones and every tenth generated one, each typed and submitted
  test.setTimeout(300_000);
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('search/');
  const sample = generatedQueries.filter((_, i) => i % 10 === 0);
  const box = page.locator('#search-query');
  for (const query of [...hostilePayloads, ...sample]) {
    await box.fill(query);
    await box.press('Enter');
    await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  }
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(
    await page.locator('edition-search script, edition-search img, edition-search svg, edition-search iframe').count(),
  ).toBe(0);
  await box.fill('Lavrov');
  await box.press('Enter');
  await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
  expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
});

/** The number a status line gives ("Results for “Lavrov”: 19", «عدد النتائج لـ«Lavrov»: 19»). */
const statusCount = async (page: Page) =>
  Number(/(\d+)[^\d]*$/u.exec((await page.locator('[data-status]').textContent()) ?? '')?.[1] ?? NaN);

for (const prefix of ['', 'ar/'] as const) {
  for (const query of ['Lavrov', 'أوكرانيا']) {
    test(`a first search fetches only what it shows, within 125 KB (${prefix || 'en/'}, ${query})`, async ({
      page,
    }) => {
      await page.goto(`${prefix}search/`);
      await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
      await page.waitForLoadState('networkidle');
      const recorder = recordResponses(page);
      await page.locator('#search-query').fill(query);
      await page.locator('#search-query').press('Enter');
      await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
      await page.waitForLoadState('networkidle');
      const loaded = await recorder.settle();
      const records = loaded.filter((r) => r.url.includes('/search-docs/'));
      // the lengths of each shard holding a result shown, then a byte range for each result's head and for each
      // paragraph (or an article's title and summary) shown
      const groups = await page.locator('.search-group').count();
      const articlePassages = await page.locator('.search-group[data-kind="article"] .search-result').count();
      expect(groups).toBeGreaterThan(5);
      const lengths = records.filter((r) => /\/search-docs\/[a-z]+-\d+\.json$/u.test(r.url));
      expect(lengths.length).toBeGreaterThan(0);
      expect(lengths.length).toBeLessThanOrEqual(groups);
      const ranges = records.filter((r) => /\/search-docs\/[a-z]+-\d+\.bin$/u.test(r.url));
      expect(ranges.length).toBe(groups + articlePassages);
      expect(ranges.map((r) => r.status)).toEqual(ranges.map(() => 206));
      expect(records.length).toBe(lengths.length + ranges.length);
      // the results are counted and ordered from Pagefind's answers: no record is read for that
      expect(await page.locator('.search-result').count()).toBeLessThan(await statusCount(page));
      expect(loaded.filter((r) => r.url.includes('/pagefind/fragment/'))).toEqual([]);
      // the last word is completed from the lexicon file of its first two letters (one per form of an Arabic word)
      expect(loaded.filter((r) => r.url.includes('/search-lexicon/')).length).toBeLessThanOrEqual(4);
      const bytes = loaded.reduce((sum, r) => sum + r.gzip, 0);
      test.info().annotations.push({ type: 'bytes', description: String(bytes) });
      expect(bytes, 'everything fetched from submit to results, gzip').toBeLessThanOrEqual(125 * 1024);
    });
  }
}

test('the count is exact: every result counted is listed once all are shown, in both interfaces', async ({ page }) => {
  for (const [query, params] of [
    ['Lavrov', ''],
    ['أوكرانيا', ''],
    ['sanction Russia', ''],
    ['Xi', '&person=vladimir-putin'],
    ['بكين', '&sort=desc'],
  ] as const) {
    for (const prefix of ['', 'ar/'] as const) {
      await search(page, prefix, query, params);
      const count = await statusCount(page);
      expect(count, `${prefix}${query}`).toBeGreaterThan(0);
      await expect(page.locator('.search-result'), `${prefix}${query}`).toHaveCount(count);
    }
  }
});

test('an article shows its first matching passage, and the exact number of the other paragraphs one click away', async ({
  page,
}) => {
  await page.goto('ar/search/?q=' + encodeURIComponent('أوكرانيا'));
  await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
  const folded = page.locator('.search-group[data-kind="article"]', { has: page.locator('[data-more-units]') });
  const href = (await folded.first().locator('.search-group-head a').getAttribute('href')) ?? '';
  const group = page.locator('.search-group', { has: page.locator(`.search-group-head a[href="${href}"]`) });
  const slug = /\/articles\/([^/]+)\//u.exec(href)?.[1] ?? '';
  // the paragraphs of that article whose Arabic names Ukraine, as its source has them
  const expected = inSources(/[أا]وكرانيا/u).get(slug) ?? [];
  expect(expected.length).toBeGreaterThan(2);
  const shown = group.locator('.search-units > li');
  expect(await group.locator('.search-result').count()).toBe(1);
  const button = group.locator('[data-more-units]');
  const listed = Number(/\d+/u.exec((await button.textContent()) ?? '')?.[0]);
  const unitsOf = async () =>
    (await shown.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map((h) =>
      Number(/#p(\d+)$/u.exec(h)?.[1]),
    );
  const before = await unitsOf();
  await button.click();
  await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
  await expect(button).toHaveCount(0);
  const after = await unitsOf();
  expect(after.length).toBe(before.length + listed);
  expect(after).toEqual([...after].sort((a, b) => a - b));
  for (const n of expected) expect(after, `paragraph ${n}`).toContain(n);
});

test('a phrase is checked as results are shown: "at least" until every record is, then the exact count', async ({
  page,
}) => {
  await page.goto(`search/?q=${encodeURIComponent('"Xi Jinping"')}`);
  await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-more]')).toBeVisible();
  await expect(page.locator('[data-status]')).toContainText('at least');
  // the records on the first page are checked whole, their folded paragraphs included
  const first = await statusCount(page);
  expect(first).toBeGreaterThanOrEqual(await page.locator('.search-result').count());
  await showAll(page);
  await expect(page.locator('[data-status]')).not.toContainText('at least');
  const count = await statusCount(page);
  expect(count).toBeGreaterThan(first);
  await expect(page.locator('.search-result')).toHaveCount(count);
});
