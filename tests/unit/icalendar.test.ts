import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldContentLine, refoldCalendar } from '../../src/lib/icalendar.ts';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
const strict = new TextDecoder('utf-8', { fatal: true });

test('a line of 75 octets or fewer is left whole; a longer ASCII line breaks after 75, then every 74 plus a space', () => {
  assert.equal(foldContentLine(`UID:${'x'.repeat(71)}`), `UID:${'x'.repeat(71)}`);
  assert.equal(
    foldContentLine(`UID:${'x'.repeat(71 + 74 + 3)}`),
    `UID:${'x'.repeat(71)}\r\n ${'x'.repeat(74)}\r\n ${'x'.repeat(3)}`,
  );
});

test('folding counts octets: an en dash is three, so 73 characters fill the 75', () => {
  assert.equal(
    foldContentLine('X-WR-CALNAME:China and Russia, 2022–2026: An Annotated Bilingual Chronology'),
    'X-WR-CALNAME:China and Russia, 2022–2026: An Annotated Bilingual Chronolo\r\n gy',
  );
});

test('Arabic letters are two octets each and are never cut in half', () => {
  // "SUMMARY:" is 8 octets; 33 letters make 74, a 34th would make 76; a continuation holds 37 (74 + the space)
  assert.equal(
    foldContentLine(`SUMMARY:${'ب'.repeat(80)}`),
    `SUMMARY:${'ب'.repeat(33)}\r\n ${'ب'.repeat(37)}\r\n ${'ب'.repeat(10)}`,
  );
  // an odd start: 7 octets of ASCII leave 68, so 34 letters, not 34.5
  assert.equal(foldContentLine(`SUMMARY${'ب'.repeat(40)}`), `SUMMARY${'ب'.repeat(34)}\r\n ${'ب'.repeat(6)}`);
});

test('a four-octet character moves whole to the next line', () => {
  // 73 octets of ASCII, then 😀 (4 octets) would make 77
  assert.equal(foldContentLine(`DESCRIPTION:${'a'.repeat(61)}😀b`), `DESCRIPTION:${'a'.repeat(61)}\r\n 😀b`);
});

test('an Arabic summary folds into full lines of at most 75 octets that each decode alone and unfold to the text', () => {
  const line =
    'DESCRIPTION:انتهت الحرب الأهلية بين الحزب الشيوعي الصيني والحكومة القومية بانتصار الشيوعيين في البر الرئيسي وإعلان قيام جمهورية الصين الشعبية عام 1949.';
  const folded = foldContentLine(line);
  const physical = folded.split('\r\n');
  assert.ok(physical.length >= 3);
  for (const [i, piece] of physical.entries()) {
    assert.ok(octets(piece) <= 75, `line ${String(i)} has ${String(octets(piece))} octets`);
    assert.doesNotThrow(() => strict.decode(Buffer.from(piece, 'utf8')));
    if (i > 0) assert.equal(piece[0], ' ');
    const next = physical[i + 1];
    // full: the next character would not have fitted
    if (next !== undefined) assert.ok(octets(piece) + octets(String.fromCodePoint(next.codePointAt(1) ?? 0)) > 75);
  }
  assert.equal(folded.replace(/\r\n /gu, ''), line);
});

test('refoldCalendar unfolds lines folded by characters (with tabs) and folds them again by octets', () => {
  const byCharacters = `BEGIN:VEVENT\r\nSUMMARY:${'ب'.repeat(67)}\r\n\t${'ب'.repeat(3)}\r\nEND:VEVENT\r\n`;
  assert.equal(
    refoldCalendar(byCharacters),
    `BEGIN:VEVENT\r\nSUMMARY:${'ب'.repeat(33)}\r\n ${'ب'.repeat(37)}\r\nEND:VEVENT\r\n`,
  );
});
