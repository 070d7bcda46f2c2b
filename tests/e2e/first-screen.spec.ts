import { expect, test, type Locator, type Page } from '@playwright/test';
import { articleSlugs } from '../support/edition.ts';

// Issue 24, items 1–7 (reading): each measured in the browser, by boxes, in both interfaces.
const interfaces = [
  { prefix: '', name: 'English', dir: 'ltr' },
  { prefix: 'ar/', name: 'Arabic', dir: 'rtl' },
] as const;
const phone = { width: 375, height: 812 };
const article = 'articles/2024-05-16-putin-xi-beijing-summit/';

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`no box for ${locator.toString()}`);
  return found;
};

/** Waits for the web fonts, whose metrics decide every line break measured here. */
const settle = (page: Page) => page.evaluate(async () => document.fonts.ready.then(() => undefined));

test.describe('the first screen of a phone', () => {
  test.use({ viewport: phone });
  for (const { prefix, name } of interfaces) {
    test(`unit 1 of every article and the home page's first article begin on it (${name})`, async ({ page }) => {
      const slugs = articleSlugs();
      expect(slugs.length).toBeGreaterThanOrEqual(5);
      for (const slug of slugs) {
        await page.goto(`${prefix}articles/${slug}/`);
        await settle(page);
        const unit = await box(page.locator('#p1'));
        expect(unit.y, `${prefix}${slug} unit 1`).toBeLessThan(phone.height);
        // and it is the text, not only its number, that shows there
        expect((await box(page.locator('#p1 > .ar'))).y).toBeLessThan(phone.height - 24);
      }
      await page.goto(prefix);
      await settle(page);
      const first = await box(page.locator('.article-list > li').first());
      expect(first.y).toBeLessThan(phone.height - 48);
      // the timeline is still on the home page, after the articles
      await expect(page.locator('.timeline svg a[data-event]').first()).toBeAttached();
    });

    test(`what the article's head folds is still there and opens (${name})`, async ({ page }) => {
      await page.goto(`${prefix}${article}`);
      for (const fold of ['.article-details', '.article-summary']) {
        const details = page.locator(`details${fold}`);
        await expect(details).not.toHaveAttribute('open');
        await details.locator('> summary').click();
        await expect(details.locator('> :not(summary)').first()).toBeVisible();
      }
      await expect(page.locator('.article-summary > p')).toHaveAttribute('lang', prefix ? 'ar' : 'en');
      await expect(page.locator('.article-meta')).toBeVisible();
    });
  }
});

test.describe('grouped note markers', () => {
  for (const { prefix, name } of interfaces) {
    test(`are isolated and kept apart by the comma of their text, read in order (${name})`, async ({ page }) => {
      await page.goto(`${prefix}${article}?layout=parallel`);
      await settle(page);
      const pairs = await page.locator('[data-unit] .footnote-separator').evaluateAll((separators) =>
        separators.map((separator) => {
          const [before, after] = [separator.previousElementSibling, separator.nextElementSibling];
          const rect = (element: Element | null) => {
            const r = element?.getBoundingClientRect();
            return r ? { left: r.left, right: r.right, top: r.top } : null;
          };
          return {
            lang: separator.closest('[lang]')?.getAttribute('lang'),
            text: separator.textContent,
            isolated: [before, after].map((sup) => (sup ? getComputedStyle(sup).unicodeBidi : '')),
            numbers: [before, after].map((sup) => Number(sup?.textContent)),
            before: rect(before),
            after: rect(after),
          };
        }),
      );
      expect(pairs.filter((pair) => pair.lang === 'ar').length).toBeGreaterThan(1);
      expect(pairs.filter((pair) => pair.lang === 'en').length).toBeGreaterThan(1);
      let measured = 0;
      for (const pair of pairs) {
        expect(pair.text).toBe(pair.lang === 'ar' ? '،' : ',');
        expect(pair.isolated).toEqual(['isolate', 'isolate']);
        const [first, second] = pair.numbers;
        expect(second).toBe((first ?? 0) + 1);
        if (!pair.before || !pair.after || Math.abs(pair.before.top - pair.after.top) > 4) continue;
        measured++;
        // the first number comes first in its text's own direction: to the right of the second in Arabic
        if (pair.lang === 'ar') expect(pair.before.left).toBeGreaterThan(pair.after.right - 1);
        else expect(pair.before.right).toBeLessThan(pair.after.left + 1);
      }
      expect(measured).toBeGreaterThan(2);
    });
  }
});

