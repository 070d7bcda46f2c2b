import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { problemReport, type Problem } from '../check/problem.ts';
import type { ExtractedBody } from '../check/rules.ts';
import type { BodyPart, CompiledArticle } from '../markdown/compile-article.ts';
import { compileAll } from '../markdown/compile-pool.ts';
import { checkBody } from '../markdown/remark-edition-units.ts';
import type { LoadingEntry } from './published-only.ts';

/** What the loader keeps of an article beside its data, in the store's `rendered.metadata`. */
export interface CompiledMetadata extends Record<string, unknown> {
  /** `units` and `notes`, as src/schemas/article-body.ts reads them. */
  frontmatter: Record<string, unknown>;
  body: BodyPart[];
  extractedBody?: ExtractedBody;
}

/** An article whose text changed since it was stored: what its compile and its place in the store need. */
interface Pending {
  id: string;
  code: string;
  file: string;
  digest: string;
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
      const pending: Pending[] = [];
      for (const name of names) {
        const found = await readFile(context, path.join(dir, name), isHeldBack);
        if (!found) continue;
        seen.add(found.id);
        if ('code' in found) pending.push(found);
      }
      // the files whose text changed are compiled together, shared out among the cores (src/markdown/compile-pool.ts)
      const outcomes = await compileAll(pending, dir);
      for (const [i, job] of pending.entries()) {
        const outcome = outcomes[i];
        if (!outcome || 'error' in outcome) throw new Error(failure(outcome?.error ?? `${job.file}: not compiled`));
        await store(context, job, outcome.result);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      context.logger.info(`${pending.length} compiled, ${seen.size - pending.length} unchanged`);
      context.watcher?.on('all', (event, changed) => {
        if (path.dirname(changed) !== dir || !changed.endsWith('.mdx')) return;
        void (async () => {
          const found = await readFile(context, changed, isHeldBack);
          if (event === 'unlink' && found) context.store.delete(found.id);
          if (found && 'code' in found) {
            const [outcome] = await compileAll([found], dir);
            if (outcome && 'result' in outcome) await store(context, found, outcome.result);
            else context.logger.error(failure(outcome?.error ?? `${found.file}: not compiled`));
          }
        })();
      });
    },
  };

  /** A compile's problems, as the build reports them: every problem of the edition, when it can list them. */
  function failure(message: string): string {
    return options.everyProblem ? problemReport(options.everyProblem()) : message;
  }

  /**
   * Reads one file: undefined when it is held back or gone; its id when it is unchanged since it was stored (checked
   * again, against sources and registries that may have changed); else what its compile needs.
   */
  async function readFile(
    context: LoaderContext,
    file: string,
    isHeldBack: (entry: LoadingEntry) => boolean,
  ): Promise<{ id: string } | Pending | undefined> {
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
      const { problems } = checkBody(file, frontmatter, kept.extractedBody);
      if (problems.length) throw new Error(problemReport(options.everyProblem?.() ?? problems));
      return { id };
    }
    return { id, code, file, digest };
  }

  /** Keeps a compiled article in the data store under its digest. */
  async function store(context: LoaderContext, job: Pending, result: CompiledArticle): Promise<void> {
    const filePath = path.relative(fileURLToPath(context.config.root), job.file);
    const data = await context.parseData({ id: job.id, data: result.frontmatter, filePath });
    const metadata: CompiledMetadata = {
      frontmatter: result.extracted,
      body: result.body,
      ...(result.extractedBody ? { extractedBody: result.extractedBody } : {}),
    };
    context.store.set({
      id: job.id,
      data,
      filePath,
      digest: job.digest,
      // the pages insert the body's parts (metadata.body); the whole body again as one string would double the store
      rendered: { html: '', metadata },
    });
  }
}
