import type { ElementContent, Root, Nodes, Text } from 'hast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { skip, walk } from './walk.ts';

const latinRun = /[A-Za-z][A-Za-z0-9&.'’-]*(?:\s+[A-Za-z0-9&.'’-]*[A-Za-z0-9])*/gu;

/** Wraps a text node's Latin-script runs in <bdi lang="en">; everything else stays as it is. */
function isolate(text: Text): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(latinRun)) {
    if (match.index > last) parts.push({ type: 'text', value: text.value.slice(last, match.index) });
    parts.push({
      type: 'element',
      tagName: 'bdi',
      properties: { lang: 'en' },
      children: [{ type: 'text', value: match[0] }],
    });
    last = match.index + match[0].length;
  }
  if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
  return parts;
}

/**
 * Isolates Latin names inside the Arabic of a unit ("RT", "Crane IP") so that the quotation marks and
 * punctuation around them keep their places in right-to-left text. The text itself is unchanged.
 */
export function rehypeIsolateLatin() {
  return (tree: Root) => {
    walk(tree, (node: Nodes) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const element = node as MdxJsxTextElementHast;
      if (element.name !== 'Ar') return;
      walk(element, (text: Nodes, parent, index) => {
        if (text.type !== 'text' || !/[A-Za-z]/u.test(text.value)) return;
        if ('tagName' in parent && (parent.tagName === 'sup' || parent.tagName === 'bdi')) return;
        const replaced = isolate(text);
        parent.children.splice(index, 1, ...replaced);
        return index + replaced.length;
      });
      return skip;
    });
  };
}
