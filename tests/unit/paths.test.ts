import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localePath, switchLocale } from '../../src/lib/paths.ts';

test('localePath puts English at the root and Arabic under ar/, inside the base', () => {
  assert.equal(localePath('/', 'en', 'articles/x/'), '/articles/x/');
  assert.equal(localePath('/', 'ar', 'articles/x/'), '/ar/articles/x/');
  assert.equal(localePath('/edition', 'ar'), '/edition/ar/');
  assert.equal(localePath('/edition/', 'en', '/about/'), '/edition/about/');
});

test('switchLocale maps a page to the same page in the other language', () => {
  assert.equal(switchLocale('/', '/articles/x/', 'ar'), '/ar/articles/x/');
  assert.equal(switchLocale('/', '/ar/articles/x/', 'en'), '/articles/x/');
  assert.equal(switchLocale('/', '/ar/', 'en'), '/');
  assert.equal(switchLocale('/edition/', '/edition/ar/about/', 'en'), '/edition/about/');
  assert.equal(switchLocale('/edition/', '/edition/', 'ar'), '/edition/ar/');
  // a page whose slug merely starts with "ar" is not Arabic
  assert.equal(switchLocale('/', '/archive/', 'ar'), '/ar/archive/');
});
