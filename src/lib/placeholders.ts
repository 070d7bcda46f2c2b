/**
 * A string with its {placeholders} filled in (a missing one is left as written). Names in `isolated` are wrapped in
 * bidi isolates (FSI … PDI), so that text in the other script, or a number, keeps its place in the sentence.
 */
export function fillPlaceholders(
  template: string,
  vars: Record<string, string | number>,
  isolated: readonly string[] = [],
): string {
  return template.replace(/\{(\w+)\}/gu, (placeholder, name: string) => {
    const value = vars[name];
    if (value === undefined) return placeholder;
    return isolated.includes(name) ? `\u2068${String(value)}\u2069` : String(value);
  });
}

const slotPattern = /\uE000(\w+):([^\uE001]*)\uE001/gu;

/**
 * A slot in compiled markup, for what the page fills in its own interface language (a label, a link): written in
 * Unicode's private use area, which no text of the edition uses, so that no text can be taken for one.
 */
export const slot = (kind: string, argument: string): string => `\uE000${kind}:${argument}\uE001`;

/** Markup with each slot replaced by what `fill` gives for its kind and argument (HTML-escaped here). */
export function fillSlots(markup: string, fill: (kind: string, argument: string) => string): string {
  return markup.replace(slotPattern, (_, kind: string, argument: string) => escapeHtml(fill(kind, argument)));
}

/** Text made safe for HTML, in an attribute's value or between tags. */
export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"]/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
