import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { problemReport, type Problem } from '../check/problem.ts';
import type { ExtractedBody } from '../check/rules.ts';
import { compileArticle, type BodyPart } from '../markdown/compile-article.ts';
import { checkBody } from '../markdown/remark-edition-units.ts';
import type { LoadingEntry } from './published-only.ts';

/** What the loader keeps of an article beside its data, in the store's `rendered.metadata`. */
export interface CompiledMetadata extends Record<string, unknown> {
  /** `units` and `notes`, as src/schemas/article-body.ts reads them. */
  frontmatter: Record<string, unknown>;
  body: BodyPart[];
  extractedBody?: ExtractedBody;
}

// Changed whenever the compiled markup changes shape: an article compiled by an older loader is compiled again.
const markupVersion = 'edition-markup-2';

/**
 * The articles' loader: each content/articles/*.mdx is compiled once by the project's MDX pipeline
 * (src/markdown/compile-article.ts) into its units, notes and markup, kept in Astro's data store under the digest of
 * its text, so that an unchanged article is never compiled again (its extracted body is checked again against the
 * sources and registries, which may have changed). Nothing imports an article as a module.
 */
export function articlesLoader(options: {
  dir: string;
  /** Entries left out: never compiled, stored nor listed (drafts). */
  heldBack?: () => (entry: LoadingEntry) => boolean;
  everyProblem?: () => Problem[];
}): Loader {
  const dir = path.resolve(options.dir);
  return {
    name: 'edition:articles',
    load: async (context: LoaderContext) => {
      const isHeldBack = options.heldBack?.() ?? (() => false);
      const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
      const seen = new Set<string>();
      let compiled = 0;
      for (const name of names) {
        const id = await loadFile(context, path.join(dir, name), isHeldBack, () => compiled++);
        if (id) seen.add(id);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      context.logger.info(`${compiled} compiled, ${seen.size - compiled} unchanged`);
      context.watcher?.on('all', (event, changed) => {
        if (path.dirname(changed) !== dir || !changed.endsWith('.mdx')) return;
        void (async () => {
          const id = await loadFile(context, changed, isHeldBack, () => undefined);
          if (event === 'unlink' && id) context.store.delete(id);
        })();
      });
    },
  };

  /** Loads one file; returns its id, or undefined when it is held back or gone. */
  async function loadFile(
    context: LoaderContext,
    file: string,
    isHeldBack: (entry: LoadingEntry) => boolean,
    onCompile: () => void,
  ): Promise<string | undefined> {
    let code: string;
    try {
      code = await fs.readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    const { frontmatter } = parseFrontmatter(code, { frontmatter: 'remove' });
    const id = typeof frontmatter.slug === 'string' ? frontmatter.slug : path.basename(file, '.mdx');
    if (isHeldBack({ id, data: frontmatter })) {
      context.store.delete(id);
      return undefined;
    }
    const digest = context.generateDigest(`${markupVersion}\0${code}`);
    const existing = context.store.get(id);
    const kept = existing?.rendered?.metadata as CompiledMetadata | undefined;
    if (existing?.digest === digest && kept?.extractedBody) {
      // unchanged: only checked again, against sources and registries that may have changed
      const { problems } = checkBody(file, frontmatter, kept.extractedBody);
      if (problems.length) throw new Error(problemReport(options.everyProblem?.() ?? problems));
      return id;
    }
    onCompile();
    const result = await compileArticle(code, file, {
      articlesDir: dir,
      ...(options.everyProblem ? { everyProblem: options.everyProblem } : {}),
    });
    const filePath = path.relative(fileURLToPath(context.config.root), file);
    const data = await context.parseData({ id, data: result.frontmatter, filePath });
    const metadata: CompiledMetadata = {
      frontmatter: result.extracted,
      body: result.body,
      ...(result.extractedBody ? { extractedBody: result.extractedBody } : {}),
    };
    context.store.set({
      id,
      data,
      filePath,
      digest,
      // the pages insert the body's parts (metadata.body); the whole body again as one string would double the store
      rendered: { html: '', metadata },
    });
    return id;
  }
}
