// The offline copy: after one visit the whole edition reads and searches with no server at all; a new build
// replaces the copy whole once the reader accepts; the About page reports it and can clear it; without service
// workers the site works as before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { writeOfflineFiles } from '../../src/integrations/offline.ts';
import type { OfflineManifest } from '../../src/lib/offline.ts';
import { allResults } from '../support/search.ts';
import { serveSite } from '../support/server.ts';
import { dist } from '../support/site.ts';

test.use({ serviceWorkers: 'allow' });

/** A copy of the built site that a test may stop serving or change. */
function copyOfSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-offline-'));
  fs.cpSync(dist, dir, { recursive: true });
  return dir;
}

/** Waits until this browser holds a complete offline copy, and returns its manifest. */
async function offlineCopy(page: Page): Promise<OfflineManifest> {
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match('/offline.json'))), { timeout: 60_000 })
    .toBe(true);
  return page.evaluate(async () => (await (await caches.match('/offline.json'))?.json()) as OfflineManifest);
}

/** The results of some searches, online, in a browser with no service worker. */
async function onlineResults(browser: Browser, urls: string[]): Promise<string[][]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const results: string[][] = [];
  for (const url of urls) results.push(await allResults(page, url));
  await context.close();
  return results;
}

test('after one visit, pages never opened and search in both scripts work with the server gone', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const dir = copyOfSite();
  const server = await serveSite(dir);
  const searches = [`${server.url}search/?q=Lavrov`, `${server.url}ar/search/?q=${encodeURIComponent('لافروف')}`];
  try {
    const expected = await onlineResults(browser, searches);
    const pagefindBefore: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindBefore.push(request.url());
    });
    await page.goto(server.url);
    const manifest = await offlineCopy(page);
    expect(pagefindBefore, 'the first visit itself used no part of the index').toEqual([]);
    expect(manifest.files).toContain('ar/articles/2024-04-09-lavrov-beijing-visit/');
    await server.stop();
    await context.setOffline(true);

    await page.goto(`${server.url}ar/articles/2024-04-09-lavrov-beijing-visit/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('#p1 [lang="ar"]').first()).not.toBeEmpty();
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'سلام'))).toBe(true);

    await page.goto(`${server.url}events/2022-02-24-russian-invasion-of-ukraine/`);
    await expect(page.locator('h1')).toContainText('invasion');
    await page.goto(`${server.url}ar/entities/sergei-lavrov/`);
    await expect(page.locator('h1')).toContainText('لافروف');

    const chronology = await page.evaluate(async () => (await fetch('/chronology.json')).json() as Promise<object>);
    expect(chronology).toHaveProperty('events');

    for (const [i, url] of searches.entries()) {
      const found = await allResults(page, url);
      expect(found.length).toBeGreaterThan(5);
      expect(found, url).toEqual(expected[i]);
    }
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a new build replaces the offline copy as a whole, once the reader accepts the update', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = copyOfSite();
  const server = await serveSite(dir);
  try {
    await page.goto(`${server.url}about/`);
    const first = await offlineCopy(page);
    await expect(page.locator('offline-update')).toHaveAttribute('data-state', 'idle');

    // A new build: one page is revised, and the search index with it.
    const about = path.join(dir, 'about/index.html');
    fs.writeFileSync(about, fs.readFileSync(about, 'utf8').replace('</h1>', ' (revised)</h1>'));
    const entry = path.join(dir, 'pagefind/pagefind-entry.json');
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace('{', '{"revised":true,'));
    const second = await writeOfflineFiles(dir, '/');
    expect(second.version).not.toBe(first.version);

    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(page.locator('offline-update')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
    await expect(page.locator('offline-update').getByRole('status')).toHaveText(
      'A new version of the edition is ready.',
    );
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await page.locator('offline-update [data-later]').click(); // not now: the notice goes away
    await expect(page.locator('offline-update')).toHaveAttribute('data-state', 'idle');
    await expect(page.locator('offline-update [data-reload]')).toBeHidden();

    // Until the reader accepts, every file still comes from the old build, and the update is offered again.
    await page.goto(`${server.url}about/`);
    await expect(page.locator('h1')).not.toContainText('(revised)');
    const oldEntry = await page.evaluate(async () => (await fetch('/pagefind/pagefind-entry.json')).text());
    expect(oldEntry).not.toContain('revised');
    await expect(page.locator('offline-update')).toHaveAttribute('data-state', 'ready');

    await page.locator('offline-update [data-reload]').focus(); // the notice is reached and used by keyboard
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toContainText('(revised)', { timeout: 30_000 });
    const newEntry = await page.evaluate(async () => (await fetch('/pagefind/pagefind-entry.json')).text());
    expect(newEntry).toContain('revised');
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`edition-${second.version}`]);
    expect((await offlineCopy(page)).version).toBe(second.version);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the About page gives the size of the offline copy, and turning it off clears it', async ({ page }) => {
  test.setTimeout(120_000);
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'offline.json'), 'utf8')) as OfflineManifest;
  const size = (manifest.bytes / 1024 ** 2).toFixed(1);
  const settings = page.locator('offline-settings');
  const toggle = settings.getByRole('checkbox');

  await page.goto('about/');
  await expect(settings).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(settings.getByRole('status')).toContainText(`${size} MB`);
  await expect(settings.getByRole('status')).toContainText(new RegExp(`${manifest.files.length}\\P{L}* files`, 'u'));
  await expect(toggle).toBeChecked();

  await toggle.uncheck();
  await expect(settings).toHaveAttribute('data-state', 'off');
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

  await page.goto('ar/about/'); // the choice holds on every page, in both languages
  await expect(settings).toHaveAttribute('data-state', 'off');
  await expect(page.locator('#offline-heading')).toHaveText('القراءة دون اتصال');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

  await toggle.check();
  await expect(settings).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(settings.getByRole('status')).toContainText(size);
});

test.describe('with service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('pages and search work as before, and the About page says no copy is kept', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('ar/about/');
    await expect(page.locator('offline-settings')).toHaveAttribute('data-state', 'unsupported');
    await expect(page.locator('offline-settings').getByRole('checkbox')).toBeDisabled();
    const found = await allResults(page, `search/?q=${encodeURIComponent('لافروف')}`);
    expect(found.length).toBeGreaterThan(5);
    await page.goto('articles/2022-10-27-wang-yi-lavrov-call/');
    await expect(page.locator('offline-update')).toHaveAttribute('data-state', 'idle');
    expect(errors).toEqual([]);
  });
});
