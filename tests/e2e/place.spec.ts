// Keeping the reader's place: the language switch, arrival at a unit, copying a passage, and printing an article.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { root } from '../support/edition.ts';

const slug = '2022-10-27-wang-yi-lavrov-call';
const article = `articles/${slug}/`;
const interfaces = [
  { lang: 'en', prefix: '', other: 'ar/', source: 'Source' },
  { lang: 'ar', prefix: 'ar/', other: '', source: 'المصدر' },
] as const;
const widths = [1280, 375] as const;

/** Whether the top of an element is on screen and not covered by anything at its top edge. */
async function clearOnScreen(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const covering = document.elementFromPoint(box.left + box.width / 2, box.top + 4);
    return { top: box.top, covered: !(covering && element.contains(covering)) };
  });
}

// A page reached through an address with a fragment scrolls there once it has loaded: on a busy machine after the
// address has changed, so the checks below wait for the unit to be clear (expect.poll) rather than look once.

/** Scrolls a unit to the top of the screen without touching the address, and stays there a moment, as reading does. */
async function readUnit(page: Page, n: number) {
  await page.locator(`#p${String(n)}`).evaluate((unit) => {
    scrollTo(0, scrollY + unit.getBoundingClientRect().top - 30);
  });
  await expect(page.locator('[data-language-switch]')).toHaveAttribute('data-reading', `p${String(n)}`);
}

for (const { lang, prefix, other } of interfaces) {
  test.describe(`the language switch from the ${lang} interface`, () => {
    for (const width of widths) {
      test(`keeps the unit in view at ${String(width)} px, with or without a unit in the address`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${prefix}${article}`);
        await readUnit(page, 12);
        await page.locator('[data-language-switch]').click();
        await expect(page).toHaveURL(new RegExp(`/${other}${article}#p12$`, 'u'));
        await expect.poll(async () => (await clearOnScreen(page, '#p12')).covered).toBe(false);
        // read on from an address that names another unit: the one in view wins
        await page.goto(`${prefix}${article}#p4`);
        await readUnit(page, 15);
        await page.locator('[data-language-switch]').click();
        await expect(page).toHaveURL(new RegExp(`/${other}${article}#p15$`, 'u'));
        // at the top of the page nothing is added
        await page.goto(`${prefix}${article}`);
        await page.locator('[data-language-switch]').click();
        await expect(page).toHaveURL(new RegExp(`/${other}${article}$`, 'u'));
      });
    }

    test('keeps the layout chosen, whether it came from the address or from storage', async ({ page }) => {
      await page.goto(`${prefix}${article}`);
      await page.locator('layout-switch input[value="ar"]').check();
      await page.locator('[data-language-switch]').click();
      await expect(page).toHaveURL(new RegExp(`/${other}${article}\\?layout=ar(#p\\d+)?$`, 'u'));
      await expect(page.locator('[data-article]')).toHaveAttribute('data-layout', 'ar');
      await expect(page.locator('#p4 > .en')).toBeHidden();
      // chosen earlier and remembered, not in this address: it still travels
      await page.evaluate(() => {
        localStorage.setItem('edition-layout', 'en');
      });
      await page.goto(`${prefix}${article}`);
      await expect(page.locator('[data-article]')).toHaveAttribute('data-layout', 'en');
      await page.locator('[data-language-switch]').click();
      await expect(page).toHaveURL(new RegExp(`/${other}${article}\\?layout=en(#p\\d+)?$`, 'u'));
      await expect(page.locator('#p4 > .ar')).toBeHidden();
    });

    test('keeps the search query and filters on the search page', async ({ page }) => {
      await page.goto(`${prefix}search/?q=Lavrov&year=2022&topic=diplomacy`);
      await expect(page.locator('#search-query')).toHaveValue('Lavrov');
      await page.locator('[data-language-switch]').click();
      await expect(page).toHaveURL(new RegExp(`/${other}search/\\?q=Lavrov&year=2022&topic=diplomacy$`, 'u'));
      await expect(page.locator('#search-query')).toHaveValue('Lavrov');
      await expect(page.locator('select[name="year"]')).toHaveValue('2022');
      await expect(page.locator('select[name="topic"]')).toHaveValue('diplomacy');
    });
  });

  test.describe(`arriving at a unit in the ${lang} interface`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`marks it in the ${scheme} scheme and keeps it clear of the top edge`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const marked = scheme === 'light' ? 'rgb(251, 239, 199)' : 'rgb(59, 51, 32)';
        const background = (selector: string) =>
          page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
        // from an event page
        await page.goto(`${prefix}events/${slug}/`);
        await page.locator(`a[data-unit-link][href$="${article}#p4"]`).first().click();
        await expect(page).toHaveURL(new RegExp(`/${prefix}${article}#p4$`, 'u'));
        await expect.poll(() => background('#p4')).toBe(marked);
        expect(await background('#p5')).toBe('rgba(0, 0, 0, 0)');
        await expect.poll(async () => (await clearOnScreen(page, '#p4')).covered).toBe(false);
        const arrival = await clearOnScreen(page, '#p4');
        expect(arrival.top).toBeGreaterThanOrEqual(12); // the scroll margin, not flush with the edge
        // from the chronology
        await page.goto(`${prefix}chronology/`);
        const link = page.locator('.chronology-sources a[data-unit-link]').last();
        const href = (await link.getAttribute('href')) ?? '';
        await link.click();
        await page.waitForURL((url) => url.hash !== '');
        const id = href.split('#')[1] ?? '';
        expect(id).toMatch(/^p\d+$/u);
        await expect.poll(() => background(`#${id}`)).toBe(marked);
        await expect.poll(async () => (await clearOnScreen(page, `#${id}`)).covered).toBe(false);
        // from a citation's unit URL, opened as a link is
        await page.goto(`${prefix}${article}#p16`);
        await expect.poll(() => background('#p16')).toBe(marked);
        await expect.poll(async () => (await clearOnScreen(page, '#p16')).covered).toBe(false);
        // the marked unit keeps its contrast: axe finds nothing on it
        const results = await new AxeBuilder({ page }).include('#p16').withTags(['wcag2a', 'wcag2aa']).analyze();
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
      });
    }
  });
}

