// The README is the map of the code: its tree names every folder of src/ and nothing that is not there, every file
// it names exists where it says, and every browser module is in its table of behaviours.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { root } from '../support/edition.ts';

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const architecture = readme.slice(
  readme.indexOf('## Architecture'),
  readme.indexOf('\n## ', readme.indexOf('## Architecture') + 1),
);
const tree = /```\n([^]*?)```/u.exec(architecture)?.[1] ?? '';

/** The tree's entries: each line's name (a word ending in "/", or a file) at its depth, with the folder it is in. */
function treeEntries(): { folder: string; text: string }[] {
  const entries: { folder: string; text: string }[] = [];
  const parents: string[] = [];
  for (const line of tree.split('\n')) {
    const named = /^( *)(\S+\/|[\w.-]+\.\w+)(?: |$)/u.exec(line);
    if (named?.[1] !== undefined && named[2]) {
      const depth = named[1].length / 2;
      parents.length = depth;
      if (named[2].endsWith('/')) parents[depth] = named[2].slice(0, -1);
      entries.push({ folder: parents.slice(0, depth).join('/'), text: line.trim() });
    } else if (entries.length) {
      const last = entries[entries.length - 1];
      if (last) last.text += ` ${line.trim()}`; // a description goes on under its entry
    }
  }
  return entries;
}

const listFiles = (dir: string): string[] =>
  (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/'));

test('the tree lists every folder of src/, and only those', () => {
  const listed = treeEntries()
    .filter(({ folder, text }) => folder === 'src' && /^[\w.-]+\//u.test(text))
    .map(({ text }) => text.split('/')[0] ?? '');
  const folders = fs
    .readdirSync(path.join(root, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  assert.deepEqual(listed.sort(), folders.sort());
  for (const top of ['sources', 'content', 'src', 'scripts', 'bench', 'tests'])
    assert.ok(
      treeEntries().some(({ folder, text }) => folder === '' && text.startsWith(`${top}/`)),
      `${top}/`,
    );
});

test('every file the tree names is in the folder it is listed under', () => {
  const missing: string[] = [];
  let named = 0;
  for (const { folder, text } of treeEntries()) {
    const own = /^([\w.-]+)\//u.exec(text)?.[1];
    const dir = [folder, own].filter(Boolean).join('/') || '.';
    if (!fs.existsSync(path.join(root, dir))) {
      missing.push(`${dir}/`);
      continue;
    }
    const files = listFiles(dir);
    for (const [file = ''] of text.matchAll(
      /(?<![\w/-])[\w-]+(?:\.[\w-]+)*\.(?:ts|astro|json|css|mjs|md|mdx|yaml|txt)\b/gu,
    )) {
      named++;
      if (!files.some((candidate) => candidate === file || candidate.endsWith(`/${file}`)))
        missing.push(`${dir}: ${file}`);
    }
  }
  assert.deepEqual(missing, []);
  assert.ok(named > 30, `${String(named)} files named`);
});

test('the stage and behaviour tables name files that exist, and every browser module has its behaviour', () => {
  const tables = architecture.slice(architecture.indexOf('**Stages'));
  const named = [...tables.matchAll(/`((?:[\w-]+\/)+[\w.-]+\.(?:ts|astro|mjs))`/gu)].map(([, file = '']) => file);
  assert.ok(named.length > 10, named.join(', '));
  const exists = (file: string) =>
    [file, `src/${file}`, `src/client/${file}`].some((candidate) => fs.existsSync(path.join(root, candidate)));
  assert.deepEqual(
    named.filter((file) => !exists(file)),
    [],
  );
  const behaviours = tables.slice(tables.indexOf('**Where each browser behaviour lives'));
  const modules = [...listFiles('src/client'), ...listFiles('src/offline').map((file) => `offline/${file}`)].filter(
    (file) => file.endsWith('.ts') && file !== 'offline/service-worker.ts',
  );
  assert.deepEqual(
    modules.filter((file) => !behaviours.includes(`\`${file}\``) && !behaviours.includes(`\`${path.basename(file)}\``)),
    [],
  );
});
