// The check engine: every content problem of the edition at once (the rules are rules.ts), for `npm run
// check:content`, `npm run new:article` and the build's pre-check (src/integrations/content-check.ts, a thin hook).
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { draftReport } from './draft-report.ts';
import { editionPath, editionRelative, readSource, recordProblems } from './edition-files.ts';
import { nameCandidates, proposedNoise } from '../lib/draft-hints.ts';
import type { Problem } from './problem.ts';
import type { Registries } from './rules.ts';
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

/** The edition's content as checked: what is wrong, and for each draft what is left to do. */
export interface EditionCheck {
  /** Errors: they stop a build and fail the check. */
  problems: Problem[];
  /** Each draft's file, with the problems that are work left to do in it (src/check/problem.ts, `pending`). */
  drafts: Map<string, Problem[]>;
  registries: Registries;
}

/**
 * Every problem in the edition's content, all at once (src/check/rules.ts holds the rules), a draft's work left to do
 * set apart. With `bodies: 'drafts'` only the drafts' bodies are read: a build compiles every other article anyway, and
 * the same remark plugin checks each while compiling.
 */
export function examineEdition({ bodies = 'all' }: { bodies?: 'all' | 'drafts' } = {}): EditionCheck {
  const { problems: found, articleFiles, drafts, registries } = recordProblems();
  const read = bodies === 'all' ? articleFiles : articleFiles.filter((file) => drafts.has(editionRelative(file)));
  const left = new Map([...drafts].map((file): [string, Problem[]] => [file, []]));
  const problems: Problem[] = [];
  for (const problem of [...found, ...read.flatMap(checkArticleBody)]) {
    const draft = problem.pending ? left.get(problem.file) : undefined;
    (draft ?? problems).push(problem);
  }
  return { problems, drafts: left, registries };
}

/** Every error in the edition's content (see examineEdition). */
export const checkEdition = (options: { bodies?: 'all' | 'drafts' } = {}): Problem[] =>
  examineEdition(options).problems;

/**
 * The check before a build (`command` "build") or a dev server: a build reads no published article's body here, since
 * it compiles each anyway; once anything is wrong it runs the whole check, so that every problem is listed at once.
 */
export function preCheck(command: string): Problem[] {
  const quick = checkEdition({ bodies: command === 'build' ? 'drafts' : 'all' });
  return quick.length && command === 'build' ? checkEdition() : quick;
}

/** The report on each draft (src/check/draft-report.ts), with the names in its source the registry may lack. */
export function draftReports({ drafts, registries }: EditionCheck): string[] {
  return [...drafts].flatMap(([file, left]) => {
    const { frontmatter } = parseFrontmatter(fs.readFileSync(editionPath(file), 'utf8'));
    const units = readSource(typeof frontmatter.slug === 'string' ? frontmatter.slug : '') ?? [];
    const noise = proposedNoise(units);
    const candidates = nameCandidates(units, registries.names, registries.english, (n) => Boolean(noise[n - 1]));
    return draftReport(file, left, candidates);
  });
}
