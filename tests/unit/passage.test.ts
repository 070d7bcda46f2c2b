import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseUnitRange, passageText, unitRange } from '../../src/lib/passage.ts';

test('unitRange names one unit, or the first and last of several with an en dash', () => {
  assert.equal(unitRange([7]), 'p7');
  assert.equal(unitRange([3, 4, 5]), 'p3–p5');
  assert.equal(unitRange([12, 9]), 'p9–p12');
  assert.equal(unitRange([]), '');
});

test('passageText puts each language on its own line and a blank line between units', () => {
  assert.equal(
    passageText([
      ['  تعميق العلاقات\n   مع روسيا ', 'Deepening relations\n with Russia'],
      ['«بلا حدود»', ''],
    ]),
    '\u200Fتعميق العلاقات مع روسيا\nDeepening relations with Russia\n\n\u200F«بلا حدود»',
  );
});

test('passageText marks only lines whose first letter is Arabic, and drops empty groups', () => {
  assert.equal(
    passageText([
      ['1949 وإعلان', 'RT قالت'],
      [' ', ''],
    ]),
    '\u200F1949 وإعلان\nRT قالت',
  );
});

test('parseUnitRange reads the range a copied passage is credited to, with an en dash or a hyphen', () => {
  assert.deepEqual(parseUnitRange('p3–p5'), { first: 3, last: 5 });
  assert.deepEqual(parseUnitRange('p12-p14'), { first: 12, last: 14 });
  assert.deepEqual(parseUnitRange('p3-5'), { first: 3, last: 5 });
  assert.equal(parseUnitRange('p7'), undefined);
  assert.equal(parseUnitRange('p5–p3'), undefined);
  assert.equal(parseUnitRange('cite'), undefined);
});
