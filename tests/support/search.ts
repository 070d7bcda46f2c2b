import { expect, type Page } from '@playwright/test';

/**
 * Opens a search page and returns the href of every result link (articles, paragraphs, events…), every page of
 * results shown and every article's further paragraphs opened.
 */
export async function allResults(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  return showAll(page);
}

/** Shows every page of results and every article's further paragraphs, and returns the href of every result link. */
export async function showAll(page: Page): Promise<string[]> {
  const search = page.locator('edition-search');
  await expect(search).toHaveAttribute('data-state', 'done');
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    await more.click();
    await expect(search).toHaveAttribute('data-state', 'done');
  }
  const further = page.locator('[data-more-units]');
  while ((await further.count()) > 0) {
    await further.first().click();
    await expect(search).toHaveAttribute('data-state', 'done');
  }
  return resultLinks(page);
}

/** The href of every result link now on the page. */
export function resultLinks(page: Page): Promise<string[]> {
  // read with the DOM's own selector: Playwright 1.65's evaluateAll can answer a non-matching selector with a
  // link from elsewhere on the page (the "Did you mean" link)
  return page.evaluate(() =>
    [...document.querySelectorAll('.search-group a')].map((link) => link.getAttribute('href') ?? ''),
  );
}
