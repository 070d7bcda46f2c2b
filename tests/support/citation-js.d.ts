// The part of citation-js (no bundled types) the build tests read RIS files with: an independent RIS parser.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-ris';
