/** The text a citation's Copy button copies: each part (reference, note or in-text citation) on a line of its own. */
export function citationText(parts: readonly (string | null)[]): string {
  return parts
    .map((part) => (part ?? '').replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
