// The errata apparatus against the article files themselves: the erratum notes are counted here by reading
// content/articles/*.mdx (not with the site's code), and the index and every article's Errata section must list exactly
// those, each linked to a unit that cites it and to its footnote. Passes with no errata in the articles as with many
// (the fixture build, tests/build/content-check-parity.test.ts, shows an article with none).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { articleSlugs, root } from '../support/edition.ts';

const locales = [
  { prefix: '', lang: 'en', dir: 'ltr', none: 'No errata recorded.' },
  { prefix: 'ar/', lang: 'ar', dir: 'rtl', none: 'لا تصويبات مسجلة.' },
] as const;

/** The ids of an article's erratum notes, read from its MDX: footnote definitions whose Note has type="erratum". */
function erratumIds(slug: string): string[] {
  const mdx = fs.readFileSync(path.join(root, 'content/articles', `${slug}.mdx`), 'utf8');
  return [...mdx.matchAll(/^\[\^([^\]]+)\]:\s*<Note\b[^>]*\btype="erratum"/gmu)].map((match) => match[1] ?? '');
}

const slugs = articleSlugs().sort();
const expected = new Map(slugs.map((slug) => [slug, erratumIds(slug)]));
const total = [...expected.values()].reduce((sum, ids) => sum + ids.length, 0);

/** Each listed erratum in a part of the page: its note id, and where its two links point. */
const entriesIn = (page: Page, scope: string) =>
  page.locator(`${scope} .errata-list > li`).evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-erratum') ?? '',
      unit: li.querySelector('a.erratum-unit')?.getAttribute('href') ?? '',
      note: li.querySelector('a.erratum-note')?.getAttribute('href') ?? '',
      noteText: li.querySelector('a.erratum-note')?.textContent ?? '',
      lang: li.querySelector('.erratum-text')?.getAttribute('lang') ?? '',
      // every run of the other script inside the text has its own lang and dir
      foreign: [...(li.querySelector('.erratum-text')?.querySelectorAll('bdi') ?? [])].map(
        (bdi) => `${bdi.getAttribute('lang')}/${bdi.getAttribute('dir')}`,
      ),
    })),
  );

for (const { prefix, lang, dir, none } of locales) {
  test(`the ${lang} index of errata lists exactly the erratum notes of the article files`, async ({ page }) => {
    await page.goto(`${prefix}errata/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.locator('.errata-list > li')).toHaveCount(total);
    // the articles in date order (their slugs begin with the date), each with its own errata
    const sections = await page
      .locator('section[data-article]')
      .evaluateAll((all) => all.map((s) => s.getAttribute('data-article')));
    expect(sections).toEqual(slugs);
    for (const slug of slugs) {
      const ids = expected.get(slug) ?? [];
      const section = `section[data-article="${slug}"]`;
      await expect(page.locator(section)).toHaveAttribute('data-errata', String(ids.length));
      const entries = await entriesIn(page, section);
      expect(entries.map((e) => e.id).sort()).toEqual([...ids].sort());
      for (const entry of entries) {
        expect(entry.lang).toBe(lang);
        for (const run of entry.foreign) expect(run).toBe(lang === 'en' ? 'ar/rtl' : 'en/ltr');
        expect(entry.unit).toMatch(new RegExp(`/${prefix}articles/${slug}/#p\\d+$`, 'u'));
        expect(entry.note).toMatch(new RegExp(`/${prefix}articles/${slug}/#fn-${entry.id}$`, 'u'));
      }
      if (ids.length === 0) await expect(page.locator(`${section} .errata-none`)).toHaveText(none);
    }
  });

  test(`every ${lang} article page has its Errata section, its entries linked to their units and footnotes`, async ({
    page,
  }) => {
    for (const slug of slugs) {
      const ids = expected.get(slug) ?? [];
      await page.goto(`${prefix}articles/${slug}/`);
      const heading = page.locator('h2#errata');
      await expect(heading).toHaveCount(1);
      // linked from the article's details in its header
      await expect(page.locator('.article-meta a[href="#errata"]')).toHaveCount(1);
      await expect(page.locator('.article-errata')).toHaveAttribute('data-errata', String(ids.length));
      const entries = await entriesIn(page, '.article-errata');
      expect(entries.map((e) => e.id).sort()).toEqual([...ids].sort());
      const units: number[] = [];
      for (const entry of entries) {
        const n = Number(/^#p(\d+)$/u.exec(entry.unit)?.[1]);
        units.push(n);
        expect(entry.note).toBe(`#fn-${entry.id}`);
        // links alone: the notes themselves are on the page
        expect(entry.lang).toBe('');
        // the unit exists and cites the note; the footnote exists and has the number the entry shows
        await expect(page.locator(`#p${n} a[data-footnote-ref][href="#fn-${entry.id}"]`).first()).toBeAttached();
        const number = await page
          .locator('.footnotes li[id^="fn-"]')
          .evaluateAll((items, id) => items.findIndex((li) => li.id === `fn-${id}`) + 1, entry.id);
        expect(number, `#fn-${entry.id}`).toBeGreaterThan(0);
        expect(entry.noteText).toContain(String(number));
      }
      // in unit order
      expect(units).toEqual([...units].sort((a, b) => a - b));
      if (ids.length === 0) await expect(page.locator('.article-errata .errata-none')).toHaveText(none);
      else await expect(page.locator('.article-errata .errata-none')).toHaveCount(0);
    }
  });

  test(`the ${lang} home page and every article link to the index of errata`, async ({ page }) => {
    await page.goto(`${prefix}articles/${slugs[0] ?? ''}/`);
    await expect(page.locator(`.article-errata a[href$="/${prefix}errata/"]`)).toHaveCount(1);
    await page.goto(prefix);
    await page.locator(`main a[href$="/${prefix}errata/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${prefix}errata/$`, 'u'));
    await expect(page.locator('h1')).toHaveText(lang === 'en' ? 'Index of errata' : 'فهرس التصويبات');
  });
}

test('the Errata section prints', async ({ page }) => {
  await page.goto(`articles/${slugs[0]}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.article-errata')).toBeVisible();
  await expect(page.locator('h2#errata')).toBeVisible();
});
