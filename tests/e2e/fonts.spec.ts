import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dist } from '../support/site.ts';

// The fonts the build cut to the site's characters load, and draw the text: an Arabic paragraph in Noto Naskh
// Arabic, its English gloss in Source Serif 4, with no glyph left to a system font.
const article = 'articles/2024-05-16-putin-xi-beijing-summit/';

/**
 * The fonts Chromium draws an element's own text with (DevTools' view), in a copy beside it holding just that text:
 * the note markers inside a paragraph are drawn as their own text, in their own style.
 */
async function drawnWith(page: Page, selector: string) {
  await page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(false) as HTMLElement;
    copy.textContent = [...element.childNodes]
      .map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : ''))
      .join('');
    copy.dataset.fontProbe = '';
    element.after(copy);
    // the fonts a node is drawn with are known once it is laid out and painted, not as soon as it is inserted
    return new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
  });
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('DOM.enable');
  await devtools.send('CSS.enable');
  const { root } = await devtools.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await devtools.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' });
  const { fonts } = await devtools.send('CSS.getPlatformFontsForNode', { nodeId });
  await page.locator('[data-font-probe]').evaluate((copy) => {
    copy.remove();
  });
  return fonts.map(({ familyName, isCustomFont }) => ({ familyName, isCustomFont }));
}

for (const prefix of ['', 'ar/']) {
  test(`an Arabic paragraph and its English gloss are drawn in the cut self-hosted fonts (${prefix ? 'Arabic' : 'English'} interface)`, async ({
    page,
  }) => {
    const served: { file: string; bytes: number }[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'font') return;
      const file = new URL(response.url()).pathname;
      served.push({ file, bytes: 0 });
      void response.body().then((body) => {
        const entry = served.find((candidate) => candidate.file === file);
        if (entry) entry.bytes = body.length;
      });
    });
    await page.goto(`${prefix}${article}`);
    await page.evaluate(() => document.fonts.ready);

    const faces = await page.evaluate(() =>
      [...document.fonts].map((face) => ({ family: face.family.replaceAll('"', ''), status: face.status })),
    );
    expect(faces).toEqual(
      expect.arrayContaining([
        { family: 'Noto Naskh Arabic', status: 'loaded' },
        { family: 'Source Serif 4', status: 'loaded' },
      ]),
    );
    // the files the browser loaded are the build's, which the build cut (tests/build/fonts.test.ts)
    await expect.poll(() => served.map(({ file }) => path.extname(file)).sort()).toEqual(['.woff2', '.woff2']);
    await expect.poll(() => served.every(({ bytes }) => bytes > 0)).toBe(true);
    for (const { file, bytes } of served) expect(bytes, file).toBe(fs.statSync(path.join(dist, file)).size);

    // A unit whose Arabic is all Arabic letters and whose gloss is all ASCII: a bullet or a Latin digit, which the
    // Arabic font never had, would be drawn by a system font with or without the cut.
    const unit = await page.locator('[data-unit]').evaluateAll((units) => {
      const text = (element: Element | null) =>
        [...(element?.childNodes ?? [])]
          .map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : ''))
          .join('');
      const found = units.find(
        (candidate) =>
          /^[\u0600-\u06ff ]+$/u.test(text(candidate.querySelector(':scope > .ar'))) &&
          /^[ -~]+$/u.test(text(candidate.querySelector(':scope > .en'))),
      );
      return found ? `#${found.id}` : '';
    });
    expect(unit).not.toBe('');
    const arabic = page.locator(`${unit} > .ar`);
    const gloss = page.locator(`${unit} > .en`);
    expect(await arabic.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"Noto Naskh Arabic",/u);
    expect(await gloss.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"Source Serif 4",/u);
    for (const [family, locator] of [
      ['Noto Naskh Arabic', arabic],
      ['Source Serif 4', gloss],
    ] as const) {
      const text = await locator.evaluate((element) => element.textContent);
      expect(await page.evaluate(([f, t]) => document.fonts.check(`1em "${f}"`, t), [family, text])).toBe(true);
    }

    await expect
      .poll(() => drawnWith(page, `${unit} > .ar`))
      .toEqual([{ familyName: 'Noto Naskh Arabic', isCustomFont: true }]);
    await expect
      .poll(() => drawnWith(page, `${unit} > .en`))
      .toEqual([{ familyName: 'Source Serif 4', isCustomFont: true }]);
  });
}
