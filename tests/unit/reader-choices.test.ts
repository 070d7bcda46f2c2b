import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultLayout,
  initialLayout,
  isLayout,
  isTheme,
  otherTheme,
  placeAddress,
} from '../../src/lib/reader-choices.ts';

test('only the four layouts are layouts', () => {
  for (const layout of ['parallel', 'stacked', 'ar', 'en']) assert.equal(isLayout(layout), true, layout);
  for (const other of ['', 'Parallel', 'fr', null, undefined]) assert.equal(isLayout(other), false, String(other));
});

test('a layout in the address wins over the stored one; an unknown one is passed over', () => {
  assert.equal(initialLayout('stacked', 'en'), 'stacked');
  assert.equal(initialLayout(null, 'en'), 'en');
  assert.equal(initialLayout('sideways', 'ar'), 'ar');
  assert.equal(initialLayout('sideways', 'upside-down'), undefined);
  assert.equal(initialLayout(null, null), undefined);
});

test('without a choice a wide screen shows the columns side by side', () => {
  assert.equal(defaultLayout(true), 'parallel');
  assert.equal(defaultLayout(false), 'stacked');
});

test('the theme toggle switches to the other scheme, and only the two schemes are kept', () => {
  assert.equal(otherTheme(true), 'light');
  assert.equal(otherTheme(false), 'dark');
  assert.equal(isTheme('dark'), true);
  assert.equal(isTheme('light'), true);
  assert.equal(isTheme('sepia'), false);
  assert.equal(isTheme(null), false);
});

test("the other interface's address keeps the query, sets the layout on screen and takes the unit being read", () => {
  const page = 'https://example.org/ar/articles/x/';
  assert.equal(
    placeAddress(page, '?hl=Lavrov', 'en', '#p4'),
    'https://example.org/ar/articles/x/?hl=Lavrov&layout=en#p4',
  );
  assert.equal(placeAddress(page, '?layout=ar', 'stacked', ''), 'https://example.org/ar/articles/x/?layout=stacked');
  assert.equal(
    placeAddress('https://example.org/search/', '?q=a+b&year=2024', undefined, ''),
    'https://example.org/search/?q=a+b&year=2024',
  );
});
