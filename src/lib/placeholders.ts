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
