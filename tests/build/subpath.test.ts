// The edition built under a sub-path (BASE=/edition/) and crawled: links, search, fonts, feeds and citations.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from '@playwright/test';
import { astroBuild } from '../support/build.ts';
import { chromiumArgs, findChromium } from '../support/chromium.ts';
import { serveSite, type SiteServer } from '../support/server.ts';
import { attr, builtPages, elements, fileFor } from '../support/site.ts';

const base = '/edition/';
const site = 'https://example.org';
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-subpath-'));
let server: SiteServer | undefined;

before(() => {
  const build = astroBuild(out, { BASE: base, SITE: site });
  assert.equal(build.status, 0, build.stderr);
});

after(async () => {
  await server?.stop();
  fs.rmSync(out, { recursive: true, force: true });
});

test('every internal link carries the base and resolves', () => {
  const pages = builtPages(out);
  assert.ok(pages.length > 250);
  const broken: string[] = [];
  for (const page of pages) {
    const html = fs.readFileSync(fileFor(page, out) ?? '', 'utf8');
    for (const element of elements(html)) {
      const target = attr(element, 'href') ?? attr(element, 'src');
      if (!target || target.startsWith('#') || /^(data:|mailto:)/u.test(target)) continue;
      const url = new URL(target, `https://example.org${base}${page.slice(1)}`);
      if (url.origin !== site) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page}: ${target} (outside the base)`);
        continue;
      }
      if (!fileFor(`/${url.pathname.slice(base.length)}`, out)) broken.push(`${page}: ${target}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('fonts, feeds, data, citations and the offline worker carry the base', () => {
  assert.match(
    fs.readFileSync(path.join(out, 'sw.js'), 'utf8'),
    /^const EDITION_BUILD=\{"version":"\w+","base":"\/edition\/"\};/u,
  );
  // the stylesheet is a file of its own, linked under the base, and names the fonts under it
  const stylesheets = [
    ...fs.readFileSync(path.join(out, 'index.html'), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/gu),
  ].map(([, href = '']) => href);
  assert.ok(stylesheets.length > 0);
  for (const href of stylesheets) assert.match(href, /^\/edition\/_astro\//u);
  const fontUrls = stylesheets.flatMap(
    (href) => fs.readFileSync(path.join(out, href.slice(base.length)), 'utf8').match(/url\([^)]*woff2\)/gu) ?? [],
  );
  assert.ok(fontUrls.length > 0);
  for (const url of fontUrls) assert.match(url, /url\(\/edition\/_astro\//u);
  const chronology = JSON.parse(fs.readFileSync(path.join(out, 'chronology.json'), 'utf8')) as {
    events: { url: string }[];
  };
  for (const event of chronology.events) assert.ok(event.url.startsWith(`${site}${base}events/`), event.url);
  assert.match(
    fs.readFileSync(path.join(out, 'feed.xml'), 'utf8'),
    /<link href="https:\/\/example\.org\/edition\/articles\//u,
  );
  const bib = fs.readFileSync(
    path.join(out, 'articles/2022-10-27-wang-yi-lavrov-call/2022-10-27-wang-yi-lavrov-call.bib'),
    'utf8',
  );
  assert.match(bib, /url = \{https:\/\/example\.org\/edition\/articles\/2022-10-27-wang-yi-lavrov-call\/\}/u);
});

test('a build with SITE has no "localhost" in any file it wrote, and names the published origin', () => {
  const local: string[] = [];
  for (const entry of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (/localhost/iu.test(fs.readFileSync(file).toString('latin1'))) local.push(path.relative(out, file));
  }
  assert.deepEqual(local, []);
  const page = fs.readFileSync(path.join(out, 'ar/articles/2022-10-27-wang-yi-lavrov-call/index.html'), 'utf8');
  assert.match(
    page,
    /<meta property="og:url" content="https:\/\/example\.org\/edition\/ar\/articles\/2022-10-27-wang-yi-lavrov-call\/">/u,
  );
  assert.match(
    page,
    /<link rel="alternate" hreflang="x-default" href="https:\/\/example\.org\/edition\/articles\/2022-10-27-wang-yi-lavrov-call\/">/u,
  );
  const ris = fs.readFileSync(
    path.join(out, 'articles/2022-10-27-wang-yi-lavrov-call/2022-10-27-wang-yi-lavrov-call.ris'),
    'utf8',
  );
  assert.match(ris, /^UR {2}- https:\/\/example\.org\/edition\/articles\/2022-10-27-wang-yi-lavrov-call\/\r$/mu);
  // the paragraph's panel gives its address without JavaScript
  assert.match(
    page,
    /"#p9" dir="ltr">https:\/\/example\.org\/edition\/articles\/2022-10-27-wang-yi-lavrov-call\/#p9</u,
  );
});

test('search works under the sub-path and lands on the unit', async () => {
  server = await serveSite(out, 0, base);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}ar/search/?q=${encodeURIComponent('حشوة')}`);
    await page.locator('edition-search[data-state="done"]').waitFor();
    const href = await page.locator('.search-result a').first().getAttribute('href');
    assert.match(href ?? '', /^\/edition\/ar\/articles\/2026-02-04-xi-putin-video-call\/\?hl=.+#p4$/u);
    await page.locator('.search-result a').first().click();
    await page.locator('#p4 mark.search-hit').waitFor();
  } finally {
    await browser.close();
  }
});
