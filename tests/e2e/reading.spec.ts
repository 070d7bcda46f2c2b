import { expect, test, type Page } from '@playwright/test';

const article = 'articles/2022-10-27-wang-yi-lavrov-call/';
const columnsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);

test('the language switch keeps the reader on the same unit, from the keyboard', async ({ page }) => {
  await page.goto(`${article}#p9`);
  await page.locator('[data-language-switch]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/ar/${article}#p9$`, 'u'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // the switch learns the reader's place from its script, which runs before "load"; a reader cannot be faster than it
  await page.waitForLoadState('load');
  await page.locator('[data-language-switch]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[^r]/${article}#p9$`, 'u'));
});

test.describe('layouts', () => {
  test('side by side on wide screens and stacked on narrow ones, by default', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(article);
    expect(await columnsOf(page, '#p1')).toBe(3);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(article);
    expect(await columnsOf(page, '#p1')).toBe(2);
  });

  test('rows never drift apart side by side', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${article}?layout=parallel`);
    for (const n of [1, 6, 14, 18]) {
      const [ar, en] = await Promise.all(
        ['.ar', '.en'].map((part) => page.locator(`#p${n} > ${part}`).evaluate((el) => el.getBoundingClientRect().top)),
      );
      expect(Math.abs((ar ?? 0) - (en ?? 1))).toBeLessThan(2);
    }
  });

  test('the switch works from the keyboard alone, persists, and is shareable in the URL', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(article);
    const switcher = page.locator('layout-switch');
    await expect(switcher).toBeVisible();
    await switcher.locator('input[value="parallel"]').focus();
    await page.keyboard.press('ArrowRight'); // native radio group: arrows move and select
    await expect(page.locator('[data-article]')).toHaveAttribute('data-layout', 'stacked');
    await expect(page).toHaveURL(/[?&]layout=stacked/u);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-article]')).toHaveAttribute('data-layout', 'ar');
    await expect(page.locator('#p1 > .en')).toBeHidden();
    await expect(page.locator('#p1 > .ar')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#p1 > .ar')).toBeHidden();
    await expect(page.locator('#p1 > .en')).toBeVisible();
    await page.goto(article); // remembered
    await expect(page.locator('[data-article]')).toHaveAttribute('data-layout', 'en');
    await page.goto(`ar/${article}?layout=stacked`); // a shared link wins
    await expect(page.locator('[data-article]')).toHaveAttribute('data-layout', 'stacked');
    expect(await columnsOf(page, '#p1')).toBe(2);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the default layout works and the switch is not offered', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(article);
      expect(await columnsOf(page, '#p1')).toBe(3);
      await expect(page.locator('layout-switch')).toBeHidden();
      await page.locator('#p1 > .ar a[data-footnote-ref]').first().click();
      await expect(page).toHaveURL(/#fn-china$/u); // notes are ordinary footnotes
    });
  });
});

test.describe('footnote popovers', () => {
  test('open on hover and on keyboard focus; Escape closes and returns focus', async ({ page }) => {
    await page.goto(article);
    const marker = page.locator('#p1 > .ar a[data-footnote-ref][href="#fn-wang-yi"]');
    const popover = page.locator('.fn-popover');
    await marker.hover();
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('Wang Yi');
    await page.mouse.move(0, 0);
    await expect(popover).toBeHidden();
    await marker.focus();
    await expect(popover).toBeVisible();
    await expect(marker).toHaveAttribute('aria-describedby', 'fn-popover');
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(marker).toBeFocused();
  });

  test('back-links point the right way in each direction', async ({ page }) => {
    await page.goto(article);
    await expect(page.locator('[data-footnote-backref]').first()).toHaveText(/^↩ /u);
    await page.goto(`ar/${article}`);
    await expect(page.locator('[data-footnote-backref]').first()).toHaveText(/^↪ /u);
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  test('tapping a marker shows the note in place', async ({ page }) => {
    await page.goto(`ar/${article}`);
    const marker = page.locator('#p2 > .ar a[data-footnote-ref]').first();
    await marker.tap();
    await expect(page.locator('.fn-popover')).toBeVisible();
    await expect(page).not.toHaveURL(/#fn-/u);
  });
});

test('Arabic and Latin type is self-hosted and preloaded; Latin names inside Arabic are isolated', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(article);
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
  );
  expect(loaded.map((family) => family.replace(/"/gu, ''))).toEqual(
    expect.arrayContaining(['Noto Naskh Arabic', 'Source Serif 4']),
  );
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(2);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  await expect(page.locator('#p1 > .ar bdi[lang="en"]')).toHaveText('RT');
});

test('copying a passage copies clean text with the unit address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(article);
  await page.locator('#p1 > .ar').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('\u200Fتعهدت جمهورية الصين الشعبية بدعم روسيا')).toBe(true);
  expect(copied).not.toMatch(/الشعبية\d/u); // no note numbers
  expect(copied).toMatch(/\n— Source: https?:\/\/[^ ]+\/articles\/2022-10-27-wang-yi-lavrov-call\/#p1$/u);
});

test('dark mode follows the system and the toggle, which is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(23, 23, 26)');
  const toggle = page.locator('.theme-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  expect(await background()).toBe('rgb(253, 252, 249)');
  await page.reload();
  expect(await background()).toBe('rgb(253, 252, 249)');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('the print stylesheet drops the interface and prints notes and unit addresses', async ({ page }) => {
  await page.goto(article);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('#cite')).toBeHidden();
  await expect(page.locator('#fn-lavrov .note > .ar')).toBeVisible();
  const address = await page.locator('#p1 .unit-number').evaluate((el) => getComputedStyle(el, '::after').content);
  expect(address).toMatch(/\/articles\/2022-10-27-wang-yi-lavrov-call\/#p1/u);
});

test('pages fit a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of [
    '',
    'ar/',
    article,
    `ar/${article}`,
    'chronology/',
    'ar/events/2022-09-15-sco-samarkand-summit/',
    'search/',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the home page introduces the edition and opens on the chronology; About explains the method', async ({
  page,
}) => {
  for (const prefix of ['', 'ar/']) {
    await page.goto(prefix);
    await expect(page.locator('.lead')).toBeVisible();
    await expect(page.locator('.timeline svg a[data-event]').first()).toBeVisible();
    await page.goto(`${prefix}about/`);
    expect(await page.locator('article h2').count()).toBeGreaterThanOrEqual(7);
  }
});
