import path from 'node:path';
import { expect, test } from '@playwright/test';
import { root } from '../support/edition.ts';

// Screenshots for a person to look at, written as artifacts to test-results/screenshots/.
const folder = path.join(root, 'test-results/screenshots');
const views = [
  { name: 'home', path: '' },
  ...['parallel', 'stacked', 'ar', 'en'].map((layout) => ({
    name: `article-${layout}`,
    path: `articles/2024-05-16-putin-xi-beijing-summit/?layout=${layout}`,
  })),
  { name: 'event', path: 'events/2024-05-16-putin-state-visit-china/' },
];

for (const width of [1280, 375]) {
  for (const prefix of ['', 'ar/']) {
    test(`screenshots at ${width} px, ${prefix ? 'Arabic' : 'English'} interface`, async ({ page }) => {
      await page.setViewportSize({ width, height: width > 800 ? 900 : 812 });
      for (const view of views) {
        await page.goto(`${prefix}${view.path}`);
        await page.evaluate(() => document.fonts.ready);
        if (view.name.startsWith('article-')) {
          await expect(page.locator('[data-article]')).toHaveAttribute(
            'data-layout',
            view.name.slice('article-'.length),
          );
          await page.locator('#p4').scrollIntoViewIfNeeded();
        }
        const file = path.join(folder, `${view.name}-${prefix ? 'ar' : 'en'}-${width}.png`);
        await page.screenshot({ path: file });
      }
    });
  }
}
