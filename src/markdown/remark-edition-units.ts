import fs from 'node:fs';
import path from 'node:path';
import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { editionPath } from '../lib/edition-dir.ts';
import { firstDifference, normaliseSpace, sourceUnits } from '../lib/units.ts';
import { noteType, type NoteType } from '../schemas/note.ts';
import { noiseKind, type NoiseKind } from '../schemas/unit.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A unit as the page needs it outside the MDX body (tables of contents, later: events). */
export interface UnitSummary {
  n: number;
  heading: boolean;
  noise?: NoiseKind;
  en: string;
  ar: string;
  /** Footnotes referenced from this unit, in order. */
  notes: string[];
  /** Glossary terms marked in this unit's Arabic. */
  terms: string[];
}

/** A footnote as the page needs it: its type, the entity it identifies, where it is defined. */
export interface NoteSummary {
  id: string;
  type: NoteType;
  entity?: string;
  line?: number;
  /** The note's text in each language, for search. */
  en: string;
  ar: string;
}

/** The ids of a registry folder: content/<folder>/<id>.yaml. */
function registryIds(folder: string): Set<string> {
  const dir = editionPath(`content/${folder}`);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  return new Set(files.filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -'.yaml'.length)));
}

const isJsx = (node: Nodes, name: string): node is JsxElement =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

function findChild(unit: JsxElement, name: string): JsxElement | undefined {
  let found: JsxElement | undefined;
  visit(unit, (node) => {
    if (!found && node !== unit && isJsx(node, name)) found = node;
  });
  return found;
}

function attribute(element: JsxElement, name: string): string | true | undefined {
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
    if (attr.value === null || attr.value === undefined) return true;
    return typeof attr.value === 'string' ? attr.value : attr.value.value;
  }
  return undefined;
}

/** Text a reader sees in an element: footnote markers excluded, markdown escapes resolved. */
const visibleText = (node: Nodes): string => toString(node, { includeHtml: false });

/**
 * Checks an article against its source at build time and fails with the file, line and field:
 * units numbered 1..N once each, Arabic identical to the source line, a non-empty English gloss,
 * and footnotes that are both referenced and defined. Exposes the units as `units` frontmatter.
 */
export function remarkEditionUnits(options: { articlesDir?: string; everyProblem?: () => string[] } = {}) {
  const articlesDir = (options.articlesDir ?? editionPath('content/articles')) + path.sep;
  return (tree: Root, file: VFile) => {
    if (!file.path.startsWith(articlesDir)) return;
    const entityIds = registryIds('entities');
    const termIds = registryIds('glossary');
    const where = path.relative(editionPath('.'), file.path);
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as Record<string, unknown>;
    const problems: string[] = [];
    const report = (line: number | undefined, message: string) =>
      problems.push(`${where}${line ? `:${line}` : ''}: ${message}`);

    const slug = typeof frontmatter.slug === 'string' ? frontmatter.slug : '';
    const sourceFile = editionPath(`sources/${slug}.txt`);
    if (!fs.existsSync(sourceFile)) {
      throw new Error(`${where}: slug: no source file sources/${slug}.txt for slug "${slug}"`);
    }
    const source = sourceUnits(fs.readFileSync(sourceFile, 'utf8'));
    const units: UnitSummary[] = [];

    for (const node of tree.children) {
      if (!isJsx(node, 'Unit')) continue;
      const line = node.position?.start.line;
      const n = Number(attribute(node, 'n'));
      if (!Number.isInteger(n) || n < 1) {
        report(line, `Unit n: "${String(attribute(node, 'n'))}" is not a unit number`);
        continue;
      }
      const expectedN = units.length + 1;
      if (n !== expectedN)
        report(line, `Unit n: found ${n} where unit ${expectedN} belongs (units are 1..N in source order)`);
      const ar = findChild(node, 'Ar');
      const en = findChild(node, 'En');
      const arText = ar ? normaliseSpace(visibleText(ar)) : '';
      const enText = en ? normaliseSpace(visibleText(en)) : '';
      const expected = normaliseSpace(source[n - 1] ?? '');
      if (!ar) report(line, `unit ${n}: Ar: missing`);
      else if (n <= source.length && arText !== expected) {
        const at = firstDifference(arText, expected);
        report(
          ar.position?.start.line ?? line,
          `unit ${n}: Ar: differs from sources/${slug}.txt unit ${n} at character ${at + 1}: ` +
            `expected «${expected.slice(at, at + 30)}», found «${arText.slice(at, at + 30)}»`,
        );
      }
      if (!en || enText === '')
        report(en?.position?.start.line ?? line, `unit ${n}: En: the English gloss is missing or empty`);
      // a line the source gives in English (a page widget) is rightly glossed by itself
      else if (enText === arText && /\p{Script=Arabic}/u.test(arText)) {
        report(en.position?.start.line, `unit ${n}: En: the gloss is a copy of the Arabic`);
      }
      const noise = attribute(node, 'noise');
      const parsedNoise = noise === undefined ? undefined : noiseKind.safeParse(noise);
      if (parsedNoise && !parsedNoise.success) {
        report(line, `unit ${n}: noise: "${String(noise)}" is not one of ${noiseKind.options.join(', ')}`);
      }
      const terms: string[] = [];
      if (ar) {
        visit(ar, (child) => {
          if (!isJsx(child, 'Term')) return;
          const id = attribute(child, 'id');
          if (typeof id === 'string' && termIds.has(id)) terms.push(id);
          else report(child.position?.start.line, `unit ${n}: Term id: "${String(id)}" is not in content/glossary/`);
        });
      }
      // the Unit component looks up the events citing it by article and number
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'article', value: slug });
      const notes: string[] = [];
      visit(node, 'footnoteReference', (ref) => {
        if (!notes.includes(ref.identifier)) notes.push(ref.identifier);
      });
      units.push({
        n,
        heading: attribute(node, 'heading') !== undefined,
        ...(parsedNoise?.success ? { noise: parsedNoise.data } : {}),
        en: enText,
        ar: arText,
        notes,
        terms,
      });
    }
    if (units.length !== source.length) {
      report(undefined, `units: ${units.length} Unit elements, but sources/${slug}.txt has ${source.length} units`);
    }
    checkFootnotes(tree, report);
    const notes = collectNotes(tree, entityIds, frontmatter, report);
    if (problems.length) {
      // the build stops at the first article with problems; `everyProblem` lists every article's at once
      const all = options.everyProblem?.() ?? problems;
      throw new Error(`Content check failed (${all.length} problems):\n  ${all.join('\n  ')}`);
    }
    frontmatter.units = units;
    frontmatter.notes = notes;
  };
}