test.describe('copying a passage', () => {
  const p4 = {
    ar: 'في الوقت ذاته، أكد الوزير الصيني أن "للصين وروسيا حقوقاً مشروعة في تحقيق التنمية بما يتماشى مع اتجاه العصر"، مشدداً على أن "أي محاولة لمنع الصين وروسيا من المضي قدماً محكوم عليها بالفشل". وأضاف أن "الحكومة الصينية تعتزم تعميق العلاقات مع روسيا على جميع المستويات".',
    en: 'At the same time, the Chinese minister affirmed that “China and Russia have legitimate rights to achieve development in keeping with the trend of the times”, stressing that “any attempt to prevent China and Russia from moving forward is doomed to failure”. He added that “the Chinese government intends to deepen relations with Russia at all levels”.',
  };

  /** Selects from the start of one element to the end of another, then copies with the keyboard. */
  async function copy(page: Page, from: string, to: string): Promise<string> {
    await page.evaluate(
      ([start, end]) => {
        const range = document.createRange();
        range.setStart(document.querySelector(start ?? '') as Node, 0);
        const last = document.querySelector(end ?? '') as Node;
        range.setEnd(last, last.childNodes.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      },
      [from, to],
    );
    await page.keyboard.press('Control+C');
    return page.evaluate(() => navigator.clipboard.readText());
  }

  for (const { lang, prefix, source } of interfaces) {
    test(`across both columns and several units, from the ${lang} interface`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${prefix}${article}?layout=parallel`);
      const copied = await copy(page, '#p3 > .ar', '#p4 > .en');
      const [text, credit] = copied.split('\n— ');
      expect(text).toBe(`\u200Fتعميق العلاقات مع روسيا\nDeepening relations with Russia\n\n\u200F${p4.ar}\n${p4.en}`);
      expect(credit).toMatch(new RegExp(`^${source}: https?://[^ ]+/articles/${slug}/#p3–p4$`, 'u'));
      // the credited address opens with those units marked and the first in view
      const credited = new URL((credit ?? '').slice(`${source}: `.length));
      await page.goto(`${prefix}${article}${credited.hash}`);
      const marks = await page.evaluate(() =>
        ['p2', 'p3', 'p4', 'p5'].map((id) => getComputedStyle(document.getElementById(id) as Element).backgroundColor),
      );
      expect(marks).toEqual(['rgba(0, 0, 0, 0)', 'rgb(251, 239, 199)', 'rgb(251, 239, 199)', 'rgba(0, 0, 0, 0)']);
      await expect.poll(async () => (await clearOnScreen(page, '#p3')).covered).toBe(false);
      // one unit, both languages: each on its line, credited to that unit
      const heading = await copy(page, '#p7 > .ar', '#p7 > .en');
      expect(heading).toMatch(
        new RegExp(
          `^\u200Fروسيا تشكر الصين\nRussia thanks China\n— ${source}: https?://[^ ]+/articles/${slug}/#p7$`,
          'u',
        ),
      );
      // a one-language layout copies the language shown
      await page.goto(`${prefix}${article}?layout=en`);
      const english = await copy(page, '#p3', '#p4');
      expect(english.split('\n— ')[0]).toBe(`Deepening relations with Russia\n\n${p4.en}`);
    });
  }
});

