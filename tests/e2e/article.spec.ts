import { expect, test } from '@playwright/test';
import { articleSlugs, unitsOf } from '../support/edition.ts';
import { normaliseSpace } from '../../src/lib/units.ts';

for (const slug of articleSlugs()) {
  for (const prefix of ['', 'ar/']) {
    test.describe(`${prefix}articles/${slug}/`, () => {
      test.beforeEach(async ({ page }) => {
        await page.goto(`${prefix}articles/${slug}/`);
      });

      test('the Arabic of every unit equals its source line, in lang="ar" dir="rtl"', async ({ page }) => {
        const source = unitsOf(slug);
        const units = await page.locator('[data-unit]').evaluateAll((elements) =>
          elements.map((unit) => {
            const ar = unit.querySelector(':scope > .ar');
            const copy = ar?.cloneNode(true) as HTMLElement | undefined;
            copy?.querySelectorAll('sup').forEach((sup) => {
              sup.remove();
            });
            return {
              id: unit.id,
              n: unit.getAttribute('data-unit'),
              lang: ar?.getAttribute('lang'),
              dir: ar?.getAttribute('dir'),
              text: copy?.textContent ?? '',
            };
          }),
        );
        expect(units).toHaveLength(source.length);
        units.forEach((unit, i) => {
          expect(unit.id).toBe(`p${i + 1}`);
          expect(unit.n).toBe(String(i + 1));
          expect([unit.lang, unit.dir]).toEqual(['ar', 'rtl']);
          expect(normaliseSpace(unit.text), `unit ${i + 1}`).toBe(normaliseSpace(source[i] ?? ''));
        });
      });

      test('every unit has a non-empty English gloss in lang="en" dir="ltr"', async ({ page }) => {
        const glosses = await page.locator('[data-unit] > .en').evaluateAll((elements) =>
          elements.map((en) => ({
            lang: en.getAttribute('lang'),
            dir: en.getAttribute('dir'),
            text: en.textContent.trim(),
            arabic: en.parentElement?.querySelector(':scope > .ar')?.textContent.trim(),
          })),
        );
        expect(glosses).toHaveLength(unitsOf(slug).length);
        for (const gloss of glosses) {
          expect([gloss.lang, gloss.dir]).toEqual(['en', 'ltr']);
          expect(gloss.text.length).toBeGreaterThan(0);
          if (/\p{Script=Arabic}/u.test(gloss.arabic ?? '')) expect(gloss.text).not.toBe(gloss.arabic);
          expect(gloss.text).not.toMatch(/[\u0600-\u06ff]{3,}/u); // an English gloss, not Arabic
        }
      });

      test('footnote markers are <sup> links to notes that exist', async ({ page }) => {
        const targets = await page
          .locator('[data-unit] sup > a[data-footnote-ref]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        expect(targets.length).toBeGreaterThan(0);
        for (const href of new Set(targets)) await expect(page.locator(href)).toHaveCount(1);
      });
    });
  }
}

test('source straight quotes stay straight (smartypants is off); the gloss has its own curly ones', async ({
  page,
}) => {
  await page.goto('articles/2022-10-27-wang-yi-lavrov-call/');
  await expect(page.locator('#p1 > .ar')).toContainText('"RT"');
  await expect(page.locator('#p1 > .ar')).not.toContainText('“');
  // the English is written with typographic quotes in the content itself (a content rule refuses straight ones)
  await expect(page.locator('#p1 > .en')).toContainText('“RT”');
  await expect(page.locator('#p1 > .en')).not.toContainText('"');
});

test('the footnote label and back-links speak the page language and stay out of the contents', async ({ page }) => {
  await page.goto('ar/articles/2022-10-27-wang-yi-lavrov-call/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#footnote-label')).toHaveText('الحواشي');
  await expect(page.locator('#footnote-label')).toHaveAttribute('data-pagefind-ignore', '');
  await expect(page.locator('[data-footnote-backref]').first()).toHaveAttribute(
    'aria-label',
    /^العودة إلى الإحالة \d/u,
  );
  await expect(page.locator('body')).not.toContainText('Footnotes');
  await expect(page.locator('.toc')).not.toContainText('الحواشي');

  await page.goto('articles/2022-10-27-wang-yi-lavrov-call/');
  await expect(page.locator('#footnote-label')).toHaveText('Notes');
  await expect(page.locator('[data-footnote-backref]').first()).toHaveAttribute('aria-label', /^Back to reference \d/u);
  await expect(page.locator('.toc')).not.toContainText('Notes');
  await expect(page.locator('.toc a')).toHaveText([
    'Deepening relations with Russia',
    'Russia thanks China',
    'The war in Ukraine',
  ]);
});

test('annotations show in the reader’s interface language', async ({ page }) => {
  await page.goto('articles/2022-10-27-wang-yi-lavrov-call/');
  const note = page.locator('#fn-lavrov .note');
  await expect(note.locator(':scope > .en')).toBeVisible();
  await expect(note.locator(':scope > .ar')).toBeHidden();
  await page.goto('ar/articles/2022-10-27-wang-yi-lavrov-call/');
  await expect(note.locator(':scope > .ar')).toBeVisible();
  await expect(note.locator(':scope > .en')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a footnote marker leads to its note and the back-link returns to the marker', async ({ page }) => {
    await page.goto('articles/2022-10-27-wang-yi-lavrov-call/');
    await page.locator('#p1 > .ar sup a').first().click();
    await expect(page).toHaveURL(/#fn-china$/u);
    await page.locator('#fn-china [data-footnote-backref]').first().click();
    await expect(page).toHaveURL(/#fnref-china$/u);
  });
});

test('with JavaScript a marker opens its note in place, which links on to the note itself', async ({ page }) => {
  await page.goto('articles/2022-10-27-wang-yi-lavrov-call/');
  await page.locator('#p1 > .ar sup a').first().click();
  await expect(page.locator('.fn-popover')).toContainText('People');
  await page.locator('.fn-popover a[href="#fn-china"]').click();
  await expect(page).toHaveURL(/#fn-china$/u);
});
