import { expect, type Page } from '@playwright/test';

/** Opens a search page and returns every result's href, all pages of results shown. */
export async function allResults(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await expect(page.locator('.search-result')).not.toHaveCount(before);
  }
  return page.locator('.search-result a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}
