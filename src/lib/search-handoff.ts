import type { SearchRecord } from '../data/search-records.ts';
import type { SearchLayout } from './search-layout.ts';

/** What the Pagefind integration indexes: every search record of the edition and the layout its words follow. */
export interface SearchRecords {
  layout: SearchLayout;
  records: SearchRecord[];
}

// The pages are rendered by the build's own process, in modules Vite bundled apart from the integrations: a module's
// own variable would be two variables, one in each bundle, so the hand-off is a slot on the process's global object.
const slot = Symbol.for('edition:search-records');
type Holder = Record<typeof slot, Promise<SearchRecords> | undefined>;
const holder = globalThis as unknown as Holder;

/** Called where the build makes the edition's search records: the Pagefind integration takes them at the end. */
export function handOverSearchRecords(records: Promise<SearchRecords>): void {
  holder[slot] = records;
}

/** The records the build handed over since the last call, if any; the slot is emptied. */
export function takeSearchRecords(): Promise<SearchRecords> | undefined {
  const records = holder[slot];
  holder[slot] = undefined;
  return records;
}
