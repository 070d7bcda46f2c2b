// What a copied passage carries: its text, one line per language column, and the address of the units it spans.

/** The fragment naming the units a passage spans: "p7" for one, "p3–p5" (en dash) for several, "" for none. */
export function unitRange(numbers: readonly number[]): string {
  if (!numbers.length) return '';
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  return first === last ? `p${String(first)}` : `p${String(first)}–p${String(last)}`;
}

/** The units a range fragment names ("p3–p5", or "p3-p5" typed with a hyphen), or nothing if it names no range. */
export function parseUnitRange(fragment: string): { first: number; last: number } | undefined {
  const match = /^p(\d+)[–-]p?(\d+)$/u.exec(fragment);
  if (!match) return undefined;
  const [first, last] = [Number(match[1]), Number(match[2])];
  return first < last ? { first, last } : undefined;
}

/** One line of copied text: white space collapsed; a right-to-left mark first if its first letter is Arabic. */
function passageLine(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return /^[^\p{L}]*\p{Script=Arabic}/u.test(line) ? `\u200F${line}` : line;
}

/**
 * The copied text from its blocks grouped by unit (a unit's Arabic and English, a note, a paragraph): a line a
 * block, a blank line between groups; the mark keeps each Arabic line right-to-left wherever it is pasted.
 */
export function passageText(groups: readonly (readonly string[])[]): string {
  return groups
    .map((blocks) => blocks.map(passageLine).filter((line) => line !== ''))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}
