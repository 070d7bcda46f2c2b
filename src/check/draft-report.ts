// What `npm run check:content` (and `npm run new:article`) say of a draft: what is left to do, grouped by kind, with
// unit numbers and lines, and the names that may belong in the registry. Pure: the check gathers the problems.
import type { NameCandidate } from '../lib/draft-hints.ts';
import { leftToDo, type LeftToDo, type Problem } from './problem.ts';

const headings: Record<LeftToDo, string> = {
  frontmatter: 'frontmatter',
  gloss: 'English glosses to write',
  note: 'notes to write',
  mention: 'registry names without a note',
  date: 'dates with no event',
  noise: 'boilerplate to confirm',
};

/** Unit numbers as runs: 1–4, 7, 9–10. */
export function unitRuns(numbers: number[]): string {
  const runs: string[] = [];
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${String(sorted[i])}–${String(sorted[j])}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The command that starts a registry record for a name: its id made from a Latin name, to be chosen for an Arabic one. */
export function newEntityCommand(name: string): string {
  const latin = !/\p{Script=Arabic}/u.test(name);
  const id = latin
    ? name
        .toLowerCase()
        .replace(/[^a-z0-9]+/gu, '-')
        .replace(/^-|-$/gu, '')
    : '';
  return `npm run new:entity -- ${id || '<id>'} --ar "${name}"${latin ? ` --en "${name}"` : ''}`;
}

/** A problem of the draft as a line of its report: the line it is on (when known), field and message. */
const reportLine = ({ line, field, message }: Problem) => `${line ? `line ${String(line)}: ` : ''}${field}: ${message}`;

/** The report on one draft: a heading, then what is left by kind, then the candidates for the registry. */
export function draftReport(file: string, left: Problem[], candidates: NameCandidate[]): string[] {
  const lines = [
    `${file} is a draft: ${String(left.length)} things left to do` +
      ' (each becomes an error once `draft: true` is removed)',
  ];
  for (const kind of leftToDo) {
    const found = left.filter((problem) => problem.pending === kind);
    if (!found.length) continue;
    if (kind === 'gloss') {
      const units = found.map((problem) => Number(/^unit (\d+)/u.exec(problem.field)?.[1]));
      lines.push(`  ${headings[kind]} (${String(found.length)}): units ${unitRuns(units)}`);
      continue;
    }
    lines.push(
      `  ${headings[kind]} (${String(found.length)}):`,
      ...found.map((problem) => `    ${reportLine(problem)}`),
    );
  }
  if (candidates.length)
    lines.push(
      `  names not in the registry (${String(candidates.length)}), candidates for a new record:`,
      ...candidates.map(
        ({ name, unit, after }) =>
          `    «${name}» in unit ${String(unit)}${after ? `, after «${after}»` : ''}: ${newEntityCommand(name)}`,
      ),
    );
  return lines;
}
