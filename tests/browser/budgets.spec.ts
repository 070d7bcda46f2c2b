import zlib from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

/** Every response of a first visit, by type, in bytes gzip-compressed (how a server would send them). */
async function firstLoad(page: Page, path: string) {
  const bodies: Promise<{ type: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    bodies.push(
      response
        .body()
        .then((body) => ({ type, gzip: zlib.gzipSync(body, { level: 9 }).length }))
        .catch(() => ({ type, gzip: 0 })),
    );
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await Promise.all(bodies);
  const sum = (type?: string) => loaded.filter((r) => !type || r.type === type).reduce((total, r) => total + r.gzip, 0);
  // scripts written into the page count as JavaScript too (JSON-LD is data, not script)
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
      .map((s) => s.textContent)
      .join('\n'),
  );
  const inlineScript = zlib.gzipSync(inline, { level: 9 }).length;
  return { total: sum(), script: sum('script') + inlineScript, font: sum('font'), requests: loaded.length };
}

for (const prefix of ['', 'ar/']) {
  test(`the longest article stays within the byte budgets (${prefix ? 'Arabic' : 'English'} interface)`, async ({
    page,
  }) => {
    const load = await firstLoad(page, `${prefix}articles/2024-05-16-putin-xi-beijing-summit/`);
    test.info().annotations.push({ type: 'bytes', description: JSON.stringify(load) });
    if (process.env.SHOW_BYTES) console.log(prefix, JSON.stringify(load));
    expect(load.script, 'JavaScript, gzip').toBeLessThanOrEqual(10 * 1024);
    expect(load.font).toBeGreaterThan(0);
    expect(load.total, 'everything on first load, gzip').toBeLessThanOrEqual(120 * 1024);
  });
}