test.describe('printing the notes', () => {
  for (const { prefix, name } of interfaces) {
    test(`each language of a note on its own line in its direction, no back-links, a plain folded line (${name})`, async ({
      page,
    }) => {
      await page.goto(`${prefix}${article}`);
      await page.emulateMedia({ media: 'print' });
      await settle(page);
      const notes = await page.locator('.footnotes li .note').evaluateAll((found) =>
        found.map((note) => {
          const part = (selector: string) => {
            const element = note.querySelector(selector);
            const r = element?.getBoundingClientRect();
            return {
              top: r?.top ?? 0,
              bottom: r?.bottom ?? 0,
              direction: element ? getComputedStyle(element).direction : '',
            };
          };
          return { en: part(':scope > .en'), ar: part(':scope > .ar') };
        }),
      );
      expect(notes.length).toBeGreaterThan(10);
      for (const { en, ar } of notes) {
        expect(en.direction).toBe('ltr');
        expect(ar.direction).toBe('rtl');
        // one after the other, never on the same line
        expect(ar.top).toBeGreaterThanOrEqual(en.bottom - 1);
      }
      // the Arabic of a note starts at the right-hand edge, the English at the left
      const first = page.locator('.footnotes li .note').first();
      const [li, ar, en] = await Promise.all([
        box(page.locator('.footnotes li').first()),
        textBox(first.locator(':scope > .ar')),
        textBox(first.locator(':scope > .en')),
      ]);
      expect(li.x + li.width - (ar.x + ar.width)).toBeLessThan(8);
      expect(en.x - li.x).toBeLessThan(8);
      for (const backref of await page.locator('[data-footnote-backref]').all()) await expect(backref).toBeHidden();
      const colours = await page.evaluate(() => {
        const summary = document.querySelector('details.article-details > summary');
        const link = document.querySelector('.article-meta a');
        return {
          summary: summary ? getComputedStyle(summary).color : '',
          body: getComputedStyle(document.body).color,
          link: link ? getComputedStyle(link).color : '',
        };
      });
      expect(colours.summary).toBe(colours.body);
      expect(colours.summary).not.toBe(colours.link);
    });
  }
});

/** The box of an element's text as laid out (its first line), not of the element. */
const textBox = (locator: Locator) =>
  locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const r = range.getClientRects()[0] ?? element.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });

