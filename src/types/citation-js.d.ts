// The parts of citation-js and of the CSL style packages (no bundled types) the edition uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module 'style-mla' {
  const style: Record<string, unknown>;
  export default style;
}
