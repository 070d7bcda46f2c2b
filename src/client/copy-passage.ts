// Copying from an article gives clean text (no note numbers, unit numbers or buttons), a line for each language of
// each unit, and the address of the units copied: #p7 for one, #p3–p5 for several.

import { passageText, unitRange } from '../lib/passage.ts';

/** What is left out of copied text: note markers and back-links, unit numbers, event links, cite panels, labels. */
const apparatus = 'sup, .unit-number, .unit-events, .cite, .noise-label, [data-footnote-backref]';

/** The part of a node that a selection covers, or nothing when it covers none of it. */
function selectedPart(node: Node, selection: Range): Range | undefined {
  if (!selection.intersectsNode(node)) return undefined;
  const part = document.createRange();
  part.selectNodeContents(node);
  if (part.compareBoundaryPoints(Range.START_TO_START, selection) < 0) {
    part.setStart(selection.startContainer, selection.startOffset);
  }
  if (part.compareBoundaryPoints(Range.END_TO_END, selection) > 0) {
    part.setEnd(selection.endContainer, selection.endOffset);
  }
  return part;
}

/** The text of a range without the apparatus. */
function cleanText(range: Range): string {
  const box = document.createElement('div');
  box.append(range.cloneContents());
  box.querySelectorAll(apparatus).forEach((node) => {
    node.remove();
  });
  return box.textContent;
}

/** The selected text of a unit or note, a string for each language shown (a one-language layout hides the other). */
function selectedBlocks(block: Element, selection: Range): string[] {
  const columns = [...block.querySelectorAll(':scope > .ar, :scope > .en, .note > .ar, .note > .en')].filter((column) =>
    column.checkVisibility(),
  );
  return (columns.length ? columns : [block])
    .map((column) => selectedPart(column, selection))
    .map((part) => (part ? cleanText(part) : ''));
}

/** The article's address without a fragment: from a unit's own link, else the page's canonical address. */
function articleAddress(body: HTMLElement): string {
  const unitUrl = body.querySelector<HTMLAnchorElement>('.unit-number[data-url]')?.dataset.url;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return (unitUrl ?? canonical ?? location.href).split('#')[0] ?? '';
}

const body = document.querySelector<HTMLElement>('.article-body');
body?.addEventListener('copy', (event: ClipboardEvent) => {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
  const groups: string[][] = [];
  const units: number[] = [];
  for (const range of ranges) {
    for (const block of body.querySelectorAll<HTMLElement>('[data-unit], .footnotes li')) {
      if (!range.intersectsNode(block)) continue;
      const texts = selectedBlocks(block, range);
      if (!texts.some((text) => text.trim())) continue;
      groups.push(texts);
      if (block.dataset.unit) units.push(Number(block.dataset.unit));
    }
  }
  // a selection inside no unit or note (a heading of the notes, say) is copied as it stands
  if (!groups.length) groups.push(ranges.map(cleanText));
  const fragment = unitRange(units);
  const address = `${articleAddress(body)}${fragment ? `#${fragment}` : ''}`;
  event.clipboardData.setData('text/plain', `${passageText(groups)}\n— ${body.dataset.copySource ?? ''}: ${address}`);
  event.preventDefault();
});
