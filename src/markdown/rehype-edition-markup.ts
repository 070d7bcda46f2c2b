import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { slot } from '../lib/placeholders.ts';
import { walk } from './walk.ts';

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

const isJsx = (node: { type: string }): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** An attribute of a component as written in the MDX: `n={3}` gives "3", a bare `heading` gives true. */
export function jsxAttribute(element: JsxElement, name: string): string | true | undefined {
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
    if (attr.value === null || attr.value === undefined) return true;
    return typeof attr.value === 'string' ? attr.value : attr.value.value;
  }
  return undefined;
}

const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * The markup of each component of an article's body (src/components/Ar, En, Note, Term, FootnotesLabel,
 * FootnoteBackref wrote it before), with what differs by interface language left as slots (src/lib/placeholders.ts)
 * that the page fills: one compiled body serves both interfaces. Unit stays an element for the loader to cut at.
 */
function markupOf(node: JsxElement): ElementContent[] | undefined {
  const children = node.children;
  const attr = (name: string) => {
    const value = jsxAttribute(node, name);
    return typeof value === 'string' ? value : undefined;
  };
  switch (node.name) {
    case 'Ar':
      return [element('span', { className: ['ar'], lang: 'ar', dir: 'rtl' }, children)];
    case 'En':
      return [element('span', { className: ['en'], lang: 'en', dir: 'ltr' }, children)];
    case 'Term': {
      const id = attr('id') ?? '';
      // the gloss lives in an attribute and in the Key terms list, so the Arabic text stays the source's
      return [
        element(
          'span',
          {
            className: ['term'],
            tabIndex: 0,
            dataTerm: id,
            dataGloss: slot('gloss', id),
            ariaDescribedBy: [`term-${id}`],
          },
          children,
        ),
      ];
    }
    case 'Note': {
      const type = attr('type') ?? '';
      const entity = attr('entity');
      const label = text(slot('t', `note.${type}`));
      return [
        element('span', { className: ['note'], dataNoteType: type, dataEntity: entity }, [
          entity
            ? element('a', { className: ['note-type'], href: slot('entity', entity) }, [label])
            : element('span', { className: ['note-type'] }, [label]),
          // a colon and a space, so that the label never runs into the note (nor joins its letters in Arabic)
          element('span', { className: ['note-type-end'] }, [text(`${slot('t', 'note.typeEnd')} `)]),
          ...children,
        ]),
      ];
    }
    case 'FootnotesLabel':
      return [text(slot('t', 'footnotes.label'))];
    case 'FootnoteBackref': {
      const reference = attr('reference') ?? '';
      const language = attr('language');
      const number = reference.split('-')[0] ?? reference;
      return [
        element(
          'a',
          {
            href: attr('href'),
            className: ['footnote-backref'],
            dataFootnoteBackref: true,
            dataLanguage: language,
            ariaLabel: language ? slot('backTo', `${number}:${language}`) : slot('back', reference),
          },
          [
            element('span', { className: ['backref-arrow'], ariaHidden: 'true' }, [text(slot('arrow', ''))]),
            ...(language
              ? [
                  text(' '),
                  element('span', { className: ['backref-text'] }, [text(slot('t', `footnotes.text.${language}`))]),
                ]
              : []),
          ],
        ),
      ];
    }
    default:
      return undefined;
  }
}

/** Replaces the components of an article's body, inside out, by their markup; any other component is an error. */
export function rehypeEditionMarkup() {
  return (tree: Root) => {
    const replace = (parent: { children: RootContent[] }) => {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i];
        if (!child) continue;
        if ('children' in child) replace(child);
        if (!isJsx(child) || child.name === 'Unit') continue;
        const markup = markupOf(child);
        if (!markup) throw new Error(`<${child.name ?? ''}> is not a component an article may use`);
        parent.children.splice(i, 1, ...markup);
        i += markup.length - 1;
      }
    };
    replace(tree);
    // expressions and imports have no place in an article: the compile would otherwise drop them silently
    walk(tree, (node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm')
        throw new Error(`an article's body holds no JavaScript (found ${node.type})`);
    });
  };
}
