/** One erratum note placed in its article: the first unit that cites it and its footnote's number. */
export interface Erratum<N> {
  /** The unit (§n, #pN) whose text the note corrects: the first that cites it. */
  n: number;
  /** The footnote's number in the article, as its marker shows it (notes are numbered in the order they are first cited). */
  number: number;
  note: N;
}

/** An article's erratum notes in unit order, each with the first unit citing it and its footnote number. */
export function errataOf<N extends { id: string; type: string }>(
  units: readonly { n: number; notes: readonly string[] }[],
  notes: readonly N[],
): Erratum<N>[] {
  const byId = new Map(notes.map((note) => [note.id, note]));
  const errata: Erratum<N>[] = [];
  const numbered = new Set<string>();
  for (const unit of units) {
    for (const id of unit.notes) {
      if (numbered.has(id)) continue;
      numbered.add(id);
      const note = byId.get(id);
      if (note?.type === 'erratum') errata.push({ n: unit.n, number: numbered.size, note });
    }
  }
  return errata;
}
