import { parseFragment } from 'parse5';

/** A span of Unicode code points, both ends included. */
export type CodePointRange = readonly [number, number];

export interface FontFaceRule {
  family: string;
  /** The font files of the rule's `src`, as written. */
  urls: string[];
  ranges: CodePointRange[];
}

const everyCodePoint: CodePointRange = [0, 0x10ffff];

/** The code point ranges of a CSS `unicode-range` value; every code point when there is none (CSS's default). */
export function parseUnicodeRange(descriptor: string | undefined): CodePointRange[] {
  if (descriptor === undefined) return [everyCodePoint];
  return descriptor.split(',').map((part) => {
    const match = /^\s*u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/iu.exec(part);
    if (!match?.[1]) throw new Error(`not a unicode-range: ${part.trim()}`);
    const [, start, end] = match;
    // U+4?? stands for U+400-4FF
    if (start.includes('?'))
      return [parseInt(start.replaceAll('?', '0'), 16), parseInt(start.replaceAll('?', 'f'), 16)];
    return [parseInt(start, 16), parseInt(end ?? start, 16)];
  });
}

/** Whether a code point lies in any of the ranges. */
export function inRanges(ranges: readonly CodePointRange[], codePoint: number): boolean {
  return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** The characters among `codePoints` that lie in `ranges`, in code point order, as one string. */
export function textInRanges(codePoints: Iterable<number>, ranges: readonly CodePointRange[]): string {
  const kept = [...codePoints].filter((codePoint) => inRanges(ranges, codePoint)).sort((a, b) => a - b);
  return kept.map((codePoint) => String.fromCodePoint(codePoint)).join('');
}

/** The @font-face rules of a stylesheet, or of a page with its styles written in. */
export function fontFaces(css: string): FontFaceRule[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/giu)].map(([, body = '']) => {
    const descriptor = (name: string) =>
      new RegExp(`(?:^|[;\\s])${name}\\s*:\\s*([^;]*)`, 'iu').exec(body)?.[1]?.trim();
    return {
      family: (descriptor('font-family') ?? '').replace(/^(['"])(.*)\1$/u, '$2'),
      urls: [...(descriptor('src') ?? '').matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/giu)].map(([, , url = '']) => url),
      ranges: parseUnicodeRange(descriptor('unicode-range')),
    };
  });
}

// A page holds a handful of distinct named references (&amp;, &quot;), each decoded once by a real HTML parser.
const namedReferences = new Map<string, string>();
function decodeNamedReference(reference: string): string {
  let text = namedReferences.get(reference);
  if (text === undefined) {
    const [node] = parseFragment(reference).childNodes;
    text = node && 'value' in node ? node.value : '';
    namedReferences.set(reference, text);
  }
  return text;
}

// The characters of the Basic Multilingual Plane already in each set, as a table: a site's text repeats the same few
// hundred characters millions of times, and a table look-up is far cheaper than adding to the set each time.
const seenIn = new WeakMap<Set<number>, Uint8Array>();

function addCodePoints(text: string, into: Set<number>): void {
  let seen = seenIn.get(into);
  if (!seen) {
    seen = new Uint8Array(0x10000);
    seenIn.set(into, seen);
  }
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (seen[unit]) continue;
    if (unit >= 0xd800 && unit <= 0xdfff) {
      // a surrogate is never marked: the character is the pair's (or the lone surrogate, as found)
      const codePoint = text.codePointAt(i) ?? unit;
      if (codePoint > 0xffff) i++;
      into.add(codePoint);
      continue;
    }
    seen[unit] = 1;
    into.add(unit);
  }
}

/** Adds a code point that stands for a character: not a lone surrogate, nor beyond Unicode. */
function addValid(codePoint: number | undefined, into: Set<number>): void {
  if (codePoint !== undefined && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff))
    into.add(codePoint);
}

/** Adds to `into` every character a page, stylesheet or JSON file may show, its references and escapes decoded. */
export function addCharacters(text: string, into: Set<number>): void {
  // The markup comes along (a few ASCII characters more than the text needs): one pass, and no parsing.
  addCodePoints(text, into);
  if (text.includes('&')) {
    for (const [reference, numeric] of text.matchAll(/&(?:#(x[0-9a-f]+|[0-9]+)|[a-z][a-z0-9]*);?/giu)) {
      if (numeric === undefined) addCodePoints(decodeNamedReference(reference), into);
      else addValid(/^x/iu.test(numeric) ? parseInt(numeric.slice(1), 16) : Number(numeric), into);
    }
  }
  if (!text.includes('\\')) return;
  // a JSON string may escape a character, one beyond U+FFFF as two escapes (\uD83D\uDE00): each run is decoded whole
  for (const [run] of text.matchAll(/(?:\\u[0-9a-f]{4})+/giu)) {
    const units = run.split('\\u').slice(1);
    for (const char of String.fromCharCode(...units.map((unit) => parseInt(unit, 16))))
      addValid(char.codePointAt(0), into);
  }
  for (const [, hex = ''] of text.matchAll(/\\([0-9a-f]{1,6})/giu)) addValid(parseInt(hex, 16), into); // CSS: \25CF
}
