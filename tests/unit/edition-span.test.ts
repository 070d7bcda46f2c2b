import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editionSpan, spanPlaceholders } from '../../src/lib/edition-span.ts';
import { t } from '../../src/lib/i18n.ts';

test("an edition's span: its number of articles, the months of the first and the last, the first one's year", () => {
  assert.deepEqual(editionSpan(['2024-05-16', '2022-10-27', '2026-02-04']), {
    count: 3,
    first: '2022-10',
    last: '2026-02',
    denseFrom: '2022-01-01',
  });
  assert.deepEqual(editionSpan(['2019-03-01']), {
    count: 1,
    first: '2019-03',
    last: '2019-03',
    denseFrom: '2019-01-01',
  });
  assert.throws(() => editionSpan([]), /at least one article/u);
});

test('the span fills the interface text in either language, months as the site writes them', () => {
  const span = editionSpan(['2022-10-27', '2023-02-21', '2026-02-04']);
  assert.deepEqual(spanPlaceholders(span, 'en'), {
    count: 3,
    from: 'October 2022',
    to: 'February 2026',
    year: '2022',
  });
  assert.deepEqual(spanPlaceholders(span, 'ar'), {
    count: 3,
    from: 'أكتوبر/تشرين الأول 2022',
    to: 'فبراير/شباط 2026',
    year: '2022',
  });
  assert.match(
    t('en', 'home.intro', spanPlaceholders(span, 'en')),
    /, 3 in all, .* between October 2022 and February 2026\./u,
  );
  assert.match(
    t('ar', 'home.intro', spanPlaceholders(span, 'ar')),
    /وعددها 3، .*بين أكتوبر\/تشرين الأول 2022 وفبراير\/شباط 2026،/u,
  );
  assert.match(t('ar', 'site.description', spanPlaceholders(editionSpan(['2020-01-01']), 'ar')), /\(عددها 1\)/u);
});

test('no interface text names a number of articles or a year range of its own', () => {
  for (const locale of ['en', 'ar'] as const) {
    for (const key of ['site.description', 'home.intro', 'chronology.intro', 'chronology.chartCompressed'] as const) {
      const text = t(locale, key);
      assert.doesNotMatch(text, /\b(19|20)\d\d\b|five|خمس/u, `${locale}: ${key}`);
    }
  }
});
