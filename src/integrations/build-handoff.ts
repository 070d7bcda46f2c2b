import type { CitationFiles } from '../data/citation-files.ts';
import type { SearchRecord } from '../data/search-records.ts';
import type { SearchLayout } from '../lib/search-layout.ts';

/** What the Pagefind integration indexes: every search record of the edition and the layout its words follow. */
export interface SearchRecords {
  layout: SearchLayout;
  records: SearchRecord[];
}

/** What the pages hand, by name, to the integrations that write it at the end of the build. */
export interface BuildOutputs {
  'search-records': Promise<SearchRecords>;
  'citation-files': Promise<CitationFiles[]>;
}

// The pages are rendered by the build's own process, in modules Vite bundled apart from the integrations: a module's
// own variable would be two variables, one in each bundle, so each hand-off is a slot on the process's global object.
const holder = globalThis as unknown as Record<symbol, unknown>;
const slotOf = (name: keyof BuildOutputs) => Symbol.for(`edition:${name}`);

/** Called where the build makes an output (never a file of the site): its integration takes it at the end. */
export function handOver<K extends keyof BuildOutputs>(name: K, output: BuildOutputs[K]): void {
  holder[slotOf(name)] = output;
}

/** The output handed over under a name since the last call, if any; the slot is emptied. */
export function takeOver<K extends keyof BuildOutputs>(name: K): BuildOutputs[K] | undefined {
  const output = holder[slotOf(name)] as BuildOutputs[K] | undefined;
  holder[slotOf(name)] = undefined;
  return output;
}
