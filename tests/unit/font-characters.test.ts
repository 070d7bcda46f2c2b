import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCharacters, fontFaces, inRanges, parseUnicodeRange, textInRanges } from '../../src/lib/font-characters.ts';

const charactersOf = (...texts: string[]) => {
  const found = new Set<number>();
  for (const text of texts) addCharacters(text, found);
  return [...found].sort((a, b) => a - b);
};

test('a unicode-range is read as CSS reads it: single points, spans, wildcards; none means every code point', () => {
  assert.deepEqual(parseUnicodeRange('U+0600-06FF, u+200c-200e,U+204F'), [
    [0x600, 0x6ff],
    [0x200c, 0x200e],
    [0x204f, 0x204f],
  ]);
  assert.deepEqual(parseUnicodeRange('U+4??'), [[0x400, 0x4ff]]);
  assert.deepEqual(parseUnicodeRange('U+1EE00-1EE03'), [[0x1ee00, 0x1ee03]]);
  assert.deepEqual(parseUnicodeRange(undefined), [[0, 0x10ffff]]);
  assert.throws(() => parseUnicodeRange('U+0600-06FF, latin'), /not a unicode-range: latin/u);
});

test('a character belongs to a range list when any range holds it, ends included', () => {
  const ranges = parseUnicodeRange('U+0600-06FF,U+FEFF');
  assert.equal(inRanges(ranges, 0x600), true);
  assert.equal(inRanges(ranges, 0x6ff), true);
  assert.equal(inRanges(ranges, 0xfeff), true);
  assert.equal(inRanges(ranges, 0x5ff), false);
  assert.equal(inRanges(ranges, 0x41), false);
});

test("the characters in a font's ranges are kept in code point order, those outside dropped", () => {
  const arabic = parseUnicodeRange('U+0600-06FF');
  const found = [0x628, 0x41, 0x627, 0x1f600, 0x20];
  assert.equal(textInRanges(found, arabic), 'اب');
  assert.equal(textInRanges(found, parseUnicodeRange('U+0000-00FF')), ' A');
  assert.equal(textInRanges(found, parseUnicodeRange(undefined)), ' Aاب😀');
  assert.equal(textInRanges([], arabic), '');
});

test('the @font-face rules of a page: family, font files and unicode-range (every code point when absent)', () => {
  const page =
    '<style>body{color:red}@font-face{font-family:Noto Naskh Arabic;font-weight:400;' +
    'src:url(/_astro/naskh.U_i0.woff2)format("woff2"),url(/_astro/naskh.1Ao.woff)format("woff")}' +
    "@font-face { font-family: 'Source Serif 4'; src: url('fonts/serif.woff2') format('woff2'); " +
    'unicode-range: U+0000-00FF, U+2013 }</style>';
  assert.deepEqual(fontFaces(page), [
    {
      family: 'Noto Naskh Arabic',
      urls: ['/_astro/naskh.U_i0.woff2', '/_astro/naskh.1Ao.woff'],
      ranges: [[0, 0x10ffff]],
    },
    {
      family: 'Source Serif 4',
      urls: ['fonts/serif.woff2'],
      ranges: [
        [0, 0xff],
        [0x2013, 0x2013],
      ],
    },
  ]);
  assert.deepEqual(fontFaces('<p>no fonts here</p>'), []);
});

test('every character of a text is collected, astral ones whole', () => {
  assert.deepEqual(
    charactersOf('بوتين Putin 😀'),
    [0x20, 0x50, 0x69, 0x6e, 0x74, 0x75, 0x628, 0x62a, 0x646, 0x648, 0x64a, 0x1f600],
  );
  assert.deepEqual(charactersOf('aa', 'ab'), [0x61, 0x62]);
});

test("a page's character references count as the characters they stand for", () => {
  // named (with and without ;), decimal and hexadecimal, as Astro and Markdown write them
  assert.deepEqual(charactersOf('&quot;'), [0x22, 0x26, 0x3b, 0x6f, 0x71, 0x74, 0x75]); // the markup comes along
  assert.ok(charactersOf('&hellip;').includes(0x2026));
  assert.ok(charactersOf('&nbsp').includes(0xa0));
  assert.ok(charactersOf('&#39;').includes(0x27));
  assert.ok(charactersOf('&#x25CF;').includes(0x25cf));
  assert.ok(charactersOf('&#X1F600;').includes(0x1f600));
  // no character: a lone surrogate, a number past Unicode, an unknown name (which stays as written)
  assert.deepEqual(charactersOf('&#xD800;'), [0x23, 0x26, 0x30, 0x38, 0x3b, 0x44, 0x78]);
  assert.deepEqual(charactersOf('&#x110000;'), [0x23, 0x26, 0x30, 0x31, 0x3b, 0x78]);
  assert.deepEqual(charactersOf('&zz;'), [0x26, 0x3b, 0x7a]);
});

test('CSS and JSON escapes count as the characters they stand for', () => {
  assert.ok(charactersOf('.x::before{content:"\\25CF"}').includes(0x25cf));
  assert.ok(charactersOf('{"title":"\\u0628"}').includes(0x628));
  // a character beyond U+FFFF, escaped as its two halves, is one character
  const pair = charactersOf('"\\uD83D\\uDE00"');
  assert.ok(pair.includes(0x1f600));
  assert.ok(!pair.includes(0xd83d) && !pair.includes(0xde00));
});
