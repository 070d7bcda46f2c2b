// Checks the edition's content without a build: `npm run check:content [article.mdx …]`. Runs the same checks
// as the start of `astro build` (frontmatter, registries, units against the sources, footnotes, notes) and
// prints every problem found.
import path from 'node:path';
import { checkArticle, checkEdition } from '../src/integrations/content-check.ts';

const files = process.argv.slice(2).map((file) => path.resolve(file));
const problems = files.length ? files.flatMap((file) => checkArticle(file)) : checkEdition();
for (const problem of problems) console.error(problem);
console.log(problems.length ? `${problems.length} problems` : 'ok');
process.exit(problems.length ? 1 : 0);
