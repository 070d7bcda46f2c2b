// The offline copy: after one visit the whole edition reads and searches with no server at all while it is small;
// a larger one (made so here by a lower limit) keeps the shell and the pages opened, searches them offline, and is
// kept whole on request from the About page, which gives its size first; a new build downloads only the files that
// changed, and replaces the copy once the reader accepts; the About page reports it and can clear it; without
// service workers the site works as before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { writeOfflineFiles } from '../../src/integrations/offline.ts';
import {
  pageGroup,
  shardFile,
  type OfflineHeld,
  type OfflineManifest,
  type OfflineShard,
} from '../../src/lib/offline.ts';
import { allResults } from '../support/search.ts';
import { serveSite } from '../support/server.ts';
import { dist } from '../support/site.ts';

test.use({ serviceWorkers: 'allow' });

/**
 * The paths the server was asked for since the last call (scripts/serve.ts logs them): the server's count, as
 * Chromium does not report every request of a service worker to Playwright.
 */
function requestLog(dir: string): { file: string; since: () => string[] } {
  const file = path.join(dir, '..', `${path.basename(dir)}-requests.log`);
  let seen = 0;
  return {
    file,
    since: () => {
      const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
      const fresh = lines.slice(seen).map((line) => decodeURIComponent(line.replace(/[?#].*$/u, '')));
      seen = lines.length;
      return fresh;
    },
  };
}

/** Of the paths asked, the edition's files: not the worker or the manifests the worker always asks for. */
const siteFiles = (paths: string[]) => paths.filter((p) => !/^\/(offline\.json|sw\.js|offline\/\d+\.json)$/u.test(p));

interface ServedCopy {
  dir: string;
  log: ReturnType<typeof requestLog>;
  url: string;
  /** Stops serving it (the reader's network is gone). */
  stop: () => Promise<void>;
  /** Serves it again, on the same address. */
  restart: () => Promise<void>;
  /** Stops serving it and deletes it. */
  remove: () => Promise<void>;
}

/** A copy of the built site that a test may stop serving or change, served on a free port with its request log. */
async function servedCopy(): Promise<ServedCopy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-offline-'));
  fs.cpSync(dist, dir, { recursive: true });
  const log = requestLog(dir);
  let server = await serveSite(dir, 0, '/', log.file);
  const port = Number(new URL(server.url).port); // the same again on restart: the copy belongs to the origin
  const copy: ServedCopy = {
    dir,
    log,
    url: server.url,
    stop: () => server.stop(),
    restart: async () => {
      server = await serveSite(dir, port, '/', log.file);
    },
    remove: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(log.file, { force: true });
    },
  };
  return copy;
}

/** Revises a page of a copy of the site: its heading says "(revised)". */
function revise(dir: string, file: string): void {
  const full = path.join(dir, file);
  fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace('</h1>', ' (revised)</h1>'));
}

/** Has the worker look for a new build, waits until the new copy is ready, and returns the site's files it fetched
 *  (the manifests aside), as the server counted them. */
async function update(page: Page, log: ServedCopy['log']): Promise<string[]> {
  log.since();
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect(page.locator('offline-update')).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  const asked = log.since();
  expect(asked).toContain('/offline.json');
  return siteFiles(asked).sort();
}

/** Waits until this browser holds a complete offline copy, and returns its manifest. */
async function offlineCopy(page: Page): Promise<OfflineManifest> {
  await expect
    // the whole real edition is 1,200 files: minutes on this loaded 2-core machine
    .poll(() => page.evaluate(async () => Boolean(await caches.match('/offline.json'))), { timeout: 180_000 })
    .toBe(true);
  return page.evaluate(async () => (await (await caches.match('/offline.json'))?.json()) as OfflineManifest);
}

/** What the copy this browser holds keeps beyond the shell. */
function held(page: Page): Promise<OfflineHeld | undefined> {
  return page.evaluate(async () => (await (await caches.match('/offline-held.json'))?.json()) as OfflineHeld);
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
  test.setTimeout(300_000);
  const server = await servedCopy();
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
    expect(manifest.auto).toBe(true);
    expect(await held(page)).toEqual({ full: true, groups: [] });
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
    await server.remove();
  }
});

test('a new build downloads only the files that changed, and replaces the copy once the reader accepts', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const server = await servedCopy();
  const { dir, log } = server;
  try {
    await page.goto(`${server.url}about/`);
    const first = await offlineCopy(page);
    await expect(page.locator('offline-update')).toHaveAttribute('data-state', 'idle');

    // A new build: one page is revised, and the search index with it.
    revise(dir, 'about/index.html');
    const entry = path.join(dir, 'pagefind/pagefind-entry.json');
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace('{', '{"revised":true,'));
    const second = await writeOfflineFiles(dir, '/');
    expect(second.version).not.toBe(first.version);

    // of the edition's files (about 900 since a paragraph has no citation files of its own), the new worker fetched
    // the two that changed; the rest it copied from the old copy
    expect(await update(page, log)).toEqual(['/about/', '/pagefind/pagefind-entry.json']);
    expect(first.full.files).toBeGreaterThan(500);
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
    await server.remove();
  }
});

test('the About page gives the size of the offline copy, and turning it off clears it', async ({ page }) => {
  test.setTimeout(300_000);
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'offline.json'), 'utf8')) as OfflineManifest;
  const size = (manifest.full.bytes / 1024 ** 2).toFixed(1);
  const settings = page.locator('offline-settings');
  const toggle = settings.getByRole('checkbox');

  await page.goto('about/');
  await expect(settings).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  await expect(settings.getByRole('status')).toContainText(`${size} MB`);
  await expect(settings.getByRole('status')).toContainText(new RegExp(`${manifest.full.files}\\P{L}* files`, 'u'));
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
  await expect(settings).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  await expect(settings.getByRole('status')).toContainText(size);
});

