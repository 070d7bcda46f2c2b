import { expect, test } from '@playwright/test';
import { articleSlugs, entityRegistry, unitsOf } from '../support/edition.ts';

const slugs = articleSlugs().sort(); // slugs begin with the date of the main event

for (const slug of slugs) {
  test(`${slug}: every footnote is referenced and every reference defined; noise is marked and annotated`, async ({
    page,
  }) => {
    await page.goto(`articles/${slug}/`);
    const { refs, notes } = await page.evaluate(() => ({
      refs: [...document.querySelectorAll('a[data-footnote-ref]')].map((a) => a.getAttribute('href') ?? ''),
      notes: [...document.querySelectorAll('section[data-footnotes] li[id]')].map((li) => `#${li.id}`),
    }));
    expect(notes.length).toBeGreaterThan(0);
    expect([...new Set(refs)].sort()).toEqual([...notes].sort());

    for (const unit of await page.locator('[data-noise]').all()) {
      await expect(unit.locator('.noise-label')).toBeVisible();
      expect(Number(await unit.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);
      const cited = await unit
        .locator('a[data-footnote-ref]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const types = await Promise.all(
        cited.map((href) => page.locator(`${href ?? ''} .note`).getAttribute('data-note-type')),
      );
      expect(types, `noise unit ${await unit.getAttribute('id')} carries a source note`).toContain('source');
    }
  });
}

test('glossary terms show their gloss on focus and are described by the Key terms list', async ({ page }) => {
  await page.goto(`articles/${slugs[0] ?? ''}/`);
  const term = page.locator('.ar .term').first();
  await expect(term).toHaveAttribute('tabindex', '0');
  const describedBy = await term.getAttribute('aria-describedby');
  await expect(page.locator(`#${describedBy ?? 'none'}`)).toHaveCount(1);
  await term.focus();
  const gloss = await term.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(gloss).toContain(await term.getAttribute('data-gloss'));
  expect(gloss).toMatch(/no limits/u);
});

test('previous and next links walk all the articles in date order, in both languages', async ({ page }) => {
  for (const prefix of ['', 'ar/']) {
    await page.goto(`${prefix}articles/${slugs[0] ?? ''}/`);
    await expect(page.locator('a[rel=prev]')).toHaveCount(0);
    const visited = [slugs[0]];
    while ((await page.locator('a[rel=next]').count()) > 0) {
      const before = page.url();
      await page.locator('a[rel=next]').click();
      await page.waitForURL((url) => url.href !== before);
      visited.push(/articles\/([^/]+)\/$/u.exec(page.url())?.[1]);
    }
    expect(visited).toEqual(slugs);
    await page.locator('a[rel=prev]').click();
    expect(page.url()).toContain(`/${prefix}articles/${slugs.at(-2) ?? ''}/`);
  }
});

test('every entity page lists every unit naming it, in date order', async ({ page }) => {
  // Bounds worked out here, not by the site's own mention finder (src/lib/mentions.ts, unit-tested): a unit listed
  // must contain one of the entity's spellings; a unit must be listed where a spelling stands as a word of its own
  // (no letter either side, so no attached clitic) and is no part of a longer spelling found at that place.
  const registry = entityRegistry();
  const letter = /[\p{L}\p{M}]/u;
  const spellings = registry.flatMap(({ id, ar }) => ar.map((spelling) => ({ id, spelling })));
  const mustList = new Map<string, string[]>();
  const mayList = new Map<string, Set<string>>();
  for (const slug of slugs) {
    unitsOf(slug).forEach((text, i) => {
      const unit = `${slug}#p${i + 1}`;
      const flat = text.replace(/\s+/gu, ' ');
      for (const { id, spelling } of spellings) {
        // a spelling with its article may be written with لل for ال ("للكرملين")
        const forms = [spelling, ...(spelling.startsWith('ال') ? [`لل${spelling.slice(2)}`] : [])];
        if (forms.some((form) => flat.includes(form.replace(/\s+/gu, ' ')))) {
          mayList.set(id, (mayList.get(id) ?? new Set()).add(unit));
        }
        for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
          const end = at + spelling.length;
          const alone = !letter.test(text[at - 1] ?? '') && !letter.test(text[end] ?? '');
          const covered = spellings.some(
            (other) =>
              other.spelling.length > spelling.length &&
              other.spelling.includes(spelling) &&
              [...Array(other.spelling.length - spelling.length + 1).keys()].some(
                (shift) =>
                  text.startsWith(other.spelling, at - shift) && other.spelling.indexOf(spelling, shift) === shift,
              ),
          );
          if (alone && !covered && !(mustList.get(id) ?? []).includes(unit)) {
            mustList.set(id, [...(mustList.get(id) ?? []), unit]);
          }
        }
      }
    });
  }
  // the units of the articles in date order, each article's in its own order
  const order = slugs.flatMap((slug) => unitsOf(slug).map((_, i) => `${slug}#p${i + 1}`));
  for (const { id } of registry) {
    await page.goto(`entities/${id}/`);
    const listed = await page
      .locator('[data-mention]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-mention') ?? ''));
    expect(listed, `${id}: in date order`).toEqual([...listed].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(new Set(listed).size, `${id}: each unit once`).toBe(listed.length);
    expect(listed, `${id}: every unit naming it`).toEqual(expect.arrayContaining(mustList.get(id) ?? []));
    const stray = listed.filter((unit) => !mayList.get(id)?.has(unit));
    expect(stray, `${id}: only units containing a spelling`).toEqual([]);
  }
  expect(mustList.size).toBeGreaterThan(20);
});

test('a mention links to its unit, and a person’s role at that date is shown', async ({ page }) => {
  await page.goto('entities/wang-yi/');
  const first = page.locator('[data-mention]').first();
  await expect(first).toContainText('Minister of Foreign Affairs of China');
  await first.locator('a').click();
  await expect(page).toHaveURL(/\/articles\/2022-10-27-wang-yi-lavrov-call\/#p1$/u);
  await expect(page.locator('#p1')).toBeInViewport();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

  test('tapping a glossary term shows its gloss', async ({ page }) => {
    await page.goto(`ar/articles/${slugs[0] ?? ''}/`);
    const term = page.locator('.ar .term').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(term).toBeFocused();
    expect(await term.evaluate((el) => getComputedStyle(el, '::after').content)).toMatch(/no limits/u);
  });
});

test('adjacent footnote markers are kept apart by a comma outside the text', async ({ page }) => {
  await page.goto('articles/2024-05-16-putin-xi-beijing-summit/');
  const separators = page.locator('[data-unit] .footnote-separator');
  expect(await separators.count()).toBeGreaterThan(0);
  for (const separator of await separators.all()) {
    const neighbours = await separator.evaluate((sup) => [
      sup.previousElementSibling?.querySelector('[data-footnote-ref]') !== null,
      sup.nextElementSibling?.querySelector('[data-footnote-ref]') !== null,
      sup.previousSibling === sup.previousElementSibling,
    ]);
    expect(neighbours).toEqual([true, true, true]);
  }
});
