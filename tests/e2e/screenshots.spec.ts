import path from 'node:path';
import { expect, test } from '@playwright/test';
import { root } from '../support/edition.ts';

// Each view must fit its width: nothing makes the page scroll sideways, at a desktop's width or a phone's. The
// screenshots taken on the way are for a person to look at (test-results/screenshots/); they assert nothing.
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
    test(`nothing scrolls sideways at ${width} px, ${prefix ? 'Arabic' : 'English'} interface`, async ({ page }) => {
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
        // how far the page reaches past the viewport's width, either side (an Arabic page overflows to the left)
        const overflow = await page.evaluate(() => {
          const root = document.documentElement;
          return root.scrollWidth - root.clientWidth;
        });
        expect(overflow, `${prefix}${view.path}: the page scrolls sideways`).toBeLessThanOrEqual(0);
        const file = path.join(folder, `${view.name}-${prefix ? 'ar' : 'en'}-${width}.png`);
        await page.screenshot({ path: file });
      }
    });
  }
}
