// The language switch opens the other interface at the reader's place: the same page, the unit being read (or the
// one in the address), the chosen layout, and the search page's query, filters and marked words.
import { placeAddress } from '../lib/reader-choices.ts';

/** How far below the top edge a unit must still reach to count as being read (matches the :target scroll margin). */
const readingLine = () => parseFloat(getComputedStyle(document.documentElement).fontSize) * 1.5;

/** Whether an element shows at least part of itself between the reading line and the bottom edge. */
function inView(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > readingLine() && top < innerHeight;
}

/** The unit on screen now: the one in the address while it is on screen, else the topmost one on screen. */
function unitOnScreen(): HTMLElement | undefined {
  const addressed = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (addressed?.matches('[data-unit]') && inView(addressed)) return addressed;
  return [...document.querySelectorAll<HTMLElement>('[data-unit]')].find(inView);
}

const link = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
const header = document.querySelector('.site-header');
const units = document.querySelector('[data-unit]');

/** The other interface's address for the page as the reader has it: search, layout, and the unit being read. */
function otherAddress(page: string, reading: string | undefined): string {
  // a layout chosen on screen travels even when it came from storage rather than the address
  const layout = document.querySelector<HTMLElement>('[data-article][data-layout]')?.dataset.layout;
  return placeAddress(page, location.search, layout, reading ?? location.hash);
}

if (link) {
  const page = link.href.split(/[?#]/u)[0] ?? link.href;
  const update = () => {
    link.href = otherAddress(page, link.dataset.reading);
  };
  // The switch sits in the header, so a reader scrolls (or tabs) back up to it, passing other units on the way.
  // The unit being read is therefore taken where the reader stops for a moment with the header out of sight.
  if (units && header) {
    let timer: number | undefined;
    const settle = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (header.getBoundingClientRect().bottom > 0) return;
        const unit = unitOnScreen();
        if (unit) link.dataset.reading = unit.id;
        update();
      }, 400);
    };
    addEventListener('scroll', settle, { passive: true });
  }
  // worked out again as the link is followed (click, keyboard, middle click, context menu): the layout may have changed
  link.addEventListener('click', update);
  link.addEventListener('auxclick', update);
  link.addEventListener('contextmenu', update);
}
