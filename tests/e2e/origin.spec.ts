import { expect, test } from '@playwright/test';

// Every kind of page, in both languages: nothing is requested from elsewhere and the CSP blocks nothing.
const kinds = [
  '',
  'about/',
  'chronology/',
  'chronology/topic/arms-control/',
  'articles/2026-02-04-xi-putin-video-call/',
  'events/2026-02-05-new-start-expiry/',
  'entities/',
  'entities/keir-starmer/',
  'search/?q=Starmer',
  'no/such/page/',
];

for (const prefix of ['', 'ar/']) {
  test(`${prefix ? 'Arabic' : 'English'} pages request nothing outside the site and break no policy`, async ({
    page,
  }) => {
    const outside: string[] = [];
    const violations: string[] = [];
    const origin = new URL(test.info().project.use.baseURL ?? '').origin;
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) outside.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/u.test(message.text())) violations.push(message.text());
    });
    for (const kind of kinds) {
      await page.goto(`${prefix}${kind}`);
      await page.waitForLoadState('networkidle');
      if (kind.startsWith('search/')) {
        await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'done');
        expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      }
    }
    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
  });
}
