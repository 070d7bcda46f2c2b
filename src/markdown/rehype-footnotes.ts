import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { walk } from './walk.ts';

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
    const markerLanguage = markerLanguages(tree);
    separateAdjacentMarkers(tree, markerLanguage);
    walk(tree, (node: Nodes, parent, index) => {
      if (node.type !== 'element') return;
      if (node.properties.id === 'footnote-label') {
        node.properties.dataPagefindIgnore = '';
        node.children = [jsx('FootnotesLabel', {})];
        return;
      }
      if (node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) {
        // remark-rehype labels it "Back to reference 3" or, for a repeated reference, "… 3-2"
        const reference = /(\d+(?:-\d+)?)$/u.exec(String(node.properties.ariaLabel))?.[1] ?? '';
        const href = String(node.properties.href);
        const language = markerLanguage.get(href.slice(1));
        (parent.children as ElementContent[])[index] = jsx('FootnoteBackref', {
          href,
          reference,
          ...(language ? { language } : {}),
        });
      }
    });
  };
}

/** The language of the text (<Ar> or <En>) that holds each footnote marker, by the marker's id. */
function markerLanguages(tree: Root): Map<string, 'ar' | 'en'> {
  const languages = new Map<string, 'ar' | 'en'>();
  walk(tree, (node: Nodes, _parent, _index, ancestors) => {
    if (node.type !== 'element' || node.tagName !== 'a' || !('dataFootnoteRef' in node.properties)) return;
    const holder = ancestors.findLast(
      (ancestor) => 'name' in ancestor && (ancestor.name === 'Ar' || ancestor.name === 'En'),
    ) as { name: string } | undefined;
    if (holder) languages.set(String(node.properties.id), holder.name === 'Ar' ? 'ar' : 'en');
  });
  return languages;
}

const isMarker = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' &&
  node.tagName === 'sup' &&
  node.children.some((child) => child.type === 'element' && 'dataFootnoteRef' in child.properties);

/** The marker's own link inside its <sup>. */
const markerLink = (marker: Element) =>
  marker.children.find((child): child is Element => child.type === 'element' && 'dataFootnoteRef' in child.properties);

/**
 * Two footnote markers side by side would read as one number ("7" "8" as "78"); a comma between them goes in a
 * <sup> of its own, so the text outside the markers stays the source's: the Arabic comma in the Arabic, the Latin
 * one in the English. Every marker is isolated (dir="ltr"), so that "7،8" is never one left-to-right run of digits
 * and a right-to-left reader meets 7 before 8.
 */
function separateAdjacentMarkers(tree: Root, markerLanguage: Map<string, 'ar' | 'en'>) {
  // The markers sit inside MDX elements (<Ar>, <En>) as well as HTML ones.
  walk(tree, (node: Nodes) => {
    if (!('children' in node)) return;
    const children = node.children as ElementContent[];
    for (let i = children.length - 1; i >= 0; i--) {
      const [before, after] = [children[i - 1], children[i]];
      if (isMarker(after)) after.properties.dir = 'ltr';
      if (isMarker(after) && isMarker(before)) {
        const language = markerLanguage.get(String(markerLink(after)?.properties.id));
        const comma: Element = {
          type: 'element',
          tagName: 'sup',
          properties: { className: ['footnote-separator'], ariaHidden: 'true' },
          children: [{ type: 'text', value: language === 'ar' ? '،' : ',' }],
        };
        children.splice(i, 0, comma);
      }
    }
  });
}
