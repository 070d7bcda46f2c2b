// Queries a reader (or an attacker) might type: markup, script, bidi controls, broken surrogates, huge inputs, and
// 300 generated strings of code points from all over the first three planes.

/** Hand-picked hostile queries. */
export const hostilePayloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE events; --",
  '{{constructor.constructor("alert(1)")()}}',
  'x'.repeat(10_000),
  'روسيا '.repeat(2_000),
  '\u202Eروسيا\u202C',
  '\u2067Lavrov\u2069',
  '\u200F\u200E\u200B',
  '\uD800\uDC00\uD800',
  '\uDFFF lone',
  '🙂🇷🇺🇨🇳',
  '%00%0a',
  '\\',
  '*',
  '(',
  '[',
  '"',
  '«',
  '"""',
  '__proto__',
  'constructor',
];

/** 300 strings of 1 to 23 code points spread over U+0001–U+2FFFF (lone surrogates included). */
export const generatedQueries = Array.from({ length: 300 }, (_, i) =>
  String.fromCodePoint(...Array.from({ length: 1 + (i % 23) }, (_, j) => ((i * 7919 + j * 104_729) % 0x2_ffff) + 1)),
);