/** Reads each footnote's <Note>: its type and the entity it identifies, both checked. */
function collectNotes(
  tree: Root,
  entityIds: Set<string>,
  frontmatter: Record<string, unknown>,
  report: (line: number | undefined, message: string) => void,
): NoteSummary[] {
  // An outlet credited as the source of the text may be annotated without being named in it.
  const credits: unknown[] = [
    frontmatter.outlet,
    ...(Array.isArray(frontmatter.wire) ? (frontmatter.wire as unknown[]) : []),
  ];
  const declared = new Set([
    ...(Array.isArray(frontmatter.entities) ? (frontmatter.entities as unknown[]).map(String) : []),
    ...credits.flatMap((credit) =>
      credit && typeof credit === 'object' && 'entity' in credit ? [String(credit.entity)] : [],
    ),
  ]);
  const notes: NoteSummary[] = [];
  visit(tree, 'footnoteDefinition', (definition) => {
    const line = definition.position?.start.line;
    const where = `footnote [^${definition.identifier}]`;
    const note = findChild(definition as unknown as JsxElement, 'Note');
    if (!note) {
      report(line, `${where}: its text must be a <Note type="…"> with <En> and <Ar>`);
      return;
    }
    const type = noteType.safeParse(attribute(note, 'type'));
    if (!type.success) {
      report(
        line,
        `${where}: Note type: "${String(attribute(note, 'type'))}" is not one of ${noteType.options.join(', ')}`,
      );
      return;
    }
    const texts = { en: '', ar: '' };
    for (const lang of ['en', 'ar'] as const) {
      const part = findChild(note, lang === 'en' ? 'En' : 'Ar');
      texts[lang] = part ? normaliseSpace(visibleText(part)) : '';
      if (!texts[lang]) report(line, `${where}: Note ${lang === 'en' ? 'En' : 'Ar'}: missing or empty`);
    }
    const entity = attribute(note, 'entity');
    if (entity !== undefined) {
      if (typeof entity !== 'string' || !entityIds.has(entity)) {
        report(line, `${where}: Note entity: "${String(entity)}" is not in content/entities/`);
      } else if (!declared.has(entity)) {
        report(line, `${where}: Note entity: "${entity}" is missing from the frontmatter's entities`);
      }
    } else if (['person', 'organisation', 'place'].includes(type.data)) {
      report(line, `${where}: Note entity: a ${type.data} note must name its entity`);
    }
    notes.push({
      ...texts,
      id: definition.identifier,
      type: type.data,
      ...(typeof entity === 'string' ? { entity } : {}),
      ...(line ? { line } : {}),
    });
  });
  return notes;
}

function checkFootnotes(tree: Root, report: (line: number | undefined, message: string) => void) {
  const defined = new Map<string, number | undefined>();
  const referenced = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') defined.set(node.identifier, node.position?.start.line);
    if (node.type === 'footnoteReference') referenced.add(node.identifier);
    // remark-gfm leaves a reference to an undefined footnote as plain text
    if (node.type === 'text') {
      for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/gu)) {
        report(node.position?.start.line, `footnote [^${match[1]}]: referenced but never defined`);
      }
    }
  });
  for (const [id, line] of defined) {
    if (!referenced.has(id)) report(line, `footnote [^${id}]: defined but never referenced`);
  }
}
