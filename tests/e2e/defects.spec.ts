import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { root } from '../support/edition.ts';

const xiEvents = fs
  .readdirSync(path.join(root, 'content/events'))
  .map(
    (file) => parseYaml(fs.readFileSync(path.join(root, 'content/events', file), 'utf8')) as { participants: string[] },
  )
  .filter((event) => event.participants.includes('xi-jinping')).length;

// The visible defects and accessibility points of issue 13, each in both interfaces.
const article = 'articles/2024-05-16-putin-xi-beijing-summit/';
const interfaces = [
  { prefix: '', name: 'English' },
  { prefix: 'ar/', name: 'Arabic' },
] as const;

/** The rendered text of an element as a reader sees it (CSS-hidden parts left out, runs of space as one). */
const seen = (locator: Locator) =>
  locator.evaluate((element) => (element as HTMLElement).innerText.replace(/\s+/gu, ' ').trim());

/** Every text node holding a letter of the given script, with the lang of its nearest element that has one. */
const scriptLangs = (locator: Locator, script: 'Arabic' | 'Latin') =>
  locator.evaluate((element, name) => {
    const letter = new RegExp(`\\p{Script=${name}}`, 'u');
    const found: { text: string; lang: string }[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (letter.test(text))
        found.push({ text, lang: node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '' });
    }
    return found;
  }, script);

/** The boxes of the links in a list, in document order. */
const boxes = (links: Locator) =>
  links.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));