test('a large edition keeps the shell and the pages opened, searches them offline, and is kept whole on request', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(300_000);
  const server = await servedCopy();
  const { dir, log } = server;
  // the real edition as a large one: the whole copy is above the limit, so only the shell is kept without asking
  const manifest = await writeOfflineFiles(dir, '/', 1);
  expect(manifest.auto).toBe(false);
  const article = 'articles/2024-04-09-lavrov-beijing-visit/';
  const event = 'events/2022-02-24-russian-invasion-of-ukraine/';
  const unvisited = 'articles/2022-10-27-wang-yi-lavrov-call/';
  const search = `${server.url}search/?q=Lavrov`;
  try {
    const [online = []] = await onlineResults(browser, [search]);
    log.since(); // the searches above
    // A first visit, on an article: the shell and that article (both languages, its files) are kept, nothing else.
    await page.goto(`${server.url}${article}`);
    await offlineCopy(page);
    expect(await held(page)).toEqual({ full: false, groups: [article] });
    const shell = manifest.shell.entries.map(([file]) => file);
    const downloaded = new Set(siteFiles(log.since()).map((file) => file.slice(1)));
    const shards = Array.from(
      { length: manifest.shards },
      (_, n) => JSON.parse(fs.readFileSync(path.join(dir, shardFile(n)), 'utf8')) as OfflineShard,
    );
    const group = shards.flatMap((shard) => shard.groups[article] ?? []).map(([file]) => file);
    expect(group).toContain(`ar/${article}`);
    expect(shell.filter((file) => !downloaded.has(file))).toEqual([]);
    expect(new Set([...downloaded].filter((file) => !shell.includes(file)))).toEqual(new Set(group));
    expect(downloaded.size).toBeLessThan(manifest.full.files / 3);
    // A page opened later is kept as it is read.
    await page.goto(`${server.url}ar/${event}`);
    await expect.poll(async () => (await held(page))?.groups).toEqual([article, event]);

    await server.stop();
    await context.setOffline(true);
    await page.goto(`${server.url}ar/${article}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('#p1 [lang="ar"]').first()).not.toBeEmpty();
    await page.goto(`${server.url}${event}`);
    await expect(page.locator('h1')).toContainText('invasion');
    await page.goto(`${server.url}${unvisited}`);
    await expect(page.locator('h1')).not.toContainText('Wang Yi'); // not kept: the copy's "not found" page
    // Search offline finds everything kept, and says how many results are in pages it does not keep.
    const kept = (href: string) =>
      [article, event, 'about/', ''].includes(pageGroup(new URL(href, server.url).pathname.slice(1)));
    const found = await allResults(page, search);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(online.filter(kept));
    expect(online.length).toBeGreaterThan(found.length);
    await expect(page.locator('edition-search [data-status]')).toContainText('Results in pages not kept offline');

    // Online again, the About page gives the whole copy's size, then keeps it on request.
    await server.restart();
    await context.setOffline(false);
    await page.goto(`${server.url}about/`);
    const settings = page.locator('offline-settings');
    await expect(settings).toHaveAttribute('data-state', 'partial');
    // the numbers are isolated (U+2066–2069) in the sentence: read without them
    const text = async (locator: Locator) => (await locator.textContent())?.replace(/[\u2066-\u2069]/gu, '');
    await expect.poll(() => text(settings.locator('[data-status]'))).toContain('2 pages you have opened');
    const size = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);
    const whole = settings.locator('[data-whole-size]');
    await expect(whole).toBeVisible();
    expect(await text(whole)).toBe(
      `The whole edition: ${manifest.full.files} files, ${size(manifest.full.bytes)} MB (${size(manifest.full.gzip)} MB to download).`,
    );
    await settings.getByRole('button', { name: 'Keep the whole edition offline' }).click();
    await expect(settings).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
    expect(await held(page)).toEqual({ full: true, groups: [] });
    await expect(whole).toBeHidden();

    await server.stop();
    await page.goto(`${server.url}${unvisited}`);
    await expect(page.locator('h1')).toContainText('Wang Yi');
    const everything = await allResults(page, search);
    expect(everything).toEqual(online);
  } finally {
    await server.remove();
  }
});

test('a new build of a large edition downloads only the changed files of what the copy keeps', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const server = await servedCopy();
  const { dir, log } = server;
  await writeOfflineFiles(dir, '/', 1);
  const article = 'articles/2024-04-09-lavrov-beijing-visit/';
  try {
    await page.goto(`${server.url}${article}`);
    const first = await offlineCopy(page);
    expect(await held(page)).toEqual({ full: false, groups: [article] });

    // A new build: the kept article's Arabic page, a page not kept and the About page (in the shell) are revised.
    for (const file of [
      `ar/${article}index.html`,
      'articles/2022-10-27-wang-yi-lavrov-call/index.html',
      'about/index.html',
    ])
      revise(dir, file);
    const second = await writeOfflineFiles(dir, '/', 1);
    expect(second.version).not.toBe(first.version);
    expect(await update(page, log)).toEqual(['/about/', `/ar/${article}`]);
    await Promise.all([page.waitForEvent('load'), page.locator('offline-update [data-reload]').click()]);
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
      .toEqual([`edition-${second.version}`]);
    expect(await held(page)).toEqual({ full: false, groups: [article] });
    await server.stop();
    await context.setOffline(true);
    await page.goto(`${server.url}ar/${article}`);
    await expect(page.locator('h1')).toContainText('(revised)');
  } finally {
    await server.remove();
  }
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
