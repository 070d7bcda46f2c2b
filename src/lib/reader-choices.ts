// The reader's choices kept in the browser (layout, colour scheme), read back and checked without any DOM.
import { layouts, params, themes, type Layout, type Theme } from './constants.ts';

/** Whether a stored or linked value names one of the article layouts. */
export const isLayout = (value: string | null | undefined): value is Layout =>
  (layouts as readonly (string | null | undefined)[]).includes(value);

/** Whether a stored value names one of the colour schemes. */
export const isTheme = (value: string | null | undefined): value is Theme =>
  (themes as readonly (string | null | undefined)[]).includes(value);

/** The layout to start with: the address's (a shared link wins), else the stored one, else none (the screen decides). */
export const initialLayout = (fromUrl: string | null, stored: string | null): Layout | undefined =>
  [fromUrl, stored].find(isLayout);

/** The layout the screen shows when the reader has chosen none: side by side when wide, else one under the other. */
export const defaultLayout = (wide: boolean): Layout => (wide ? 'parallel' : 'stacked');

/** The scheme a toggle switches to from the one shown. */
export const otherTheme = (dark: boolean): Theme => (dark ? 'light' : 'dark');

/**
 * The other interface's address for the page as the reader has it: its query (with the layout on screen, even when
 * that came from storage) and the unit being read, else the current fragment.
 */
export function placeAddress(page: string, search: string, layout: string | undefined, fragment: string): string {
  const target = new URL(page);
  const query = new URLSearchParams(search);
  if (layout) query.set(params.layout, layout);
  target.search = query.toString();
  target.hash = fragment;
  return target.href;
}
