// Generates the Starlight anchor's corpus: `node bench/starlight-corpus.ts <count>` writes `count` articles into
// bench/starlight/src/content/docs, each an English page and an Arabic page (under ar/), so N articles are 2N
// pages. The text is the edition's own, cycled: English from the glosses and notes of content/articles/*.mdx,
// Arabic from sources/*.txt, with the edition's headings, about 1,500 words a page (an edition article page carries
// its Arabic and its English, some 2,600 words, so the anchor is, if anything, lighter).
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { normaliseSpace, sourceUnits } from '../src/lib/units.ts';
import { splitArticle } from './corpus.ts';

const root = path.resolve(import.meta.dirname, '..');
export const starlightDir = path.join(root, 'bench/starlight');
const wordsPerPage = 1500;

interface Block {
  text: string;
  heading: boolean;
}

interface Article {
  title: { en: string; ar: string };
  en: Block[];
  ar: Block[];
}

/** MDX markup as plain text: note references dropped, the Arabic quoted inside a gloss kept as text. */
const plain = (mdx: string) => normaliseSpace(mdx.replace(/\[\^[^\]]+\]/gu, '').replace(/<[^>]+>/gu, ''));

/** Text as Markdown that reads it literally. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|{}]/gu, '\\$&');

/** The edition's articles, as the anchor's pages use them. */
function editionArticles(): Article[] {
  const dir = path.join(root, 'content/articles');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const { frontmatter, body } = splitArticle(fs.readFileSync(path.join(dir, name), 'utf8'));
      const data = parse(frontmatter) as { slug: string; title: { en: string; ar: string } };
      const en: Block[] = [];
      const arHeadings = new Set<string>();
      for (const [, heading, ar = '', gloss = ''] of body.matchAll(
        /<Unit n=\{\d+\}( heading)?>\s*<Ar>([\s\S]*?)<\/Ar>\s*<En>([\s\S]*?)<\/En>/gu,
      )) {
        en.push({ text: plain(gloss), heading: Boolean(heading) });
        if (heading) arHeadings.add(plain(ar));
      }
      for (const [, note = ''] of body.matchAll(/^\[\^[^\]]+\]: <Note[^>]*><En>([\s\S]*?)<\/En>/gmu)) {
        en.push({ text: plain(note), heading: false });
      }
      const source = fs.readFileSync(path.join(root, 'sources', `${data.slug}.txt`), 'utf8');
      const ar = sourceUnits(source).map((line) => normaliseSpace(line));
      return { title: data.title, en, ar: ar.map((text) => ({ text, heading: arHeadings.has(text) })) };
    });
}

/** Blocks of the articles in turn, from article `first`, until they hold `words` words. */
function take(pool: Block[][], first: number, words: number): Block[] {
  if (!pool.some((blocks) => blocks.length)) throw new Error('no text to make pages of');
  const taken: Block[] = [];
  let count = 0;
  for (let k = 0; count < words; k++) {
    for (const block of pool[(first + k) % pool.length] ?? []) {
      taken.push(block);
      count += block.text.split(/\s+/u).length;
      if (count >= words) break;
    }
  }
  return taken;
}

const page = (title: string, blocks: Block[]) =>
  `---\n${stringify({ title })}---\n\n${blocks
    .map(({ text, heading }) => `${heading ? '## ' : ''}${escapeMarkdown(text)}`)
    .join('\n\n')}\n`;

/** Empties the anchor's docs folder and writes its two home pages; returns the folder. */
function emptyDocs(dir: string, count: number): string {
  const docs = path.join(dir, 'src/content/docs');
  fs.rmSync(docs, { recursive: true, force: true });
  fs.mkdirSync(path.join(docs, 'articles'), { recursive: true });
  fs.mkdirSync(path.join(docs, 'ar/articles'), { recursive: true });
  fs.writeFileSync(path.join(docs, 'index.md'), page('Articles', [{ text: `${count} articles.`, heading: false }]));
  fs.writeFileSync(path.join(docs, 'ar/index.md'), page('المقالات', [{ text: `${count} مقالة.`, heading: false }]));
  return docs;
}

