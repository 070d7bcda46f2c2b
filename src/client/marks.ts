// The one rendering of marked words, for the search page's excerpts and for the words marked on arrival.
import type { Piece } from '../lib/search-match.ts';

/** Appends pieces of text to a node, each marked piece as a <mark> (with a class, if given); returns the node. */
export function appendMarked<T extends Node & ParentNode>(parent: T, pieces: Piece[], className?: string): T {
  for (const piece of pieces) {
    if (!piece.mark) {
      parent.append(piece.text);
      continue;
    }
    const mark = document.createElement('mark');
    if (className) mark.className = className;
    mark.textContent = piece.text;
    parent.append(mark);
  }
  return parent;
}
