import { expect, test, type Page } from '@playwright/test';
import { allResults } from '../support/search.ts';

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

test('a word in no text finds nothing and says what to try', async ({ page }) => {
  expect(await search(page, '', 'xylophone')).toEqual([]);
  await expect(page.locator('[data-status]')).toContainText('Nothing found');
  await expect(page.locator('[data-status]')).toContainText('Lavrov');
  expect(await search(page, 'ar/', 'زيلوفون')).toEqual([]);
  await expect(page.locator('[data-status]')).toContainText('لا نتائج');
});

test('results show the article and date, an excerpt in the language that matched, and land on the unit highlighted', async ({
  page,
}) => {
  await search(page, '', 'حشوة');
  const first = page.locator('.search-result').first();
  await expect(first).toContainText('Paragraph 4');
  await expect(first).toContainText('4 February 2026');
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

test('filters by year, article, person and topic, and sorting by date', async ({ page }) => {
  const byYear = await search(page, '', 'Wang Yi', '&year=2023');
  expect(byYear.length).toBeGreaterThan(0);
  expect([...articlesIn(byYear)]).toEqual([moscow2023]);
  for (const id of eventsIn(byYear)) expect(id.startsWith('2023')).toBe(true);

  const options = await page.locator('select[data-filter="article"] option').allTextContents();
  expect(options.length).toBe(all.length + 1);
  const articleTitle = options.find((title) => title.startsWith('Xi and Putin discuss')) ?? '';
  const byArticle = await search(page, '', 'Putin', `&article=${encodeURIComponent(articleTitle)}`);
  expect([...articlesIn(byArticle)]).toEqual([video2026]);

  const byPerson = await search(page, 'ar/', 'روسيا', `&person=${encodeURIComponent('كير ستارمر')}`);
  expect([...articlesIn(byPerson)]).toEqual([video2026]);

  const byTopic = await search(page, '', 'Putin', `&topic=${encodeURIComponent('Arms control')}`);
  expect(byTopic.length).toBeGreaterThan(0);
  expect([...articlesIn(byTopic)]).not.toContain(call2022);

  const sorted = await search(page, '', 'Putin', '&sort=asc');
  const years = sorted.flatMap((url) => /\/(?:articles|events)\/(\d{4})/u.exec(url)?.[1] ?? []).map(Number);
  expect(years).toEqual([...years].sort((a, b) => a - b));
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
      expect(values, name).toEqual(Object.keys(inIndex[name] ?? {}).sort());
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
  await page.keyboard.press('/');
  await expect(page.locator('#search-query')).toBeFocused();
  // past the button, the filters and the order, on to the first result
  const first = page.locator('.search-result a').first();
  for (let i = 0; i < 10 && !(await first.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('.search-result a').first()).toBeFocused();
  await expect(page.locator('edition-search').getByRole('status')).toContainText('سمرقند');
  await expect(page.getByLabel('البحث في النشرة').first()).toBeVisible();
});

test('hostile queries never break the page or inject markup', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('search/');
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    "'; DROP TABLE events; --",
    '{{constructor.constructor("alert(1)")()}}',
    'x'.repeat(10_000),
    'روسيا '.repeat(2_000),
    '\u202Eروسيا\u202C',
    '\u2067Lavrov\u2069',
    '\u200F\u200E\u200B',
    '\uD800\uDC00\uD800',
    '\uDFFF lone',
    '🙂🇷🇺🇨🇳',
    '%00%0a',
    '\\',
    '*',
    '(',
    '[',
    '"',
  ];
  const generated = Array.from({ length: 300 }, (_, i) =>
    String.fromCodePoint(...Array.from({ length: 1 + (i % 23) }, (_, j) => ((i * 7919 + j * 104_729) % 0x2_ffff) + 1)),
  );
  const box = page.locator('#search-query');
  for (const query of [...payloads, ...generated]) {
    await box.fill(query);
    await box.press('Enter');
    await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
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
