// The parts of citeproc-js (no bundled types) the edition uses.
declare module 'citeproc' {
  interface Sys {
    retrieveItem(id: string): unknown;
    retrieveLocale(lang: string): unknown;
  }
  /** [citation id, note index, the citation as formatted] */
  type CitationResult = [string, number, string];
  export class Engine {
    constructor(sys: Sys, style: unknown, lang?: string, forceLang?: boolean);
    opt: { development_extensions: Record<string, boolean> };
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
    rebuildProcessorState(
      citations: { citationID: string; citationItems: Record<string, unknown>[]; properties: { noteIndex: number } }[],
      format: 'html' | 'text',
      uncited: string[],
    ): CitationResult[];
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
