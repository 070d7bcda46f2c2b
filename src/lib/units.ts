/** The units of a source text: its non-empty lines in order, so unit N is `units[N - 1]`. */
export function sourceUnits(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Collapses every run of white space to one space and trims, as HTML rendering does. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The first index at which two strings differ, or -1 when they are equal. */
export function firstDifference(a: string, b: string): number {
  if (a === b) return -1;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
