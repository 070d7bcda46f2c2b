import { expect, test } from '@playwright/test';

const locales = [
  { prefix: '', lang: 'en', dir: 'ltr' },
  { prefix: 'ar/', lang: 'ar', dir: 'rtl' },
] as const;

for (const { prefix, lang, dir } of locales) {
  test(`the ${lang} home page lists the article and links to it`, async ({ page }) => {
    await page.goto(prefix);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    const link = page.locator('.article-list a').first();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${prefix}articles/2022-10-27-wang-yi-lavrov-call/$`, 'u'));
    await expect(page.locator('time[datetime="2022-10-27"]').first()).toBeVisible();
  });

  test(`the ${lang} about page has slugged headings that its contents link to`, async ({ page }) => {
    await page.goto(`${prefix}about/`);
    const targets = await page.locator('.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const href of targets) {
      await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toHaveCount(1);
    }
  });
}

test('the language switch keeps the reader on the same page', async ({ page }) => {
  await page.goto('articles/2022-10-27-wang-yi-lavrov-call/');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/ar\/articles\/2022-10-27-wang-yi-lavrov-call\/$/u);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/articles\/2022-10-27-wang-yi-lavrov-call\/$/u);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an unknown address answers 404 with a page in both languages', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('section[lang="en"] h1')).toHaveText('Page not found');
  await expect(page.locator('section[lang="ar"] h2')).toHaveText('الصفحة غير موجودة');
});
