// The draft report's grouping and the registry skeleton new:entity writes, against hand-written expectations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { draftReport, unitRuns } from '../../src/check/draft-report.ts';
import { entitySkeleton, nameFromId } from '../../src/lib/entity-skeleton.ts';
import { entitySchema } from '../../src/schemas/entity.ts';

test('unit numbers read as runs', () => {
  assert.equal(unitRuns([3, 1, 2, 7, 9, 10, 10]), '1–3, 7, 9–10');
  assert.equal(unitRuns([5]), '5');
  assert.equal(unitRuns([]), '');
});

test('a draft report groups what is left by kind, glosses as unit runs, then the candidate names', () => {
  const file = 'content/articles/2025-03-05-x.mdx';
  const report = draftReport(
    file,
    [
      { file, field: 'unit 2: En', message: 'the English gloss is missing or empty', pending: 'gloss', line: 9 },
      { file, field: 'title.en', message: 'still empty', pending: 'frontmatter' },
      { file, field: 'unit 1: En', message: 'the English gloss is missing or empty', pending: 'gloss', line: 4 },
      {
        file,
        field: 'footnote [^wang-yi]: Note',
        message: 'a stub with no text yet (first cited in unit 2)',
        pending: 'note',
        line: 30,
      },
    ],
    [
      { name: 'ماو نينغ', unit: 4, after: 'المتحدثة باسم الخارجية الصينية' },
      { name: 'TASS', unit: 5 },
    ],
  );
  assert.deepEqual(report, [
    `${file} is a draft: 4 things left to do (each becomes an error once \`draft: true\` is removed)`,
    '  frontmatter (1):',
    '    title.en: still empty',
    '  English glosses to write (2): units 1–2',
    '  notes to write (1):',
    '    line 30: footnote [^wang-yi]: Note: a stub with no text yet (first cited in unit 2)',
    '  names not in the registry (2), candidates for a new record:',
    '    «ماو نينغ» in unit 4, after «المتحدثة باسم الخارجية الصينية»: npm run new:entity -- <id> --ar "ماو نينغ"',
    '    «TASS» in unit 5: npm run new:entity -- tass --ar "TASS" --en "TASS"',
  ]);
});

test("new:entity's skeleton has every field, what it was given filled in, and fails the schema only on what is empty", () => {
  assert.equal(nameFromId('mao-ning'), 'Mao Ning');
  const { frontmatter } = parseFrontmatter(
    `---\n${entitySkeleton('mao-ning', { kind: 'person', ar: 'ماو نينغ' })}---\n`,
  );
  assert.deepEqual(frontmatter, {
    kind: 'person',
    name: { en: 'Mao Ning', ar: 'ماو نينغ' },
    variants: { ar: ['ماو نينغ'], en: ['Mao Ning'] },
    description: { en: '', ar: '' },
    roles: [],
  });
  const refused = entitySchema.safeParse(frontmatter).error?.issues.map((issue) => issue.path.join('.'));
  assert.deepEqual(refused, ['description.en', 'description.ar']);
  const outlet = parseFrontmatter(`---\n${entitySkeleton('tass', { kind: 'outlet', en: 'TASS' })}---\n`).frontmatter;
  assert.deepEqual(outlet.variants, { ar: [], en: ['TASS'] });
  assert.equal('roles' in outlet, false);
});
