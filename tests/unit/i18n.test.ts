import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { root } from '../support/edition.ts';
import { asLocale, dirOf, missingTranslations, t } from '../../src/lib/i18n.ts';
import { fillPlaceholders } from '../../src/lib/placeholders.ts';

test('both interface dictionaries have every key', () => {
  assert.deepEqual(missingTranslations(), []);
});

test('missingTranslations names the file and the key that lacks a translation', () => {
  const problems = missingTranslations({ en: { a: 'A', b: 'B' }, ar: { a: 'أ', b: ' ' } });
  assert.deepEqual(problems, ['src/i18n/ar.json: b']);
});

test('t fills placeholders in the requested language', () => {
  assert.equal(t('en', 'unit.link', { n: 7 }), 'Paragraph 7');
  assert.equal(t('ar', 'unit.link', { n: 7 }), 'الفقرة 7');
});

test('locales and directions', () => {
  assert.equal(asLocale(undefined), 'en');
  assert.equal(asLocale('ar'), 'ar');
  assert.equal(dirOf('ar'), 'rtl');
  assert.equal(dirOf('en'), 'ltr');
});

test('placeholders are filled, missing ones kept, and named ones isolated for the other script', () => {
  assert.equal(
    fillPlaceholders('{count} results for {query}', { count: 3, query: 'لافروف' }, ['query']),
    '3 results for \u2068لافروف\u2069',
  );
  assert.equal(fillPlaceholders('{size} of {total}', { size: '1 MB' }), '1 MB of {total}');
});

test('every interface string is used: named whole in the code, or by a template of its family (`note.${type}`)', () => {
  const src = path.join(root, 'src');
  const code = (fs.readdirSync(src, { recursive: true }) as string[])
    .filter((file) => /\.(?:ts|astro)$/u.test(file))
    .map((file) => fs.readFileSync(path.join(src, file), 'utf8'))
    .join('\n');
  const families = new Set([...code.matchAll(/`([a-z][\w.]*\.)\$\{/gu)].map(([, family = '']) => family));
  const used = (key: string) =>
    [`'${key}'`, `"${key}"`, `\`${key}\``].some((quoted) => code.includes(quoted)) ||
    [...families].some((family) => key.startsWith(family) && !key.slice(family.length).includes('.'));
  assert.deepEqual(
    Object.keys(en).filter((key) => !used(key)),
    [],
  );
  // the test can fail: a key of no family, named nowhere
  assert.ok(!used('nav.nowhere'));
});
