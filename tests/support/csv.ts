/**
 * A strict reader of RFC 4180 CSV, written here so that the edition's CSV (written with papaparse) is not read back
 * by the library that wrote it: records end in CRLF, a field with a comma, a quote or a line break is quoted, and a
 * quote inside it is doubled. A leading byte order mark is skipped. Anything else (a bare quote, text after a
 * closing quote, an unterminated field, rows of unequal length) throws.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r') throw new Error(`CSV: text after a quote at ${i}`);
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`CSV: a quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`CSV: a line break outside quotes that is not CRLF at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed');
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  const [header = [], ...records] = rows;
  return records.map((record, n) => {
    if (record.length !== header.length) {
      throw new Error(`CSV: record ${n + 1} has ${record.length} fields, the header ${header.length}`);
    }
    return Object.fromEntries(header.map((name, k) => [name, record[k] ?? '']));
  });
}
