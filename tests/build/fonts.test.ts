// The built site's fonts, read with fontkit (not HarfBuzz, which cut them), against the built pages' text read with
// parse5 and their @font-face rules read with css-tree (not the build's own reader): every character a page or search
// record shows is in the font that renders it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import * as csstree from 'css-tree';
import * as fontkit from 'fontkit';
import { root } from '../support/edition.ts';
import { builtPages, dist, elements, fileFor } from '../support/site.ts';

interface Face {
  family: string;
  urls: string[];
  /** unicode-range as [first, last] code points; every code point when the rule has none */
  ranges: [number, number][];
}

/** A `unicode-range` token (U+0600-06FF, U+4??, U+20AC) as its first and last code point. */
function rangeOf(token: string): [number, number] {
  const [start = '', end] = token.replace(/^u\+/iu, '').split('-');
  if (start.includes('?')) return [parseInt(start.replaceAll('?', '0'), 16), parseInt(start.replaceAll('?', 'f'), 16)];
  return [parseInt(start, 16), parseInt(end ?? start, 16)];
}

/** The @font-face rules of a stylesheet, read by css-tree. */
function fontFaces(css: string): Face[] {
  const faces: Face[] = [];
  csstree.walk(csstree.parse(css), {
    visit: 'Atrule',
    enter(rule) {
      if (rule.name !== 'font-face' || !rule.block) return;
      const face: Face = { family: '', urls: [], ranges: [[0, 0x10ffff]] };
      csstree.walk(rule.block, {
        visit: 'Declaration',
        enter(declaration) {
          if (declaration.property === 'font-family')
            face.family = csstree.generate(declaration.value).replace(/^(['"])(.*)\1$/u, '$2');
          if (declaration.property === 'src')
            csstree.walk(declaration.value, {
              visit: 'Url',
              enter(url) {
                face.urls.push(url.value);
              },
            });
          if (declaration.property === 'unicode-range') {
            face.ranges = [];
            csstree.walk(declaration.value, {
              visit: 'UnicodeRange',
              enter(range) {
                face.ranges.push(rangeOf(range.value));
              },
            });
          }
        },
      });
      faces.push(face);
    },
  });
  return faces;
}
const inRanges = (ranges: [number, number][], char: number) => ranges.some(([from, to]) => char >= from && char <= to);

/** Each character shown anywhere on the site, with one place that shows it; and every word shown. */
const shown = new Map<number, string>();
const words = new Set<string>();
const show = (text: string, where: string) => {
  for (const char of text) if (!shown.has(char.codePointAt(0) ?? 0)) shown.set(char.codePointAt(0) ?? 0, where);
  for (const word of text.split(/\s+/u)) words.add(word);
};
/** The strings a stylesheet writes in: content: "○" / "", " (" attr(href) ")". */
const showStyle = (css: string, where: string) => {
  for (const [, value = ''] of css.matchAll(/content:([^;}]*)/gu))
    for (const [, , string = ''] of value.matchAll(/(["'])(.*?)\1/gu)) show(string, `${where} (style)`);
};
// the stylesheet is a file of its own, which every page links
const stylesheets = fs
  .readdirSync(path.join(dist, '_astro'))
  .filter((name) => name.endsWith('.css'))
  .map((name) => fs.readFileSync(path.join(dist, '_astro', name), 'utf8'));
const faces: Face[] = stylesheets.flatMap((css) => fontFaces(css));
stylesheets.forEach((css, i) => {
  showStyle(css, `stylesheet ${i + 1}`);
});
for (const page of builtPages()) {
  const html = fs.readFileSync(fileFor(page) ?? '', 'utf8');
  for (const element of elements(html)) {
    // attributes too: titles, labels, placeholders, and the messages scripts write (data-copied, data-strings…)
    for (const { value } of element.attrs) show(value, page);
    for (const node of element.childNodes) {
      if (!('value' in node) || element.tagName === 'script') continue;
      if (element.tagName !== 'style') show(node.value, page);
      else showStyle(node.value, page);
    }
  }
}
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
for (const folder of ['search-docs', 'search-lexicon']) {
  const files = fs.readdirSync(path.join(dist, folder));
  for (const name of files.filter((file) => file.endsWith('.json'))) {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(dist, folder, name), 'utf8'));
    for (const string of strings(json)) show(string, `${folder}/${name}`);
  }
  // the search's shards: each record's head and passages raw DEFLATE, their lengths in the .json beside
  for (const name of files.filter((file) => file.endsWith('.bin'))) {
    const bytes = fs.readFileSync(path.join(dist, folder, name));
    const lengths = JSON.parse(
      fs.readFileSync(path.join(dist, folder, name.replace(/\.bin$/u, '.json')), 'utf8'),
    ) as number[][];
    let offset = 0;
    for (const length of lengths.flat()) {
      const json: unknown = JSON.parse(inflateRawSync(bytes.subarray(offset, (offset += length))).toString());
      for (const string of strings(json)) show(string, `${folder}/${name} at ${String(offset)}`);
    }
  }
}

/** The font file a built one was cut from: @fontsource's, under the name before Astro's hash. */
function originalOf(built: string): string {
  const name = path.basename(built).replace(/\.[^.]+(\.woff2?)$/u, '$1');
  const fontsource = path.join(root, 'node_modules/@fontsource');
  const found = fs
    .readdirSync(fontsource)
    .map((family) => path.join(fontsource, family, 'files', name))
    .find((file) => fs.existsSync(file));
  assert.ok(found, `no @fontsource file ${name}`);
  return found;
}
const builtFile = (url: string) => path.join(dist, url.replace(/^\//u, ''));
/** One font file (a collection is not what the site serves). */
const read = (file: string): fontkit.Font => {
  const font = fontkit.create(fs.readFileSync(file));
  if ('fonts' in font) throw new Error(`${file} is a font collection`);
  return font;
};

test('the pages declare the two self-hosted fonts, each as woff2 and woff', () => {
  assert.deepEqual(
    faces.map((face) => face.family),
    ['Noto Naskh Arabic', 'Source Serif 4'],
  );
  for (const face of faces) {
    assert.deepEqual(
      face.urls.map((url) => path.extname(url)),
      ['.woff2', '.woff'],
    );
  }
});

for (const face of faces) {
  for (const url of face.urls) {
    test(`${face.family} (${path.basename(url)}) holds every character the site shows in it, and is smaller`, () => {
      const subset = read(builtFile(url));
      const original = read(originalOf(url));
      assert.equal(subset.familyName, face.family);
      const kept = new Set(subset.characterSet);
      const had = new Set(original.characterSet);
      // a character the original lacks falls back to the next font in any case
      const theirs = [...shown.keys()].filter((char) => inRanges(face.ranges, char) && had.has(char));
      const missing = theirs.filter((char) => !kept.has(char));
      assert.deepEqual(
        missing.map(
          (char) => `U+${char.toString(16).toUpperCase()} ${String.fromCodePoint(char)} (${shown.get(char) ?? ''})`,
        ),
        [],
      );
      // not a vacuous pass: the edition's text is in both scripts
      assert.ok(theirs.length > 40, `${theirs.length} characters`);
      const bytes = (file: string) => fs.statSync(file).size;
      assert.ok(bytes(builtFile(url)) < bytes(originalOf(url)), `${bytes(builtFile(url))} bytes`);
      assert.ok(subset.numGlyphs < original.numGlyphs / 2, `${subset.numGlyphs} glyphs`);
    });
  }
}

test('the cut fonts shape every word of the site exactly as the originals do (woff2, what browsers load)', () => {
  for (const face of faces) {
    const url = face.urls.find((candidate) => candidate.endsWith('.woff2')) ?? '';
    const original = read(originalOf(url));
    const subset = read(builtFile(url));
    const had = new Set(original.characterSet);
    const ours = (char: string | undefined) =>
      char !== undefined && inRanges(face.ranges, char.codePointAt(0) ?? 0) && had.has(char.codePointAt(0) ?? 0);
    // each word is drawn in runs, the characters this font has in one, the others by the fonts after it
    const runs = new Set<string>();
    for (const word of words) {
      let run = '';
      for (const char of word) {
        if (ours(char)) run += char;
        else if (run) {
          runs.add(run);
          run = '';
        }
      }
      if (run) runs.add(run);
    }
    assert.ok(runs.size > 100, `${runs.size} runs`);
    // glyph ids differ between the two fonts: what is compared is each glyph's outline and its place
    const outlines = new Map<fontkit.Font, Map<number, string>>();
    const drawn = (font: fontkit.Font, text: string) => {
      const known = outlines.get(font) ?? outlines.set(font, new Map()).get(font) ?? new Map<number, string>();
      const { glyphs, positions } = font.layout(text);
      return glyphs
        .map((glyph, i) => {
          const outline = known.get(glyph.id) ?? known.set(glyph.id, glyph.path.toSVG()).get(glyph.id);
          const { xAdvance = 0, xOffset = 0, yOffset = 0 } = positions[i] ?? {};
          return `${outline ?? ''} ${xAdvance} ${xOffset} ${yOffset}`;
        })
        .join('|');
    };
    // two hundred runs at a time (far quicker than one by one), one by one only to name the runs that differ
    const list = [...runs];
    const differ: string[] = [];
    for (let i = 0; i < list.length; i += 200) {
      const chunk = list.slice(i, i + 200);
      if (drawn(subset, chunk.join(' ')) === drawn(original, chunk.join(' '))) continue;
      const named = chunk.filter((run) => drawn(subset, run) !== drawn(original, run));
      differ.push(...(named.length ? named : [`${chunk.join(' ')} (drawn together)`]));
    }
    assert.deepEqual(differ, [], url);
  }
});
