/** One thing wrong with the edition's content: the file (relative to the edition), the line where known, the field. */
export interface Problem {
  file: string;
  line?: number;
  field: string;
  message: string;
  /**
   * Something not yet written (an empty gloss, a stub note, a name without its note, a date without its event), by
   * kind: in a draft it is reported as left to do; in a published article it is an error like any other.
   */
  pending?: LeftToDo;
}

/** The kinds of work a draft can have left, in the order its report lists them. */
export const leftToDo = ['frontmatter', 'gloss', 'note', 'mention', 'date', 'noise'] as const;
export type LeftToDo = (typeof leftToDo)[number];

/** A problem as one line: "file:line: field: message". */
export const formatProblem = ({ file, line, field, message }: Problem): string =>
  `${file}${line ? `:${line}` : ''}: ${field}: ${message}`;

/**
 * Every problem, each once, as lines in the order found; one found twice, once with its line and once without (by two
 * stages that see different parts of a file), is listed with its line.
 */
export function problemLines(problems: Problem[]): string[] {
  const withoutLine = ({ file, field, message }: Problem) => formatProblem({ file, field, message });
  const placed = new Set(problems.filter((p) => p.line !== undefined).map(withoutLine));
  return [...new Set(problems.filter((p) => p.line !== undefined || !placed.has(formatProblem(p))).map(formatProblem))];
}

/** The report that stops a build or a check: a heading and one problem a line. */
export function problemReport(problems: Problem[]): string {
  const lines = problemLines(problems);
  return `Content check failed (${lines.length} problems):\n  ${lines.join('\n  ')}`;
}
