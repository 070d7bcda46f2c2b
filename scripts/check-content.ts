// Checks articles against their sources without a full build: `npm run check:content [file.mdx …]`.
// Runs the same unit and footnote check as `astro build`, and prints every problem found.
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { editionPath } from '../src/lib/edition-dir.ts';
import { entityNoteProblems, type NameVariants } from '../src/lib/mentions.ts';
import { sourceUnits } from '../src/lib/units.ts';
import { remarkEditionUnits, type NoteSummary, type UnitSummary } from '../src/markdown/remark-edition-units.ts';

const articlesDir = editionPath('content/articles');
const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((file) => path.resolve(file))
  : fs
      .readdirSync(articlesDir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => path.join(articlesDir, name));

const entitiesDir = editionPath('content/entities');
const registry: NameVariants[] = fs
  .readdirSync(entitiesDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const data = parseYaml(fs.readFileSync(path.join(entitiesDir, name), 'utf8')) as { variants: { ar: string[] } };
    return { id: name.slice(0, -'.yaml'.length), ar: data.variants.ar };
  });

let failed = 0;
for (const file of files) {
  const { frontmatter, content } = parseFrontmatter(fs.readFileSync(file, 'utf8'), { frontmatter: 'empty-with-lines' });
  const vfile = new VFile({ path: file, value: content });
  vfile.data.astro = { frontmatter };
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkEditionUnits, { articlesDir: path.dirname(file) });
  try {
    processor.runSync(processor.parse(vfile), vfile);
    const { units, notes, entities, slug } = frontmatter as {
      units: UnitSummary[];
      notes: NoteSummary[];
      entities?: string[];
      slug: string;
    };
    const source = sourceUnits(fs.readFileSync(editionPath(`sources/${slug}.txt`), 'utf8'));
    const problems = entityNoteProblems(units, source, entities ?? [], notes, registry);
    if (problems.length)
      throw new Error(`Content check failed:\n  ${problems.map((p) => `${file}: ${p}`).join('\n  ')}`);
    console.log(`ok  ${path.relative(process.cwd(), file)}`);
  } catch (error) {
    failed++;
    console.error((error as Error).message);
  }
}
process.exit(failed ? 1 : 0);
