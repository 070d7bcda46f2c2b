// Marks the words a search matched when a reader arrives from a search result (?hl=…): in both columns of
// the unit in the address, or anywhere on the page when there is none.

import { params } from '../lib/constants.ts';
import { appendMarked } from './marks.ts';

const wanted = new URLSearchParams(location.search).get(params.highlight);
if (wanted) {
  // loaded only when there is something to mark, so ordinary visits fetch none of it
  void Promise.all([import('../lib/search-text.ts'), import('../lib/search-match.ts')]).then(
    ([{ parseQuery }, { markWords }]) => {
      const { terms } = parseQuery(wanted, { typing: false });
      const unit = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      const scope = unit ?? document.querySelector('main');
      if (!scope || !terms.length) return;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      for (const node of nodes) {
        if (node.parentElement?.closest('script, style, mark, .cite')) continue;
        const pieces = markWords(node.data, terms);
        if (!pieces.some((piece) => piece.mark)) continue;
        node.replaceWith(appendMarked(document.createDocumentFragment(), pieces, 'search-hit'));
      }
      document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
    },
  );
}
