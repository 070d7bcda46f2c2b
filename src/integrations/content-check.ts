import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { z } from 'astro/zod';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { editionPath } from '../lib/edition-dir.ts';
import { entityNoteProblems, type NameVariants } from '../lib/mentions.ts';
import { missingTranslations } from '../lib/i18n.ts';
import { sourceUnits } from '../lib/units.ts';
import { remarkEditionUnits, type NoteSummary, type UnitSummary } from '../markdown/remark-edition-units.ts';
import { articleSchema } from '../schemas/article.ts';
import { entitySchema } from '../schemas/entity.ts';
import { eventSchema } from '../schemas/event.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { topicSchema } from '../schemas/topic.ts';

const relative = (file: string) => path.relative(editionPath('.'), file);
const filesIn = (folder: string, extension: string) => {
  const dir = editionPath(`content/${folder}`);
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(extension))
        .map((name) => path.join(dir, name))
    : [];
};

/** A schema's complaints about some data, as "file: field: message" lines. */
function schemaProblems(schema: z.ZodType, data: unknown, file: string): string[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map(
        (issue) => `${relative(file)}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`,
      );
}

/** The registry as the mention check needs it, read straight from content/entities/. */
function readRegistry(): NameVariants[] {
  return filesIn('entities', '.yaml').flatMap((file) => {
    const data = parseYaml(fs.readFileSync(file, 'utf8')) as { variants?: { ar?: string[] } } | null;
    return data?.variants?.ar ? [{ id: path.basename(file, '.yaml'), ar: data.variants.ar }] : [];
  });
}

/** An article's frontmatter problems, read without parsing its body. */
function checkFrontmatter(file: string): string[] {
  const { frontmatter } = parseFrontmatter(fs.readFileSync(file, 'utf8'), { frontmatter: 'empty-with-lines' });
  return schemaProblems(articleSchema, frontmatter, file);
}

/** Every problem of one article: frontmatter, units against the source, footnotes, notes and entity annotations. */
export function checkArticle(file: string, registry = readRegistry()): string[] {
  const { frontmatter, content } = parseFrontmatter(fs.readFileSync(file, 'utf8'), { frontmatter: 'empty-with-lines' });
  const problems = schemaProblems(articleSchema, frontmatter, file);
  const vfile = new VFile({ path: file, value: content });
  vfile.data.astro = { frontmatter };
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkEditionUnits, { articlesDir: path.dirname(file) });
  try {
    processor.runSync(processor.parse(vfile), vfile);
  } catch (error) {
    // the plugin lists its problems one a line under a heading
    const lines = (error as Error).message.split('\n');
    return [...problems, ...(lines.length > 1 ? lines.slice(1) : lines).map((line) => line.trim())];
  }
  const { units, notes, entities, slug } = frontmatter as {
    units: UnitSummary[];
    notes: NoteSummary[];
    entities?: string[];
    slug: string;
  };
  const source = sourceUnits(fs.readFileSync(editionPath(`sources/${slug}.txt`), 'utf8'));
  const entityProblems = entityNoteProblems(units, source, entities ?? [], notes, registry);
  return [...problems, ...entityProblems.map((problem) => `${relative(file)}: ${problem}`)];
}

/**
 * Every problem in the edition's content that can be found before the build, all at once. With `bodies: false`
 * the articles' bodies are left to the build, which parses them anyway: the same remark plugin checks them while
 * compiling and the edition's loader checks their entity notes, each failing with the file and field.
 */
export function checkEdition({ bodies = true } = {}): string[] {
  const registry = readRegistry();
  const registries: [string, z.ZodType][] = [
    ['entities', entitySchema],
    ['events', eventSchema],
    ['glossary', glossarySchema],
    ['topics', topicSchema],
  ];
  return [
    ...missingTranslations().map((line) => `${line}: missing`),
    ...registries.flatMap(([folder, schema]) =>
      filesIn(folder, '.yaml').flatMap((file) => {
        try {
          return schemaProblems(schema, parseYaml(fs.readFileSync(file, 'utf8')), file);
        } catch (error) {
          return [`${relative(file)}: not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`];
        }
      }),
    ),
    ...filesIn('articles', '.mdx').flatMap((file) => (bodies ? checkArticle(file, registry) : checkFrontmatter(file))),
  ];
}

/** Runs the content check before every build and stops it with every problem listed (a warning in dev). */
export function contentCheck(): AstroIntegration {
  return {
    name: 'edition:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // A build parses every article once, while compiling it; a problem found before then stops it with the
        // whole check, bodies included, so that every problem is listed at once.
        const quick = checkEdition({ bodies: command !== 'build' });
        const problems = quick.length && command === 'build' ? checkEdition() : quick;
        if (!problems.length) return;
        const report = `Content check failed (${problems.length} problems):\n  ${problems.join('\n  ')}`;
        if (command === 'build') throw new Error(report);
        logger.warn(report);
      },
    },
  };
}
