// The part of fontkit (no bundled types) the tests use.
declare module 'fontkit' {
  interface LayoutTable {
    featureList: { tag: string }[];
  }
  interface Glyph {
    id: number;
    path: { toSVG(): string };
  }
  interface GlyphPosition {
    xAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface Font {
    familyName: string;
    characterSet: number[];
    numGlyphs: number;
    GSUB?: LayoutTable;
    GPOS?: LayoutTable;
    layout(text: string): { glyphs: Glyph[]; positions: GlyphPosition[] };
  }
  export function create(buffer: Buffer): Font;
}