test.describe('notes', () => {
  const expected = {
    '': { start: 'Person: Vladimir Putin', back: ['↩ Arabic text', '↩ English text'] },
    'ar/': { start: 'شخص: فلاديمير بوتين', back: ['↪ النص العربي', '↪ النص الإنجليزي'] },
  } as const;
  for (const { prefix, name } of interfaces) {
    test(`the note type is set off from the note, in the list and the popover (${name})`, async ({ page }) => {
      await page.goto(`${prefix}${article}`);
      expect(await seen(page.locator('#fn-putin .note'))).toMatch(new RegExp(`^${expected[prefix].start}`, 'u'));
      await page.locator('#fnref-putin-2').focus();
      const popover = page.locator('.fn-popover');
      await expect(popover).toBeVisible();
      expect(await seen(popover.locator('.fn-popover-body'))).toMatch(new RegExp(`^${expected[prefix].start}`, 'u'));
    });

    test(`the two back-links say which text they return to (${name})`, async ({ page }) => {
      await page.goto(`${prefix}${article}`);
      const backlinks = page.locator('#fn-putin [data-footnote-backref]');
      expect(await backlinks.evaluateAll((links) => links.map((a) => (a as HTMLElement).innerText.trim()))).toEqual(
        expected[prefix].back,
      );
      await expect(backlinks.nth(0)).toHaveAttribute(
        'aria-label',
        prefix ? 'العودة إلى الإحالة 3 في النص العربي' : 'Back to reference 3 in the Arabic text',
      );
      await expect(backlinks.nth(1)).toHaveAttribute(
        'aria-label',
        prefix ? 'العودة إلى الإحالة 3 في النص الإنجليزي' : 'Back to reference 3 in the English text',
      );
      // and each leads to the marker in that text
      const textLang = (id: string) =>
        page.locator(id).evaluate((a) => a.closest('.unit > [lang]')?.getAttribute('lang'));
      expect(await textLang('#fnref-putin')).toBe('ar');
      expect(await textLang('#fnref-putin-2')).toBe('en');
      await expect(backlinks.nth(0)).toHaveAttribute('href', '#fnref-putin');
      await expect(backlinks.nth(1)).toHaveAttribute('href', '#fnref-putin-2');
    });

    test(`a popover with links is no tooltip; Tab goes through its links, then on to the next marker (${name})`, async ({
      page,
    }) => {
      await page.goto(`${prefix}${article}`);
      // the Arabic of the unit whose first marker is the note on Beijing: Beijing, summit, Putin, Xi, bullets
      const markers = page
        .locator('.unit', { has: page.locator('#fnref-beijing') })
        .locator(':scope > .ar sup a[data-footnote-ref]');
      await expect(markers).toHaveCount(5);
      await markers.nth(0).focus();
      await expect(page.locator('.fn-popover')).toBeVisible();
      await expect(page.locator('[role="tooltip"]')).toHaveCount(0);
      await expect(page.locator('.fn-popover a').first()).toBeVisible();
      // the open popover's links come next (issue 24: they could not be reached), then the next marker
      for (const link of await page.locator('.fn-popover a[href]').all()) {
        await page.keyboard.press('Tab');
        await expect(link).toBeFocused();
      }
      await page.keyboard.press('Tab');
      await expect(markers.nth(1)).toBeFocused();
      await expect(markers.nth(1)).toHaveAttribute('aria-describedby', 'fn-popover');
    });

    test(`a popover near the bottom edge opens above its marker (${name})`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${prefix}${article}`);
      const marker = page.locator('#p9 > .ar sup a').first();
      await marker.evaluate((element) => {
        window.scrollBy(0, element.getBoundingClientRect().top - (window.innerHeight - 40));
      });
      await marker.click();
      const popover = page.locator('.fn-popover');
      await expect(popover).toBeVisible();
      const [pop, mark] = await Promise.all([popover.boundingBox(), marker.boundingBox()]);
      expect(pop && mark && pop.y + pop.height <= mark.y).toBe(true);
      expect(pop && pop.y >= 0).toBe(true);
      if (prefix) {
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: path.join(root, 'test-results/screenshots/popover-bottom-ar-375.png') });
      }
    });
  }
});

test.describe('link lists', () => {
  for (const { prefix, name } of interfaces) {
    test(`links side by side are separated, isolated and 24 px targets (${name})`, async ({ page }) => {
      const comma = prefix ? '،' : ',';
      await page.goto(`${prefix}chronology/`);
      expect(await seen(page.locator('.data-links'))).toBe(
        `${prefix ? 'البيانات:' : 'Data:'} chronology.json${comma} chronology.csv${comma} chronology.ics${comma} feed.xml`,
      );
      for (const box of await boxes(page.locator('.data-links a, .chronology-sources a'))) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      await page.goto(`${prefix}${article}`);
      const item = page.locator('.article-events li[data-event="2022-02-04-no-limits-statement"]');
      expect(await seen(item)).toMatch(new RegExp(`§4${comma} §18$`, 'u'));
      const [first, second] = await boxes(item.locator('.link-list a'));
      // §4 comes first in the reading direction: to the left in English, to the right in Arabic
      expect(first && second && (prefix ? first.x > second.x : first.x < second.x)).toBe(true);
      for (const box of [first, second]) expect(box && box.width >= 24 && box.height >= 24).toBe(true);
    });
  }
});

test.describe('timeline', () => {
  for (const { prefix, name } of interfaces) {
    test(`a person's timeline draws every tick, and says nothing of compressed years (${name})`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${prefix}chronology/person/xi-jinping/`);
      const ticks = await page
        .locator('.timeline .tick line')
        .evaluateAll((lines) => lines.map((line) => line.getAttribute('x1') ?? ''));
      expect(ticks.length).toBeGreaterThan(2);
      for (const x of ticks) expect(Number.isFinite(Number.parseFloat(x))).toBe(true);
      await expect(page.locator('.timeline .tick text').first()).toHaveText('2022');
      await expect(page.locator('#timeline-caption')).not.toContainText(prefix ? 'مضغوطة' : 'compressed');
      expect(errors).toEqual([]);
      await page.goto(`${prefix}chronology/`);
      await expect(page.locator('#timeline-caption')).toContainText(prefix ? 'مضغوطة' : 'compressed');
    });

    test(`timeline marks are 24 px targets, one tab stop, labelled, and time runs the reading way (${name})`, async ({
      page,
    }) => {
      await page.goto(`${prefix}chronology/person/xi-jinping/`);
      const marks = page.locator('.timeline svg a[data-event]');
      const count = await marks.count();
      // every event content/events gives Xi Jinping as a participant
      expect(count).toBe(xiEvents);
      for (const box of await boxes(marks)) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      // the first event (2022) and the last (2026): right to left in Arabic
      const [earliest] = await boxes(marks.first());
      const [latest] = await boxes(marks.last());
      expect(earliest && latest && (prefix ? earliest.x > latest.x : earliest.x < latest.x)).toBe(true);
      // one tab stop: from the last filter link, Tab reaches the first mark, and Tab again leaves the chart
      await page.locator('.chronology-filters a').last().focus();
      await page.keyboard.press('Tab');
      await expect(marks.first()).toBeFocused();
      const label = page.locator('[data-timeline-label]');
      await expect(label).toHaveText((await marks.first().getAttribute('aria-label')) ?? 'missing');
      await page.keyboard.press(prefix ? 'ArrowLeft' : 'ArrowRight');
      await expect(marks.nth(1)).toBeFocused();
      await expect(label).toHaveText((await marks.nth(1).getAttribute('aria-label')) ?? 'missing');
      await page.keyboard.press('End');
      await expect(marks.last()).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.locator('.data-links a').first()).toBeFocused();
    });
  }
});

