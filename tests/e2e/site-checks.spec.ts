import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleSlugs, root } from '../support/edition.ts';
import { attr, builtPages, elements, fileFor } from '../support/site.ts';

// Checks on the built site itself: every page, both interface languages.
const pages = builtPages();
const read = (page: string) => fs.readFileSync(fileFor(page) ?? '', 'utf8');

test('the site has its pages in both languages', () => {
  // at least a page for each article, event and entity of content/, in each language
  const count = (dir: string) => fs.readdirSync(path.join(root, 'content', dir)).length;
  expect(pages.length).toBeGreaterThanOrEqual(2 * (count('articles') + count('events') + count('entities')));
  const english = pages.filter((p) => !p.startsWith('/ar/') && p.endsWith('/'));
  for (const page of english) expect(pages, `${page} exists in Arabic`).toContain(`/ar${page}`);
});

test('every internal link and #fragment on every page resolves', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string) => {
    if (!ids.has(page)) {
      ids.set(page, new Set(elements(read(page)).flatMap((el) => attr(el, 'id') ?? [])));
    }
    return ids.get(page) ?? new Set<string>();
  };
  const broken: string[] = [];
  for (const page of pages) {
    for (const element of elements(read(page))) {
      const target = attr(element, 'href') ?? attr(element, 'src');
      if (!target || /^(mailto:|data:)/u.test(target)) continue;
      const url = new URL(target, `http://site${page}`);
      if (url.origin !== 'http://site') continue; // outside links are checked below
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${page}: ${target}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html')) {
        const targetPage = url.pathname;
        if (!idsOf(targetPage).has(fragment)) broken.push(`${page}: ${target} (no #${fragment})`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('every page passes html-validate (recommended rules) with no error', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes void elements without a closing slash and attributes in its own style.
      'void-style': 'off',
      'no-inline-style': 'off',
      'attribute-boolean-style': 'off',
      'no-trailing-whitespace': 'off',
      'long-title': 'off',
    },
    // the edition's own web components: inline ones hold phrasing content, the others flow content
    elements: [
      'html5',
      {
        'copy-button': { flow: true, phrasing: true },
        'theme-toggle': { flow: true, phrasing: true },
        'edition-search': { flow: true },
        'layout-switch': { flow: true },
        'footnote-popovers': { flow: true },
        'timeline-chart': { flow: true },
        'offline-update': { flow: true },
        'offline-settings': { flow: true },
      },
    ],
  });
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(read(page), page);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${page}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

/** Links from a page to another site that do not open with rel="noopener noreferrer" (the page may then be reached back). */
function unsafeOutsideLinks(html: string, page: string): string[] {
  const unsafe: string[] = [];
  for (const element of elements(html)) {
    const href = element.tagName === 'a' ? attr(element, 'href') : undefined;
    if (!href || !/^https?:/iu.test(href) || new URL(href, `http://site${page}`).origin === 'http://site') continue;
    const rel = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/u);
    if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${page}: ${href}`);
  }
  return unsafe;
}

test('outside links open safely', () => {
  // the check itself, on a page written by hand: it finds an unsafe link and passes the safe ones
  const fixture = `<!doctype html><html lang="en"><head><title>x</title></head><body>
    <a href="https://example.org/a" rel="noopener noreferrer" target="_blank">safe</a>
    <a href="HTTPS://example.org/b" rel="external NOREFERRER noopener">safe, in capitals</a>
    <a href="https://example.org/c" target="_blank">unsafe</a>
    <a href="http://example.org/d" rel="noopener">half safe</a>
    <a href="/articles/">inside</a><a href="http://site/ar/">inside, absolute</a></body></html>`;
  expect(unsafeOutsideLinks(fixture, '/fixture/')).toEqual([
    '/fixture/: https://example.org/c',
    '/fixture/: http://example.org/d',
  ]);
  // and on every page of the site (which has, today, no outside link: each one it gains is checked)
  expect(pages.flatMap((page) => unsafeOutsideLinks(read(page), page))).toEqual([]);
});

test('every page carries a strict Content-Security-Policy', () => {
  for (const page of pages) {
    const meta = elements(read(page)).find(
      (el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
    );
    const policy = (meta && attr(meta, 'content')) ?? '';
    expect(policy, page).toContain("default-src 'self'");
    expect(policy, page).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/u);
    expect(policy, page).not.toContain('unsafe-inline');
    expect(policy, page).not.toMatch(/ 'unsafe-eval'/u);
  }
});

test("the interface states the edition's number of articles and their months from content/, in both languages", () => {
  const dates = articleSlugs()
    .map((slug) => {
      const text = fs.readFileSync(path.join(root, 'content/articles', `${slug}.mdx`), 'utf8');
      return (parseYaml(/^---\n([\s\S]*?)\n---/u.exec(text)?.[1] ?? '') as { date: string }).date;
    })
    .sort();
  const month = (date = '') =>
    `${new Date(`${date}T12:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${date.slice(0, 4)}`;
  const count = dates.length;
  const lead = (page: string) => {
    const p = elements(read(page)).find((el) => el.tagName === 'p' && attr(el, 'class') === 'lead');
    const text = p?.childNodes.find((node) => node.nodeName === '#text');
    return text && 'value' in text ? text.value : '';
  };
  expect(lead('/')).toContain(
    `, ${count} in all, were published in Arabic between ${month(dates[0])} and ${month(dates.at(-1))}.`,
  );
  expect(lead('/ar/')).toContain(`وعددها ${count}،`);
  expect(lead('/ar/')).toContain(dates[0]?.slice(0, 4));
  const description = (page: string) => {
    const meta = elements(read(page)).find((el) => el.tagName === 'meta' && attr(el, 'name') === 'description');
    return (meta && attr(meta, 'content')) ?? '';
  };
  expect(description('/')).toContain(`, ${count} in all,`);
  expect(description('/ar/')).toContain(`(عددها ${count})`);
  // the timeline compresses the years before the first article's
  expect(read('/chronology/')).toContain(`Years before ${dates[0]?.slice(0, 4) ?? ''} are compressed.`);
});
