// The part of edtf.js (no bundled types) the edition uses.
declare module 'edtf' {
  interface ExtendedDate {
    min: number;
    max: number;
    precision: number;
  }
  export default function edtf(text: string): ExtendedDate;
}
