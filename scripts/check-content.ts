// Checks the edition's content without a build: `npm run check:content [article.mdx …]`. Runs every rule of
// src/check/rules.ts, as the build does (frontmatter, registries, references between them, units against the
// sources, footnotes, notes, entity annotations), prints every problem found (only those of the files named, if any)
// and exits non-zero when there is one.
import path from 'node:path';
import { editionRelative } from '../src/check/edition-files.ts';
import { problemLines } from '../src/check/problem.ts';
import { checkEdition } from '../src/integrations/content-check.ts';

const only = new Set(process.argv.slice(2).map((file) => editionRelative(path.resolve(file))));
const problems = problemLines(checkEdition().filter((problem) => !only.size || only.has(problem.file)));
for (const problem of problems) console.error(problem);
console.log(problems.length ? `${problems.length} problems` : 'ok');
process.exit(problems.length ? 1 : 0);
