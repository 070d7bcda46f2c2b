import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root as HastRoot, RootContent } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Problem } from '../check/problem.ts';
import type { ExtractedBody } from '../check/rules.ts';
import { jsxAttribute, rehypeEditionMarkup } from './rehype-edition-markup.ts';
import { rehypeFootnotes } from './rehype-footnotes.ts';
import { rehypeIsolateLatin } from './rehype-isolate-latin.ts';
import { walk } from './walk.ts';
import { remarkEditionUnits } from './remark-edition-units.ts';

/** A piece of an article's compiled body: a unit's inside (its page wraps it), or markup between units. */
export type BodyPart = { html: string } | { html: string; unit: { n: number; heading: boolean; noise?: string } };

/** An article's file compiled: its frontmatter, what remark-edition-units extracted from its body, its markup. */
export interface CompiledArticle {
  frontmatter: Record<string, unknown>;
  /** `units` and `notes` (src/schemas/article-body.ts), unchecked here. */
  extracted: Record<string, unknown>;
  /** The body as the content rules read it, kept so that a cached article can be checked again without compiling. */
  extractedBody: ExtractedBody | undefined;
  body: BodyPart[];
}

/**
 * MDX makes a paragraph holding only components (and spaces) into those components, as flow: what @mdx-js/mdx's own
 * remark-mark-and-unravel does, so that the body compiles here as @astrojs/mdx compiled it.
 */
function remarkUnravel() {
  return (tree: MdastRoot) => {
    walk(tree, (node: MdastNodes, parent, index) => {
      if (node.type !== 'paragraph') return;
      const onlyJsx =
        node.children.some((child) => child.type === 'mdxJsxTextElement') &&
        node.children.every(
          (child) => child.type === 'mdxJsxTextElement' || (child.type === 'text' && child.value.trim() === ''),
        );
      if (!onlyJsx) return;
      const flow = node.children.flatMap((child) =>
        child.type === 'mdxJsxTextElement' ? [{ ...child, type: 'mdxJsxFlowElement' as const }] : [],
      );
      parent.children.splice(index, 1, ...flow);
      return index; // the elements put in its place are visited next
    });
  };
}

const passThrough: string[] = [
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
];

/** The project's pipeline: MDX, GFM, the units' extraction and checks, then HTML with the edition's own plugins. */
function processor(articlesDir: string, everyProblem?: () => Problem[]) {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkUnravel)
    .use(remarkGfm)
    .use(remarkEditionUnits, { articlesDir, ...(everyProblem ? { everyProblem } : {}) })
    .use(remarkRehype, { clobberPrefix: '', passThrough } as RemarkRehypeOptions)
    .use(rehypeSlug)
    .use(rehypeIsolateLatin)
    .use(rehypeFootnotes)
    .use(rehypeEditionMarkup)
    .freeze();
}

type Processor = ReturnType<typeof processor>;
const processors = new Map<string, Processor>();

const html = (nodes: RootContent[]) => toHtml({ type: 'root', children: nodes });

/** Cuts the compiled body at its units: each unit's inside is kept apart, for the page to wrap in its <Unit>. */
function bodyParts(tree: HastRoot): BodyPart[] {
  const parts: BodyPart[] = [];
  let between: RootContent[] = [];
  const flush = () => {
    const markup = html(between).trim();
    if (markup) parts.push({ html: markup });
    between = [];
  };
  for (const node of tree.children) {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Unit') {
      between.push(node);
      continue;
    }
    flush();
    const unit = node;
    const noise = jsxAttribute(unit, 'noise');
    parts.push({
      unit: {
        n: Number(jsxAttribute(unit, 'n')),
        heading: jsxAttribute(unit, 'heading') !== undefined,
        ...(typeof noise === 'string' ? { noise } : {}),
      },
      html: html(unit.children).trim(),
    });
  }
  flush();
  return parts;
}

/**
 * Compiles one article's file (its whole text, frontmatter included, so that lines are the file's) at `filePath`,
 * which must lie in `articlesDir` for its units to be extracted and checked. Throws with the problems found.
 */
export async function compileArticle(
  code: string,
  filePath: string,
  options: { articlesDir: string; everyProblem?: () => Problem[] },
): Promise<CompiledArticle> {
  let compile = processors.get(options.articlesDir);
  if (!compile) {
    compile = processor(options.articlesDir, options.everyProblem);
    processors.set(options.articlesDir, compile);
  }
  // the frontmatter becomes blank lines: a problem's line is the file's
  const { frontmatter, content } = parseFrontmatter(code, { frontmatter: 'empty-with-lines' });
  const extracted: Record<string, unknown> = { ...frontmatter };
  const file = new VFile({ value: content, path: filePath, data: { astro: { frontmatter: extracted } } });
  const tree = await compile.run(compile.parse(file), file);
  return {
    frontmatter,
    extracted: { units: extracted.units, notes: extracted.notes },
    extractedBody: file.data.extractedBody,
    body: bodyParts(tree),
  };
}
