// Checks the edition's content without a build: `npm run check:content [article.mdx …]`. Runs every rule of
// src/check/rules.ts, as the build does (frontmatter, registries, references between them, units against the
// sources, footnotes, notes, entity annotations), prints every problem found (only those of the files named, if any)
// and what each draft has left to do, and exits non-zero when there is a problem (work left in a draft is not one).
import path from 'node:path';
import { editionRelative } from '../src/check/edition-files.ts';
import { problemLines } from '../src/check/problem.ts';
import { draftReports, examineEdition } from '../src/check/engine.ts';

const only = new Set(process.argv.slice(2).map((file) => editionRelative(path.resolve(file))));
const named = (file: string) => !only.size || only.has(file);
const check = examineEdition();
const problems = problemLines(check.problems.filter((problem) => named(problem.file)));
const drafts = new Map([...check.drafts].filter(([file]) => named(file)));
for (const line of draftReports({ ...check, drafts })) console.log(line);
for (const problem of problems) console.error(problem);
const draftNote = drafts.size ? ` (${String(drafts.size)} drafts, not published)` : '';
console.log(problems.length ? `${String(problems.length)} problems` : `ok${draftNote}`);
process.exit(problems.length ? 1 : 0);
