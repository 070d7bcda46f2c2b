import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  '',
  'about/',
  'chronology/',
  'chronology/person/xi-jinping/',
  'articles/2024-05-16-putin-xi-beijing-summit/',
  'events/2022-09-15-sco-samarkand-summit/',
  'entities/',
  'entities/sergei-lavrov/',
  'errata/',
  'search/?q=Lavrov',
  'no/such/page/',
];

// Each page is loaded once and checked in both colour schemes (switched in place, as the system setting would).
for (const prefix of ['', 'ar/']) {
  for (const path of pages) {
    test(`axe finds no violation on /${prefix}${path}, light and dark`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${prefix}${path}`);
      await page.waitForLoadState('networkidle');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect
          .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
          .toBe(scheme === 'dark');
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const violations = results.violations.map(
          (v) =>
            `${scheme}: ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
        expect(violations).toEqual([]);
      }
    });
  }
}