test.describe('printing an article', () => {
  for (const { lang, prefix } of interfaces) {
    test(`prints the edition and address, full-width unit URLs and a whole grid, from the ${lang} interface`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${prefix}${article}?layout=parallel`);
      // folded on screen (a phone's first screens), the article's details and its other summary print open
      await expect(page.locator('details.fold > :not(summary)').first()).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('details.article-details > :not(summary)').first()).toBeVisible();
      const source = page.locator('.print-source');
      await expect(source).toBeVisible();
      // every page: the same in the top and bottom margins (CSS margin boxes reading these attributes)
      const title =
        lang === 'en'
          ? 'China and Russia, 2022–2026: An Annotated Bilingual Chronology'
          : 'الصين وروسيا 2022–2026: تسلسل زمني ثنائي اللغة مع حواشٍ';
      await expect(page.locator('html')).toHaveAttribute('data-print-title', title);
      await expect(page.locator('html')).toHaveAttribute(
        'data-print-url',
        new RegExp(`^https?://[^ ]+/${prefix}${article}$`, 'u'),
      );
      const margins = await page.evaluate(() =>
        [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]))
          .filter((rule) => rule instanceof CSSPageRule)
          .flatMap((rule) => [...rule.cssRules])
          .map((rule) => rule.cssText.replace(/\s+/gu, ' ')),
      );
      expect(margins.join('\n')).toMatch(/@top-center \{[^}]*content: attr\(data-print-title\)/u);
      expect(margins.join('\n')).toMatch(/@bottom-center \{[^}]*content: attr\(data-print-url\)[^;]*counter\(page\)/u);
      await expect(source.locator('cite')).toHaveText(title);
      await expect(source.locator('.print-address')).toHaveText(
        new RegExp(`^https?://[^ ]+/${prefix}${article}$`, 'u'),
      );
      const unit = await page.locator('#p4').evaluate((element) => {
        const number = element.querySelector('.unit-number');
        const url = number ? getComputedStyle(number, '::after') : undefined;
        const [ar, en] = ['.ar', '.en'].map((c) => element.querySelector(`:scope > ${c}`)?.getBoundingClientRect());
        return {
          url: url?.content,
          urlWidth: parseFloat(url?.width ?? '0'),
          unitWidth: element.getBoundingClientRect().width,
          side: ar && en ? Math.abs(ar.top - en.top) < 2 && ar.width > 100 && en.width > 100 : false,
        };
      });
      expect(unit.url).toMatch(new RegExp(`^"https?://[^ ]+/articles/${slug}/#p4"$`, 'u'));
      expect(unit.urlWidth).toBeGreaterThan(unit.unitWidth * 0.8); // a line across the unit, not a 2rem column
      expect(unit.side).toBe(true);
      // a one-language layout chosen on screen: that language across the whole text width, the other not printed
      for (const [layout, shown, hidden] of [
        ['ar', '.ar', '.en'],
        ['en', '.en', '.ar'],
      ] as const) {
        await page.emulateMedia({ media: 'screen' });
        await page.goto(`${prefix}${article}?layout=${layout}`);
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator(`#p4 > ${hidden}`)).toBeHidden();
        const widths = await page.locator('#p4').evaluate(
          (element, selector) => ({
            text: element.querySelector(`:scope > ${selector}`)?.getBoundingClientRect().width ?? 0,
            unit: element.getBoundingClientRect().width,
          }),
          shown,
        );
        expect(widths.text).toBeGreaterThan(widths.unit * 0.8);
      }
      // the printed page, as a picture for people to look at
      await page.goto(`${prefix}${article}?layout=parallel`);
      await page.emulateMedia({ media: 'print' });
      const folder = path.join(root, 'test-results/screenshots');
      fs.mkdirSync(folder, { recursive: true });
      await page.screenshot({ path: path.join(folder, `print-article-${lang}.png`) });
      await page.pdf({ path: path.join(folder, `print-article-${lang}.pdf`), format: 'A4' });
    });
  }
});
