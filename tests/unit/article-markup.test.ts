import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileArticle } from '../../src/markdown/compile-article.ts';
import { fillArticleMarkup } from '../../src/lib/article-markup.ts';
import { fillSlots, slot } from '../../src/lib/placeholders.ts';

const body = `---
slug: made-up
---

<Unit n={1}>
  <Ar>نص <Term id="no-limits">بلا حدود</Term>[^a]</Ar>
  <En>Text "quoted"[^a]</En>
</Unit>

<Unit n={2} heading>
  <Ar>عنوان</Ar>
  <En>Heading</En>
</Unit>

[^a]: <Note type="place" entity="china"><En>China (<Ar>الصين</Ar>).</En><Ar>الصين.</Ar></Note>
`;

// outside any articles folder: compiled, not checked against sources
const compile = () => compileArticle(body, '/nowhere/made-up.mdx', { articlesDir: '/elsewhere' });
const glossary = (id: string) => (id === 'no-limits' ? { en: 'no limits', transliteration: 'bilā ḥudūd' } : undefined);

test('an article compiles to its units apart and the footnotes after them, components written as markup', async () => {
  const { frontmatter, body: parts } = await compile();
  assert.equal(frontmatter.slug, 'made-up');
  assert.deepEqual(
    parts.map((part) => ('unit' in part ? part.unit : 'between')),
    [{ n: 1, heading: false }, { n: 2, heading: true }, 'between'],
  );
  const [first] = parts;
  assert.ok(
    first?.html.startsWith(
      '<span class="ar" lang="ar" dir="rtl">نص <span class="term" tabindex="0" data-term="no-limits"',
    ),
  );
  assert.match(
    first?.html ?? '',
    /<span class="en" lang="en" dir="ltr">Text "quoted"<sup><a href="#fn-a" id="fnref-a-2"/u,
  );
  assert.match(parts[2]?.html ?? '', /<section data-footnotes class="footnotes">/u);
});

test('the compiled markup reads in each interface language: labels, entity links, back-links, glosses', async () => {
  const { body: parts } = await compile();
  const markup = parts.map((part) => part.html).join('\n');
  const en = fillArticleMarkup(markup, 'en', '/', glossary);
  const ar = fillArticleMarkup(markup, 'ar', '/base/', glossary);
  assert.match(en, /<a class="note-type" href="\/entities\/china\/">Place<\/a><span class="note-type-end">: <\/span>/u);
  assert.match(ar, /<a class="note-type" href="\/base\/ar\/entities\/china\/">مكان<\/a>/u);
  assert.match(en, /data-gloss="no limits · bilā ḥudūd"/u);
  assert.match(en, /<h2 class="sr-only" id="footnote-label"[^>]*>Notes<\/h2>/u);
  assert.match(ar, /<h2 class="sr-only" id="footnote-label"[^>]*>الحواشي<\/h2>/u);
  assert.match(
    en,
    /aria-label="Back to reference 1 in the Arabic text"><span class="backref-arrow" aria-hidden="true">↩<\/span>/u,
  );
  assert.match(ar, /<span class="backref-arrow" aria-hidden="true">↪<\/span>/u);
  assert.doesNotMatch(en + ar, /[\uE000\uE001]/u);
});

test('a slot is filled HTML-escaped, and text that only looks like one is left alone', () => {
  assert.equal(
    fillSlots(`<a title="${slot('x', 'y')}">{x:y}</a>`, () => 'a "b" & <c>'),
    '<a title="a &quot;b&quot; &amp; &lt;c&gt;">{x:y}</a>',
  );
});

test('a component an article may not use, or JavaScript in its body, stops the compile', async () => {
  const bad = (text: string) =>
    compileArticle(`---\nslug: x\n---\n${text}\n`, '/nowhere/x.mdx', { articlesDir: '/elsewhere' });
  await assert.rejects(bad('<Unit n={1}><Script /></Unit>'), /<Script> is not a component an article may use/u);
  await assert.rejects(bad('{1 + 1}'), /holds no JavaScript/u);
});
