import { expect, type Page } from '@playwright/test';

/** Opens a search page and returns the href of every result link (articles, paragraphs, events…), all pages shown. */
export async function allResults(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.search-group').count();
    await more.click();
    await expect(page.locator('.search-group')).not.toHaveCount(before);
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
