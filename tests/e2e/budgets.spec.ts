// Byte budgets of the longest article on a first visit (issue 14, target 4): deterministic sizes, so asserted here;
// timings are the benchmark's (bench/RESULTS.md).
import { expect, test } from '@playwright/test';
import { bytesOf, firstLoad } from '../support/page-weight.ts';

for (const prefix of ['', 'ar/']) {
  test(`the longest article stays within the byte budgets (${prefix ? 'Arabic' : 'English'} interface)`, async ({
    page,
  }) => {
    const load = await firstLoad(page, `${prefix}articles/2024-05-16-putin-xi-beijing-summit/`);
    // what a reader can see: closed panels' contents are not rendered, so innerText leaves them out
    const visible = bytesOf(await page.evaluate(() => document.body.innerText));
    test.info().annotations.push({ type: 'bytes', description: JSON.stringify({ ...load, visible }) });
    if (process.env.SHOW_BYTES) console.log(prefix, JSON.stringify({ ...load, visible }));
    expect(load.byKind.js.gzip, 'JavaScript, gzip').toBeLessThanOrEqual(10 * 1024);
    expect(load.byKind.font.gzip).toBeGreaterThan(0);
    // the fonts are cut to the site's characters at build time (about 21 KB); the whole font would be 71 KB
    expect(load.byKind.font.gzip, 'fonts, gzip').toBeLessThanOrEqual(32 * 1024);
    // what the site adds to the text: CSS, JavaScript and fonts together
    expect(load.total.gzip - load.byKind.html.gzip, 'all but the HTML, gzip').toBeLessThanOrEqual(36 * 1024);
    // Issue 14's target was 65 KB (met at 61.6/62.6 KB); issue 16's apparatus then grew this article's notes by
    // 30 % (15 errata), to about 71 KB. The budget keeps it from growing further; README "Performance at scale".
    expect(load.total.gzip, 'everything on first load, gzip').toBeLessThanOrEqual(75 * 1024);
    // The target is 2× (issue 14); 2.5× is what the page holds today, kept from growing. The floor is about 1.4×
    // before any markup: notes carry both languages (the page prints both) but show one. bench/RESULTS.md explains.
    expect(load.byKind.html.gzip, 'HTML at most 2.6 × the visible text, gzip').toBeLessThanOrEqual(2.6 * visible.gzip);
  });
}
