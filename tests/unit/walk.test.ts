import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { skip, walk } from '../../src/markdown/walk.ts';

const tree = (): Root =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .parse(
      '# Title\n\n<Unit n="1"><Ar>نص *مائل* [^1]</Ar><En>Text with **bold**</En></Unit>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: A note.\n',
    );

const label = (node: Nodes) => ('name' in node && node.name ? `${node.type}:${node.name}` : node.type);

test('a walk visits what unist-util-visit visits, in its order, with the same parents and indexes', () => {
  const expected: string[] = [];
  const root = tree();
  visit(root, (node, index, parent) => {
    if (parent) expected.push(`${label(node)} in ${label(parent)} at ${String(index)}`);
  });
  const found: string[] = [];
  walk(root, (node: Nodes, parent, index) => {
    found.push(`${label(node)} in ${label(parent as Nodes)} at ${String(index)}`);
  });
  assert.ok(expected.length > 20);
  assert.deepEqual(found, expected);
});

test("a walk gives each node's ancestors, the walk's root first", () => {
  const root = tree();
  const paths: string[] = [];
  walk(root, (node: Nodes, _parent, _index, ancestors) => {
    if (node.type === 'emphasis') paths.push(ancestors.map((ancestor) => label(ancestor as Nodes)).join(' > '));
  });
  assert.deepEqual(paths, ['root > paragraph > mdxJsxTextElement:Unit > mdxJsxTextElement:Ar']);
});

test("skip leaves a node's children out; an index goes on from there, the node's children left out", () => {
  const root = tree();
  const seen: string[] = [];
  walk(root, (node: Nodes) => {
    seen.push(label(node));
    if (node.type === 'table') return skip;
    return undefined;
  });
  assert.ok(seen.includes('table') && !seen.includes('tableRow'));

  // a visitor that replaces a node by two goes on from the first of them: both are visited, and their children
  const replaced = tree();
  const visited: string[] = [];
  walk(replaced, (node: Nodes, parent, index) => {
    visited.push(label(node));
    if (node.type !== 'heading') return undefined;
    const paragraph: Nodes = { type: 'paragraph', children: node.children };
    parent.children.splice(index, 1, { type: 'thematicBreak' }, paragraph);
    return index;
  });
  assert.deepEqual(visited.slice(0, 4), ['heading', 'thematicBreak', 'paragraph', 'text']);
});
