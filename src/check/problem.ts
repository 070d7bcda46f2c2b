/** One thing wrong with the edition's content: the file (relative to the edition), the line where known, the field. */
export interface Problem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

/** A problem as one line: "file:line: field: message". */
export const formatProblem = ({ file, line, field, message }: Problem): string =>
  `${file}${line ? `:${line}` : ''}: ${field}: ${message}`;

/** Every problem, each once, as lines in the order found. */
export const problemLines = (problems: Problem[]): string[] => [...new Set(problems.map(formatProblem))];

/** The report that stops a build or a check: a heading and one problem a line. */
export function problemReport(problems: Problem[]): string {
  const lines = problemLines(problems);
  return `Content check failed (${lines.length} problems):\n  ${lines.join('\n  ')}`;
}
