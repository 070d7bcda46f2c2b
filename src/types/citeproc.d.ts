// The parts of citeproc-js (no bundled types) the edition uses.
declare module 'citeproc' {
  interface Sys {
    retrieveItem(id: string): unknown;
    retrieveLocale(lang: string): unknown;
  }
  export class Engine {
    constructor(sys: Sys, style: unknown, lang?: string, forceLang?: boolean);
    opt: { development_extensions: Record<string, boolean> };
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
    /** A citation formatted alone, its items' `position` as given (CSL.POSITION_FIRST…), the registry left as it is. */
    makeCitationCluster(items: Record<string, unknown>[]): string;
  }
  /** A citation's place among those of its work, as `makeCitationCluster` takes it. */
  const CSL: { Engine: typeof Engine; POSITION_FIRST: number; POSITION_SUBSEQUENT: number };
  export default CSL;
}
