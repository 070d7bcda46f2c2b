import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationText } from '../../src/lib/copy-text.ts';
import { scriptRuns } from '../../src/lib/script-runs.ts';

test('an Arabic title inside an English citation is one run, its brackets and quotes outside it', () => {
  assert.deepEqual(scriptRuns('Team, ed. “وانغ يي يتعهد [Wang Yi pledges].” X', 'ar'), [
    { text: 'Team, ed. “', isolated: false },
    { text: 'وانغ يي يتعهد', isolated: true },
    { text: ' [Wang Yi pledges].” X', isolated: false },
  ]);
});

test('Latin names and addresses inside Arabic are runs of their own', () => {
  assert.deepEqual(scriptRuns('لمشروع Citation Style Language (برخصة CC BY-SA 3.0، citationstyles.org).', 'en'), [
    { text: 'لمشروع ', isolated: false },
    { text: 'Citation Style Language', isolated: true },
    { text: ' (برخصة ', isolated: false },
    { text: 'CC BY-SA 3.0', isolated: true },
    { text: '، ', isolated: false },
    { text: 'citationstyles.org', isolated: true },
    { text: ').', isolated: false },
  ]);
  assert.deepEqual(scriptRuns('بلا حدود', 'en'), [{ text: 'بلا حدود', isolated: false }]);
});

test('a copied citation is its parts, each on one line, with the markup whitespace gone', () => {
  assert.equal(
    citationText(['\n  Ref. “X.”\n  http://a/#p9 ', null, ' (Team, 2022, para. 9) ']),
    'Ref. “X.” http://a/#p9\n(Team, 2022, para. 9)',
  );
});
