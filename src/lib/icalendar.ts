// iCalendar line folding (RFC 5545 §3.1): content lines are at most 75 octets of UTF-8, not 75 characters.

/** The UTF-8 length of one character (one code point), by its range: RFC 3629 §3. */
const octets = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * Folds one content line into pieces of at most 75 octets, each continuation led by a space (which counts),
 * breaking only between characters so that no multi-octet UTF-8 sequence is split.
 */
export function foldContentLine(line: string, limit = 75): string {
  const pieces: string[] = [];
  let piece = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    // the first piece has the whole limit; each later one gives an octet to its leading space
    const room = pieces.length ? limit - 1 : limit;
    if (size + width > room) {
      pieces.push(piece);
      piece = '';
      size = 0;
    }
    piece += char;
    size += width;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/** Unfolds a whole iCalendar text (CRLF then a space or tab joins two lines) and folds every line again by octets. */
export function refoldCalendar(text: string): string {
  const lines = text.replace(/\r\n[ \t]/gu, '').split('\r\n');
  return lines.map((line) => foldContentLine(line)).join('\r\n');
}
