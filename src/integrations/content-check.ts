import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { editionRelative, recordProblems } from '../check/edition-files.ts';
import { problemReport, type Problem } from '../check/problem.ts';
import { remarkEditionUnits } from '../markdown/remark-edition-units.ts';

/** The body rules' problems with one article, found by the same remark plugin the build compiles it with. */
export function checkArticleBody(file: string): Problem[] {
  const { frontmatter, content } = parseFrontmatter(fs.readFileSync(file, 'utf8'), { frontmatter: 'empty-with-lines' });
  const vfile = new VFile({ path: file, value: content });
  vfile.data.astro = { frontmatter };
  const problems: Problem[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkEditionUnits, { articlesDir: path.dirname(file), onProblems: (found) => problems.push(...found) });
  try {
    processor.runSync(processor.parse(vfile), vfile);
  } catch (error) {
    // MDX that does not parse at all
    const message = error instanceof Error ? error.message : String(error);
    const line = (error as { line?: unknown }).line;
    problems.push({
      file: editionRelative(file),
      ...(typeof line === 'number' ? { line } : {}),
      field: '(body)',
      message: `not valid MDX: ${message}`,
    });
  }
  return problems;
}

/**
 * Every problem in the edition's content, all at once (src/check/rules.ts holds the rules). With `bodies: false` the
 * articles' bodies are left to the build, which parses them anyway: the same remark plugin checks them while compiling.
 */
export function checkEdition({ bodies = true } = {}): Problem[] {
  const { problems, articleFiles } = recordProblems();
  return bodies ? [...problems, ...articleFiles.flatMap(checkArticleBody)] : problems;
}

/**
 * The check before a build (`command` "build") or a dev server: a build reads no article body here, since it
 * compiles each anyway; once anything is wrong it runs the whole check, so that every problem is listed at once.
 */
export function preCheck(command: string): Problem[] {
  const quick = checkEdition({ bodies: command !== 'build' });
  return quick.length && command === 'build' ? checkEdition() : quick;
}

/** Runs the content check before every build and stops it with every problem listed (a warning in dev). */
export function contentCheck(): AstroIntegration {
  return {
    name: 'edition:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = preCheck(command);
        if (!problems.length) return;
        if (command === 'build') throw new Error(problemReport(problems));
        logger.warn(problemReport(problems));
      },
    },
  };
}
