import path from 'node:path';
import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { bodyProblems, type ExtractedBody, type ExtractedUnit } from '../check/rules.ts';
import type { ArticleBody } from '../schemas/article-body.ts';
import { problemReport, type Problem } from '../check/problem.ts';
import { readRegistries, readSource } from '../check/edition-files.ts';
import { editionPath } from '../check/edition-files.ts';
import { normaliseSpace } from '../lib/units.ts';
import { walk } from './walk.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (node: Nodes, name: string): node is JsxElement =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

/** The first element named `name` under `parent`, in document order. */
function findChild(parent: { children: Nodes[] }, name: string): JsxElement | undefined {
  for (const child of parent.children) {
    if (isJsx(child, name)) return child;
    const found = 'children' in child ? findChild(child, name) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** A note's own <En> or <Ar>: not one quoted inside the other language's text (an <Ar> phrase inside the <En>). */
function notePart(note: JsxElement, name: 'En' | 'Ar'): JsxElement | undefined {
  for (const child of note.children as Nodes[]) {
    if (isJsx(child, name)) return child;
    if (isJsx(child, 'En') || isJsx(child, 'Ar') || !('children' in child)) continue;
    const found = notePart(child as unknown as JsxElement, name);
    if (found) return found;
  }
  return undefined;
}

function attribute(element: JsxElement, name: string): string | true | undefined {
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
    if (attr.value === null || attr.value === undefined) return true;
    return typeof attr.value === 'string' ? attr.value : attr.value.value;
  }
  return undefined;
}

/** Text a reader sees in an element: footnote markers excluded, markdown escapes resolved, spaces collapsed. */
const visibleText = (node: Nodes): string => normaliseSpace(toString(node, { includeHtml: false }));

/** The same, leaving out the runs of the other language quoted in it (an <Ar> phrase inside an <En>). */
const ownText = (node: Nodes, other: 'En' | 'Ar'): string => {
  const text = (at: Nodes): string =>
    isJsx(at, other)
      ? ' '
      : 'children' in at
        ? (at.children as Nodes[]).map(text).join('')
        : toString(at, { includeHtml: false });
  return normaliseSpace(text(node));
};

/** An element's text and line, with its own text where runs of the other language are quoted in it. */
function textOf(element: JsxElement, other: 'En' | 'Ar') {
  const text = visibleText(element);
  const own = ownText(element, other);
  return { text, line: element.position?.start.line, ...(own !== text ? { own } : {}) };
}

/** Reads an article's body as the content rules take it: its units, footnotes and notes, nothing checked yet. */
export function extractBody(tree: Root): ExtractedBody {
  const units: ExtractedUnit[] = [];
  // each unit's element: its record (its terms and notes filled in by the walk below), and its <Ar>
  const unitsByNode = new Map<Nodes, { unit: ExtractedUnit; ar: JsxElement | undefined }>();
  for (const node of tree.children) {
    if (!isJsx(node, 'Unit')) continue;
    const ar = findChild(node, 'Ar');
    const en = findChild(node, 'En');
    const unit: ExtractedUnit = {
      line: node.position?.start.line,
      n: attribute(node, 'n'),
      heading: attribute(node, 'heading') !== undefined,
      noise: attribute(node, 'noise'),
      ...(ar ? { ar: textOf(ar, 'En') } : {}),
      ...(en ? { en: textOf(en, 'Ar') } : {}),
      terms: [],
      notes: [],
    };
    units.push(unit);
    unitsByNode.set(node, { unit, ar });
  }
  const body: ExtractedBody = { units, notes: [], referenced: [], unresolved: [] };
  walk(tree, (node: Nodes, _parent, _index, ancestors) => {
    // the unit a node lies in is the top of its ancestors below the root
    const within = ancestors[1] && unitsByNode.get(ancestors[1] as Nodes);
    if (within && isJsx(node, 'Term') && within.ar && ancestors.includes(within.ar))
      within.unit.terms.push({ id: attribute(node, 'id'), line: node.position?.start.line });
    if (node.type === 'footnoteReference') {
      if (within && !within.unit.notes.includes(node.identifier)) within.unit.notes.push(node.identifier);
      if (!body.referenced.includes(node.identifier)) body.referenced.push(node.identifier);
    }
    // remark-gfm leaves a reference to an undefined footnote as plain text
    if (node.type === 'text') {
      for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/gu))
        body.unresolved.push({ id: match[1] ?? '', line: node.position?.start.line });
    }
    if (node.type !== 'footnoteDefinition') return;
    const note = findChild(node, 'Note');
    const part = (name: 'En' | 'Ar') => {
      const found = note && notePart(note, name);
      return found ? textOf(found, name === 'En' ? 'Ar' : 'En') : undefined;
    };
    const en = part('En');
    body.notes.push({
      id: node.identifier,
      line: node.position?.start.line,
      ...(note
        ? {
            note: {
              type: attribute(note, 'type'),
              entity: attribute(note, 'entity'),
              en: en?.text ?? '',
              ar: part('Ar')?.text ?? '',
              ...(en?.own !== undefined ? { enOwn: en.own } : {}),
            },
          }
        : {}),
    });
  });
  return body;
}

/** What checking an article's extracted body gives: its units and notes, or its problems. */
export function checkBody(
  filePath: string,
  frontmatter: Record<string, unknown>,
  body: ExtractedBody,
): { problems: Problem[]; summary?: ArticleBody } {
  const slug = typeof frontmatter.slug === 'string' ? frontmatter.slug : '';
  return bodyProblems({
    file: path.relative(editionPath('.'), filePath),
    frontmatter,
    source: readSource(slug),
    body,
    registries: readRegistries(),
  });
}

/**
 * Extracts an article's units and notes and has the content rules (src/check/rules.ts) check them against the
 * article's source and the registries. With no problems, exposes them as `units` and `notes` frontmatter (read
 * through src/schemas/article-body.ts), and the extracted body as `file.data.extractedBody` (for a cache to check
 * again without compiling); otherwise stops the compile with every problem in the edition (`everyProblem`), or
 * hands this article's to `onProblems`.
 */
export function remarkEditionUnits(
  options: { articlesDir?: string; everyProblem?: () => Problem[]; onProblems?: (problems: Problem[]) => void } = {},
) {
  const articlesDir = (options.articlesDir ?? editionPath('content/articles')) + path.sep;
  return (tree: Root, file: VFile) => {
    if (!file.path.startsWith(articlesDir)) return;
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as Record<string, unknown>;
    const body = extractBody(tree);
    file.data.extractedBody = body;
    const { problems, summary } = checkBody(file.path, frontmatter, body);
    if (summary) {
      frontmatter.units = summary.units;
      frontmatter.notes = summary.notes;
    } else if (options.onProblems) options.onProblems(problems);
    // the build stops at the first article with problems; `everyProblem` lists every article's at once
    else throw new Error(problemReport(options.everyProblem?.() ?? problems));
  };
}

declare module 'vfile' {
  interface DataMap {
    extractedBody: ExtractedBody;
  }
}
