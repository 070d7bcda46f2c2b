import { expect, test, type Page } from '@playwright/test';

/** The part of Pagefind's browser API the tests use. */
interface Pagefind {
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** Runs a query through the site's own Pagefind bundle in the page and returns the result URLs. */
async function search(page: Page, query: string): Promise<string[]> {
  const bundle = new URL('pagefind/pagefind.js', test.info().project.use.baseURL).href;
  return page.evaluate(
    async ([q, bundle]) => {
      const pagefind = (await import(bundle)) as Pagefind;
      await pagefind.init();
      const { results } = await pagefind.search(q);
      return Promise.all(results.map(async (result) => (await result.data()).url));
    },
    [query, bundle] as const,
  );
}

const article = 'articles/2022-10-27-wang-yi-lavrov-call/';

test('an Arabic word of the article finds it from the Arabic interface', async ({ page }) => {
  await page.goto(`ar/${article}`);
  const urls = await search(page, 'لافروف');
  expect(urls.some((url) => url.endsWith(`/ar/${article}`))).toBe(true);
});

test('an Arabic word of the article finds it from the English interface', async ({ page }) => {
  await page.goto(article);
  const urls = await search(page, 'سمرقند');
  expect(urls.some((url) => url.endsWith(`/${article}`) && !url.includes('/ar/'))).toBe(true);
});

test('an English word of the gloss finds the article', async ({ page }) => {
  await page.goto(article);
  expect(await search(page, 'Samarkand')).toContainEqual(expect.stringMatching(new RegExp(`/${article}$`, 'u')));
});

test('a word found in no page finds nothing, and the 404 page is not indexed', async ({ page }) => {
  await page.goto(article);
  expect(await search(page, 'xylophone')).toEqual([]);
  const notFoundWords = await search(page, 'page not found');
  expect(notFoundWords.filter((url) => url.includes('404'))).toEqual([]);
});