test.describe('the timeline on a phone', () => {
  test.use({ viewport: phone });
  for (const { prefix, name, dir } of interfaces) {
    test(`says that it scrolls, and draws every label and mark whole (${name})`, async ({ page }) => {
      for (const path of ['', 'chronology/', 'chronology/person/sergei-lavrov/']) {
        await page.goto(`${prefix}${path}`);
        await settle(page);
        const figure = page.locator('figure.timeline');
        const sizes = await figure.evaluate((f) => ({ scroll: f.scrollWidth, client: f.clientWidth }));
        const hint = page.locator('.timeline-scroll-hint');
        if (sizes.scroll > sizes.client) {
          await expect(hint, `${prefix}${path}`).toBeVisible();
          const [hintBox, figureBox] = [await box(hint), await box(figure)];
          expect(hintBox.x).toBeGreaterThanOrEqual(figureBox.x - 1);
          expect(hintBox.x + hintBox.width).toBeLessThanOrEqual(figureBox.x + figureBox.width + 1);
          // the hint points the way the chart goes on: right in English, left in Arabic
          await expect(hint).toContainText(dir === 'rtl' ? '←' : '→');
          // it stays in view as the chart scrolls to its far end, and so does the caption
          await figure.evaluate((f, rtl) => {
            f.scrollLeft = rtl ? -f.scrollWidth : f.scrollWidth;
          }, dir === 'rtl');
          const [moved, caption] = [await box(hint), await box(figure.locator('figcaption'))];
          expect(Math.abs(moved.x - hintBox.x)).toBeLessThan(2);
          expect(caption.x).toBeGreaterThanOrEqual(figureBox.x - 1);
        } else await expect(hint).toBeHidden();
        // every year label and every mark lies whole inside the chart: none is cut by its ends
        const parts = await figure.evaluate((f) => {
          const chart = f.querySelector('svg')?.getBoundingClientRect();
          const within = (e: Element) => {
            const r = e.getBoundingClientRect();
            return !!chart && r.left >= chart.left - 0.5 && r.right <= chart.right + 0.5 && r.width > 0;
          };
          return {
            labels: [...f.querySelectorAll('.tick text')].map((t) => [t.textContent.trim(), within(t)]),
            marks: [...f.querySelectorAll('.mark')].map(within),
          };
        });
        expect(parts.labels.length).toBeGreaterThan(0);
        for (const [label, whole] of parts.labels) {
          expect(label).toMatch(/^\d{4}$/u);
          expect(whole, `${prefix}${path} label ${String(label)}`).toBe(true);
        }
        expect(parts.marks.every(Boolean)).toBe(true);
      }
    });
  }

  test('on a wide screen the chart fits, and says nothing of scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('chronology/');
    const sizes = await page
      .locator('figure.timeline')
      .evaluate((f) => ({ scroll: f.scrollWidth, client: f.clientWidth }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    await expect(page.locator('.timeline-scroll-hint')).toBeHidden();
  });
});

test.describe('the chronology list', () => {
  for (const { prefix, name } of interfaces) {
    for (const width of [1280, 375]) {
      test(`badges keep their own width and source links name their article at ${String(width)} px (${name})`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${prefix}chronology/`);
        const badges = await page.locator('.chronology-entry .badge').evaluateAll((found) =>
          found.map((badge) => {
            const range = document.createRange();
            range.selectNodeContents(badge);
            const text = range.getBoundingClientRect();
            const title = badge.parentElement?.querySelector('.chronology-title')?.getBoundingClientRect();
            return { width: badge.getBoundingClientRect().width, text: text.width, title: title?.bottom ?? 0 };
          }),
        );
        expect(badges.length).toBeGreaterThan(4);
        for (const badge of badges) {
          // its text and its padding (0.4rem a side), not a bar filling a column
          expect(badge.width).toBeLessThan(badge.text + 20);
        }
        const links = page.locator('.chronology-sources a[data-unit-link]');
        expect(await links.count()).toBeGreaterThan(20);
        for (const link of (await links.all()).slice(0, 12)) {
          const visible = (await link.evaluate((a) => a.firstChild?.textContent ?? '')).trim();
          expect(visible).toMatch(/^\d{4}-\d{2} §\d+$/u);
          // drawn as written, the year first and the section sign before its number, in Arabic too
          await expect(link).toHaveAttribute('dir', 'ltr');
          const title = (await link.getAttribute('title')) ?? 'missing';
          // its name: what it shows, then the article it opens
          await expect(link).toHaveAccessibleName(`${visible} (${title})`);
        }
      });
    }
  }
});

test.describe('the header at 1280 px', () => {
  for (const { prefix, name, dir } of interfaces) {
    test(`stays in place from page to page, the search page included (${name})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const places: Record<string, number[]> = {};
      for (const path of ['', 'chronology/', 'search/', article, 'about/', 'entities/']) {
        await page.goto(`${prefix}${path}`);
        await settle(page);
        const [title, nav, tools] = await Promise.all(
          ['.site-title', '.site-nav', '.header-tools'].map((selector) => box(page.locator(selector))),
        );
        if (!title || !nav || !tools) throw new Error('no header');
        // the edges the reading direction starts from: the title's and the nav's starts, the tools' end
        places[path] =
          dir === 'rtl' ? [title.x + title.width, nav.x + nav.width, tools.x] : [title.x, nav.x, tools.x + tools.width];
        // the offline notice takes no cell of the header while it has nothing to say
        await expect(page.locator('.site-header offline-update')).toHaveCSS('display', 'contents');
      }
      const [first, ...others] = Object.values(places);
      for (const other of others)
        for (const [i, x] of other.entries()) expect(Math.abs(x - (first?.[i] ?? 0))).toBeLessThan(1);
    });
  }
});

test.describe('note popovers', () => {
  for (const { prefix, name } of interfaces) {
    test(`Tab from a marker reaches the popover's links, and leads on to the text after them (${name})`, async ({
      page,
    }) => {
      await page.goto(`${prefix}${article}`);
      const marker = page.locator('#p1 > .ar a[data-footnote-ref]').first();
      const popover = page.locator('.fn-popover');
      await marker.focus();
      await expect(popover).toBeVisible();
      const links = popover.locator('a[href]');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(1);
      await page.keyboard.press('Tab');
      await expect(links.first()).toBeFocused();
      await expect(popover).toBeVisible();
      // Shift+Tab returns to the marker
      await page.keyboard.press('Shift+Tab');
      await expect(marker).toBeFocused();
      await page.keyboard.press('Tab');
      for (let i = 1; i < count; i++) {
        await page.keyboard.press('Tab');
        await expect(links.nth(i)).toBeFocused();
      }
      // from the last link, Tab goes on to the marker that follows the first in the text
      const next = page.locator('#p1 > .ar a[data-footnote-ref]').nth(1);
      await page.keyboard.press('Tab');
      await expect(next).toBeFocused();
      await expect(next).toHaveAttribute('aria-describedby', 'fn-popover');
      await expect(marker).not.toHaveAttribute('aria-describedby', 'fn-popover');
    });

    test(`a move from a marker to its popover across another marker keeps the note (${name})`, async ({ page }) => {
      await page.goto(`${prefix}${article}`);
      // two markers side by side (1 and 2 at the end of the first word of unit 1's Arabic)
      const markers = page.locator('#p1 > .ar a[data-footnote-ref]');
      const [a, b] = [await box(markers.nth(0)), await box(markers.nth(1))];
      const popover = page.locator('.fn-popover');
      const noteOf = async (index: number) =>
        page
          .locator(decodeURIComponent((await markers.nth(index).getAttribute('href')) ?? ''))
          .locator('.note-type-end + *')
          .first()
          .innerText();
      const [first, second] = [await noteOf(0), await noteOf(1)];
      await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
      await expect(popover).toBeVisible();
      await expect(popover).toContainText(first.slice(0, 30));
      const target = await box(popover);
      // the diagonal: through the other marker, then into the popover
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 2 });
      await page.mouse.move(target.x + target.width / 2, target.y + 10, { steps: 3 });
      await page.waitForTimeout(600);
      await expect(popover).toBeVisible();
      await expect(popover).toContainText(first.slice(0, 30));
      await expect(markers.nth(0)).toHaveAttribute('aria-describedby', 'fn-popover');
      // resting on the other marker does show its note
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
      await expect(popover).toContainText(second.slice(0, 30));
    });
  }
});
