// `npm run new:article -- <path/to/source.txt> [--slug <words>] [--date YYYY-MM-DD]`: adds a source text to the
// edition as received (sources/<slug>.txt, its SHA-256 in sources/MANIFEST.json; never overwriting) and writes its
// draft, content/articles/<slug>.mdx (src/lib/draft-article.ts), then prints what the draft has left to do.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readRegistries } from '../src/check/edition-files.ts';
import { draftReports, examineEdition } from '../src/check/engine.ts';
import { draftArticle, draftDate, draftSlug } from '../src/lib/draft-article.ts';
import { editionPath } from '../src/check/edition-files.ts';
import { sourceUnits } from '../src/lib/units.ts';
import { isoDay } from '../src/schemas/common.ts';

const fail = (message: string): never => {
  console.error(`new:article: ${message}`);
  process.exit(1);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: 'string' }, date: { type: 'string' } },
});
const [sourcePath] = positionals;
if (!sourcePath || positionals.length > 1)
  fail('usage: npm run new:article -- <source.txt> [--slug words] [--date YYYY-MM-DD]');
if (values.date !== undefined && !isoDay.safeParse(values.date).success)
  fail(`--date "${values.date ?? ''}" must be a real calendar day written YYYY-MM-DD`);

const bytes = (() => {
  try {
    return fs.readFileSync(path.resolve(String(sourcePath)));
  } catch {
    return fail(`cannot read ${String(sourcePath)}`);
  }
})();
let text = '';
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(`${String(sourcePath)} is not UTF-8 text`);
}
const units = sourceUnits(text);
if (!units.length) fail(`${String(sourcePath)} has no non-empty line`);

const manifestFile = editionPath('sources/MANIFEST.json');
// a new edition's first source starts the manifest
const manifest = (fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, 'utf8')) : []) as {
  file: string;
  seed: string;
  sha256: string;
}[];
const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
const same = manifest.find((entry) => entry.sha256 === sha256);
if (same) fail(`this text is already in the edition, as sources/${same.file}`);

const today = new Date().toISOString().slice(0, 10);
const date = draftDate(units, values.date, today);
const slug = draftSlug(date.iso, path.basename(String(sourcePath)), values.slug);
const sourceFile = editionPath(`sources/${slug}.txt`);
const articleFile = editionPath(`content/articles/${slug}.mdx`);
for (const file of [sourceFile, articleFile])
  if (fs.existsSync(file)) fail(`${path.relative(editionPath('.'), file)} exists already: choose another --slug`);

fs.writeFileSync(sourceFile, bytes, { flag: 'wx' });
manifest.push({ file: `${slug}.txt`, seed: path.basename(String(sourcePath)), sha256 });
fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
const { entities, names } = readRegistries();
const registry = names.map((name) => ({ ...name, kind: entities.get(name.id)?.kind ?? 'organisation' }));
fs.writeFileSync(articleFile, draftArticle({ slug, units, date, registry, today }), { flag: 'wx' });

console.log(
  `sources/${slug}.txt: ${String(units.length)} units, SHA-256 ${sha256} (recorded in sources/MANIFEST.json)`,
);
console.log(`content/articles/${slug}.mdx: a draft, its date ${date.iso} ${values.date ? 'as given' : 'a guess'}\n`);
const check = examineEdition();
const relative = `content/articles/${slug}.mdx`;
for (const line of draftReports({ ...check, drafts: new Map([[relative, check.drafts.get(relative) ?? []]]) }))
  console.log(line);
console.log('\nWrite what is listed; `npm run check:content` lists what is left. Remove `draft: true` to publish.');
