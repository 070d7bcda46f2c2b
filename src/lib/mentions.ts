/** An entity as the mention finder needs it: its id and the Arabic spellings of its name. */
export interface NameVariants {
  id: string;
  ar: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A whole-word pattern for one spelling, allowing Arabic's attached clitics (و ف ب ل ك, and لل for ال). */
export function arabicNamePattern(variant: string): RegExp {
  const body = escapeRegExp(variant).replace(/\s+/gu, '\\s+');
  const forms = [`(?:[وف]?[بلك]?)${body}`];
  if (variant.startsWith('ال')) forms.push(`(?:[وف]?)لل${escapeRegExp(variant.slice(2)).replace(/\s+/gu, '\\s+')}`);
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${forms.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
}

/**
 * A word every match of a spelling's pattern contains: its longest word (a leading ال taken off, for the لل form). A
 * text without it cannot name the spelling, so its pattern need not run (most of a text's hundreds of spellings).
 */
export function requiredWord(variant: string): string {
  const words = variant.trim().split(/\s+/u);
  if (words[0]?.startsWith('ال')) words[0] = words[0].slice(2);
  return words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** Every spelling of the registry with its compiled pattern, longest first; built once per registry. */
const compiledSpellings = new WeakMap<NameVariants[], { id: string; word: string; pattern: RegExp }[]>();
function spellingsOf(registry: NameVariants[]): { id: string; word: string; pattern: RegExp }[] {
  let spellings = compiledSpellings.get(registry);
  if (!spellings) {
    spellings = registry
      .flatMap(({ id, ar }) => ar.map((variant) => ({ id, variant })))
      .sort((a, b) => b.variant.length - a.variant.length)
      .map(({ id, variant }) => ({ id, word: requiredWord(variant), pattern: arabicNamePattern(variant) }));
    compiledSpellings.set(registry, spellings);
  }
  return spellings;
}

/** One mention of an entity in a text: where its spelling begins and ends. */
export interface MentionSpan {
  id: string;
  start: number;
  end: number;
}

/**
 * Every mention of the registry's entities in a text, in order. Longer names are matched first and blank out what
 * they cover, so "بحر الصين الشرقي" names the East China Sea and not China.
 */
export function mentionSpans(text: string, registry: NameVariants[]): MentionSpan[] {
  let masked = text;
  const spans: MentionSpan[] = [];
  for (const { id, word, pattern } of spellingsOf(registry)) {
    if (!masked.includes(word)) continue;
    masked = masked.replace(pattern, (match, start: number) => {
      spans.push({ id, start, end: start + match.length });
      return ' '.repeat(match.length);
    });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The entities named in a text, in order of first appearance (see mentionSpans). */
export function entitiesNamedIn(text: string, registry: NameVariants[]): string[] {
  return [...new Set(mentionSpans(text, registry).map((span) => span.id))];
}

/** For each entity named in a sequence of units, the number of the first unit naming it. */
export function firstMentions(units: string[], registry: NameVariants[]): Map<string, number> {
  const first = new Map<string, number>();
  units.forEach((text, index) => {
    for (const id of entitiesNamedIn(text, registry)) if (!first.has(id)) first.set(id, index + 1);
  });
  return first;
}