/** Writes the anchor's corpus of `count` articles (2 × count pages and a home page per locale), replacing the last. */
export function generateStarlightCorpus(count: number, dir = starlightDir): void {
  const docs = emptyDocs(dir, count);
  const articles = editionArticles();
  for (let i = 0; i < count; i++) {
    const first = i % articles.length;
    const { title } = articles[first] ?? { title: { en: '', ar: '' } };
    const slug = `article-${String(i).padStart(5, '0')}`;
    const en = take(
      articles.map((a) => a.en),
      first,
      wordsPerPage,
    );
    const ar = take(
      articles.map((a) => a.ar),
      first,
      wordsPerPage,
    );
    fs.writeFileSync(path.join(docs, `articles/${slug}.md`), page(`${title.en} (${i})`, en));
    fs.writeFileSync(path.join(docs, `ar/articles/${slug}.md`), page(`${title.ar} (${i})`, ar));
  }
}

/** How the anchor's pages are written: the bench's original prose pages, or the edition's own article bodies. */
export type AnchorKind = 'prose' | 'markdown' | 'mdx';

/**
 * An edition body as Markdown: its components written as the HTML they stand for, each unit's inside set apart by
 * blank lines so that Markdown still reads it (its footnote references and emphasis), not as a raw HTML block.
 */
export function bodyAsMarkdown(body: string): string {
  return body
    .replace(/<Unit n=\{(\d+)\}( heading)?[^>]*>/gu, (_, n: string, heading?: string) =>
      heading ? `<div class="unit heading" id="p${n}">\n\n` : `<div class="unit" id="p${n}">\n\n`,
    )
    .replace(/<\/Unit>/gu, '\n\n</div>')
    .replace(/<Ar>/gu, '<span class="ar" lang="ar" dir="rtl">')
    .replace(/<En>/gu, '<span class="en" lang="en" dir="ltr">')
    .replace(/<\/(?:Ar|En|Note|Term)>/gu, '</span>')
    .replace(/<Note type="([^"]*)"(?: entity="([^"]*)")?>/gu, (_, type: string, entity?: string) =>
      entity
        ? `<span class="note" data-note-type="${type}" data-entity="${entity}">`
        : `<span class="note" data-note-type="${type}">`,
    )
    .replace(/<Term id="([^"]*)">/gu, '<span class="term" tabindex="0" data-term="$1">');
}

/**
 * Writes the anchor's corpus of `count` articles from the edition's own article bodies, as the edition's corpus
 * (bench/corpus.ts) cycles them: each article an English and an Arabic page of the same body (both locales, as the
 * edition's), as Markdown with the components written as HTML, or as MDX with small components
 * (bench/starlight/src/components).
 */
export function generateStarlightBodies(count: number, kind: 'markdown' | 'mdx', dir = starlightDir): void {
  const docs = emptyDocs(dir, count);
  const articlesDir = path.join(root, 'content/articles');
  const bodies = fs
    .readdirSync(articlesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const { frontmatter, body } = splitArticle(fs.readFileSync(path.join(articlesDir, name), 'utf8'));
      return { title: (parse(frontmatter) as { title: { en: string; ar: string } }).title, body };
    });
  const components = ['Unit', 'Ar', 'En', 'Note', 'Term'];
  for (let i = 0; i < count; i++) {
    const { title, body } = bodies[i % bodies.length] ?? { title: { en: '', ar: '' }, body: '' };
    const slug = `article-${String(i).padStart(5, '0')}`;
    for (const [locale, folder] of [
      ['en', 'articles'],
      ['ar', 'ar/articles'],
    ] as const) {
      const head = `---\n${stringify({ title: `${title[locale]} (${i})` })}---\n\n`;
      const up = locale === 'ar' ? '../../../../' : '../../../';
      const text =
        kind === 'mdx'
          ? `${head}${components.map((name) => `import ${name} from '${up}components/${name}.astro';`).join('\n')}\n${body}`
          : `${head}${bodyAsMarkdown(body)}`;
      fs.writeFileSync(path.join(docs, folder, `${slug}.${kind === 'mdx' ? 'mdx' : 'md'}`), text);
    }
  }
}

if (import.meta.main) {
  const [count, kind = 'prose'] = process.argv.slice(2);
  if (!count || !/^\d+$/u.test(count) || !['prose', 'markdown', 'mdx'].includes(kind)) {
    console.error('usage: node bench/starlight-corpus.ts <article count> [prose|markdown|mdx]');
    process.exit(2);
  }
  if (kind === 'prose') generateStarlightCorpus(Number(count));
  else generateStarlightBodies(Number(count), kind as 'markdown' | 'mdx');
  console.log(`${count} articles (${2 * Number(count)} pages) written to ${path.relative(root, starlightDir)}`);
}
