import type { Node, Parent } from 'unist';

/** Returned by a walk's visitor: leave the node's children unvisited. */
export const skip = Symbol('skip');

/**
 * What a walk's visitor is given: a node, its parent, its index there and its ancestors (the walk's root first, the
 * parent last). It returns `skip`, or an index of the parent's children to go on from (its children unvisited: what
 * a visitor that replaced the node returns), or nothing.
 */
export type Visitor<N extends Node = Node> = (
  node: N,
  parent: Parent,
  index: number,
  ancestors: readonly Parent[],
) => typeof skip | number | undefined;

/**
 * Visits every node under `tree` (not `tree` itself) in document order, a parent before its children: the
 * compile's own passes over an article's syntax tree, about a tenth of its compile with unist-util-visit (which names
 * a function for every node it visits).
 */
export function walk<N extends Node = Node>(tree: Parent, visitor: Visitor<N>): void {
  const ancestors: Parent[] = [];
  const visitChildren = (parent: Parent) => {
    ancestors.push(parent);
    for (let index = 0; index < parent.children.length;) {
      const node = parent.children[index] as N;
      const next = visitor(node, parent, index, ancestors);
      if (typeof next === 'number') {
        index = next;
        continue;
      }
      if (next !== skip && 'children' in node && Array.isArray(node.children)) visitChildren(node as unknown as Parent);
      index++;
    }
    ancestors.pop();
  };
  visitChildren(tree);
}
