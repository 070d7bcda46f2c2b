// The fonts are cut before the bundle takes them, so Vite names each cut font by its content like any asset, and no
// page is written twice; after the build, every character a page shows must be in its cut font. Runs the font
// integration's hooks as `astro build` does, on text and small sites written here.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import { fontSubset } from '../../src/integrations/font-subset.ts';
import { root } from '../support/edition.ts';

const quiet = () => undefined;
const logger = { info: quiet, warn: quiet, error: quiet } as unknown as AstroIntegrationLogger;
const stylesheet = '@fontsource/source-serif-4/latin-400.css';
const fontsource = path.join(root, 'node_modules/@fontsource/source-serif-4');
const woff2 = 'source-serif-4-latin-400-normal.woff2';

type Hook = (options: unknown) => Promise<void> | void;
interface ResolvePlugin {
  resolveId: (this: unknown, source: string, importer?: string) => Promise<string | null>;
  transform: (code: string, id: string) => { code: string } | null;
}

/** The integration, its hooks run up to the start of a build over a project whose text is `text`. */
async function startBuild(text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'font-subset-'));
  fs.writeFileSync(path.join(dir, 'page.txt'), text);
  const integration = fontSubset({
    stylesheets: [stylesheet],
    text: [path.join(dir, 'page.txt')],
    data: [],
    always: 'U+20-7E',
  });
  const hooks = integration.hooks as Record<string, Hook>;
  let plugin: ResolvePlugin | undefined;
  await hooks['astro:config:setup']?.({
    command: 'build',
    updateConfig: (config: { vite: { plugins: ResolvePlugin[] } }) => (plugin = config.vite.plugins[0]),
  });
  await hooks['astro:config:done']?.({
    config: { base: '/', root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${dir}/cache/`) },
  });
  await hooks['astro:build:start']?.({ logger });
  assert.ok(plugin);
  const cut = path.join(dir, 'cache/edition-fonts', woff2);
  return { dir, hooks, plugin, cut, bytes: fs.readFileSync(cut) };
}

test('each font is cut to the characters of the text before the bundle takes it, and the bundle takes the cut copy', async () => {
  const before = await startBuild('Moscow – Beijing');
  const same = await startBuild('Beijing – Moscow');
  const after = await startBuild('Moscow — Beijing');
  const original = fs.readFileSync(path.join(fontsource, 'files', woff2));
  assert.ok(before.bytes.length < original.length * 0.6, `${before.bytes.length} of ${original.length} bytes`);
  // the same characters: the same bytes, so the same name; an em dash for the en dash: another font, another name
  assert.ok(same.bytes.equals(before.bytes));
  assert.ok(!after.bytes.equals(before.bytes));

  // a font imported by itself (a preload link) resolves to the cut copy, its query kept
  const context = {
    resolve: (source: string) =>
      Promise.resolve({ id: path.join(fontsource, source.replace(/^.*source-serif-4\//u, '')) }),
  };
  assert.equal(
    await before.plugin.resolveId.call(context, `@fontsource/source-serif-4/files/${woff2}?url`, '/x/Base.astro'),
    `${before.cut}?url`,
  );
  assert.equal(await before.plugin.resolveId.call(context, '/x/photo.png', '/x/Base.astro'), null);
  // the stylesheet's url() points at the cut copy, relative to the stylesheet as Vite resolves it
  const cssFile = path.join(fontsource, 'latin-400.css');
  const rewritten = before.plugin.transform(fs.readFileSync(cssFile, 'utf8'), cssFile);
  const urls = [...(rewritten?.code ?? '').matchAll(/url\(([^)]+)\)/gu)].map(([, url = '']) =>
    path.resolve(fontsource, url),
  );
  assert.ok(urls.includes(before.cut), rewritten?.code);
  assert.ok(!urls.some((url) => url.startsWith(path.join(fontsource, 'files'))), rewritten?.code);
  assert.equal(before.plugin.transform('p{color:red}', cssFile), null);
});

/** A built site of one page showing `text`, its stylesheet naming `font`; the integration's end-of-build check. */
async function check(build: Awaited<ReturnType<typeof startBuild>>, text: string, font: Buffer) {
  const dist = path.join(build.dir, 'dist');
  fs.mkdirSync(path.join(dist, '_astro'), { recursive: true });
  fs.writeFileSync(path.join(dist, '_astro/f.AbCd1234.woff2'), font);
  fs.writeFileSync(
    path.join(dist, '_astro/Base.XyZw5678.css'),
    '@font-face{font-family:"Source Serif 4";src:url(/_astro/f.AbCd1234.woff2) format("woff2")}',
  );
  fs.writeFileSync(
    path.join(dist, 'index.html'),
    `<!doctype html><link rel="stylesheet" href="/_astro/Base.XyZw5678.css"><p>${text}</p>`,
  );
  await build.hooks['astro:build:done']?.({ dir: pathToFileURL(`${dist}/`), logger });
}

test('after the build, a character the site shows that its cut font lacks, or a font not cut, fails the build', async () => {
  const cut = await startBuild('Moscow – Beijing');
  await check(cut, 'Beijing – Moscow', cut.bytes);
  const other = await startBuild('Moscow – Beijing');
  await assert.rejects(
    check(other, 'Moscow — Beijing…', other.bytes),
    /U\+2014 — \(index\.html\) is not in the cut Source Serif 4\n {2}U\+2026 … \(index\.html\)/u,
  );
  const whole = await startBuild('Moscow – Beijing');
  await assert.rejects(
    check(whole, 'Moscow', fs.readFileSync(path.join(fontsource, 'files', woff2))),
    /_astro\/f\.AbCd1234\.woff2: a font the pages declare that was not cut/u,
  );
});