test.describe('the Arabic interface reads Arabic first', () => {
  test('the empty header search box runs right to left, its placeholder whole on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`ar/${article}`);
    const input = page.locator('#site-search');
    await expect(input).toHaveCSS('direction', 'rtl');
    const fits = await input.evaluate((element) => {
      const box = element as HTMLInputElement;
      const style = getComputedStyle(box);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return false;
      context.font = style.font;
      const room =
        box.clientWidth - Number.parseFloat(style.paddingInlineStart) - Number.parseFloat(style.paddingInlineEnd);
      return context.measureText(box.placeholder).width <= room;
    });
    expect(fits).toBe(true);
    await page.goto(article);
    await expect(page.locator('#site-search')).toHaveCSS('direction', 'ltr');
  });

  for (const { prefix, name } of interfaces) {
    test(`summaries and entity headings put the interface's language first (${name})`, async ({ page }) => {
      const [first, second] = prefix ? ['ar', 'en'] : ['en', 'ar'];
      await page.goto(`${prefix}${article}`);
      await expect(page.locator('.article-summary p').first()).toHaveAttribute('lang', first);
      await expect(page.locator('.article-summary details p')).toHaveAttribute('lang', second);
      await expect(page.locator('.article-summary details')).not.toHaveAttribute('open');
      await page.goto(`${prefix}entities/sergei-lavrov/`);
      await expect(page.locator('h1 > span')).toHaveText(
        prefix ? ['سيرغي لافروف', 'Sergei Lavrov'] : ['Sergei Lavrov', 'سيرغي لافروف'],
      );
      await expect(page.locator('h1 > span').first()).toHaveAttribute('lang', first);
    });
  }
});

test.describe('phones', () => {
  for (const { prefix, name } of interfaces) {
    test(`a compact header, and the text starts on the first or second screen (${name})`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${prefix}${article}`);
      await page.evaluate(() => document.fonts.ready);
      const header = await page.locator('.site-header').boundingBox();
      expect(header?.height).toBeLessThanOrEqual(140);
      for (const fold of await page.locator('.article-header details').all())
        await expect(fold).not.toHaveAttribute('open');
      await expect(page.locator('.article-meta')).toBeHidden();
      await expect(page.locator('.toc')).toBeHidden();
      const unit = await page.locator('.unit').first().boundingBox();
      expect(unit?.y).toBeLessThan(2 * 812);
      if (prefix) {
        await page.screenshot({ path: path.join(root, 'test-results/screenshots/article-top-ar-375.png') });
      }
    });
  }
});

test.describe('accessibility', () => {
  for (const { prefix, name } of interfaces) {
    test(`the language switch is named by its visible word, spoken in its language (${name})`, async ({ page }) => {
      await page.goto(`${prefix}${article}`);
      const word = prefix ? 'English' : 'العربية';
      const link = page.locator('[data-language-switch]');
      await expect(link).not.toHaveAttribute('aria-label');
      await expect(link.locator('span').first()).toHaveText(word);
      await expect(link.locator('span').first()).toHaveAttribute('lang', prefix ? 'en' : 'ar');
      await expect(page.getByRole('link', { name: word })).toHaveCount(1);
      await expect(link).toHaveAccessibleName(
        prefix ? 'English (اقرأ هذه الصفحة بالإنجليزية)' : 'العربية (read this page in Arabic)',
      );
    });

    test(`the dark-mode button shows its state (${name})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(prefix);
      const toggle = page.locator('.theme-toggle');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      const look = () =>
        toggle.evaluate((button) => ({
          background: getComputedStyle(button).backgroundColor,
          mark: getComputedStyle(button, '::before').content,
        }));
      const off = await look();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      const on = await look();
      expect(on.background).not.toBe(off.background);
      expect(off.mark).toContain('○');
      expect(on.mark).toContain('●');
    });
  }

  test('Arabic inside an English citation is marked as Arabic', async ({ page }) => {
    await page.goto(article);
    const citations = page.locator('#cite .citation');
    const runs = (await Promise.all((await citations.all()).map((c) => scriptLangs(c, 'Arabic')))).flat();
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) expect(run).toEqual({ text: run.text, lang: 'ar' });
  });

  test('the query in a search status line has its own language, in both interfaces', async ({ page }) => {
    await page.goto('search/?q=لافروف');
    const status = page.locator('[data-status]');
    await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
    await expect(status).toContainText('Results for');
    expect(await scriptLangs(status, 'Arabic')).toEqual([{ text: 'لافروف', lang: 'ar' }]);
    await page.goto('ar/search/?q=Lavrov');
    await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
    expect(await scriptLangs(page.locator('[data-status]'), 'Latin')).toEqual([{ text: 'Lavrov', lang: 'en' }]);
  });

  for (const { prefix, name } of interfaces) {
    test(`an entity no text names says so plainly (${name})`, async ({ page }) => {
      await page.goto(`${prefix}entities/`);
      const canada = page.locator('li[data-mentions="0"]', { has: page.locator('a[href$="/entities/canada/"]') });
      await expect(canada).toHaveText(
        prefix ? 'كندا — لم يُذكر في نص أي مقال' : 'Canada — not named in the text of any article',
      );
      await expect(page.locator('main')).not.toContainText('(0)');
      await page.goto(`${prefix}entities/canada/`);
      await expect(page.locator('[data-no-mentions]')).toHaveText(
        prefix ? 'لم يُذكر في نص أي مقال.' : 'Not named in the text of any article.',
      );
      await expect(page.locator('#mentions-heading')).toHaveCount(0);
      await expect(page.locator('#spellings-heading')).toHaveText(
        prefix ? 'طرق الكتابة المسجلة' : 'Spellings recorded',
      );
    });
  }
});
