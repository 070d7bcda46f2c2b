import type { Element, Root } from 'hast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

const jsx = (name: string, attributes: Record<string, string>): MdxJsxTextElementHast => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
  children: [],
});

/**
 * Hands the GFM footnote label and back-links to components, so that each page shows them in its
 * own interface language (one compiled MDX serves both), and keeps them out of the search index.
 */
export function rehypeFootnotes() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.properties.id === 'footnote-label') {
        node.properties.dataPagefindIgnore = '';
        node.children = [jsx('FootnotesLabel', {})];
        return;
      }
      if (node.tagName === 'a' && 'dataFootnoteBackref' in node.properties && parent && index !== undefined) {
        // remark-rehype labels it "Back to reference 3" or, for a repeated reference, "… 3-2"
        const reference = /(\d+(?:-\d+)?)$/u.exec(String(node.properties.ariaLabel))?.[1] ?? '';
        const href = String(node.properties.href);
        parent.children[index] = jsx('FootnoteBackref', { href, reference });
      }
    });
  };
}
