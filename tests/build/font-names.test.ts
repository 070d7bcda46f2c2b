// The cut fonts are named by their content, and so are the stylesheets that name them: a page that shows one more
// character gets a new font, a new stylesheet and new links, so every file under _astro/ can be cached for ever. Runs
// the font integration's end-of-build hook on two small sites written here, as `astro build` runs it.
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
const font = 'source-serif-4-latin-400-normal.woff2';

/** A built site of one page showing `text`, its stylesheet and font under Astro's names; cut; its files after. */
async function cutSite(text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'font-names-'));
  fs.mkdirSync(path.join(dir, '_astro'));
  fs.copyFileSync(
    path.join(root, 'node_modules/@fontsource/source-serif-4/files', font),
    path.join(dir, '_astro/source-serif-4-latin-400-normal.AbCd1234.woff2'),
  );
  fs.writeFileSync(
    path.join(dir, '_astro/Base.XyZw5678.css'),
    '@font-face{font-family:"Source Serif 4";src:url(/_astro/source-serif-4-latin-400-normal.AbCd1234.woff2) format("woff2")}',
  );
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><link rel="preload" href="/_astro/source-serif-4-latin-400-normal.AbCd1234.woff2">' +
      `<link rel="stylesheet" href="/_astro/Base.XyZw5678.css"><p>${text}</p>`,
  );
  const integration = fontSubset({ data: [], always: 'U+20' });
  const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
  await hooks['astro:config:done']?.({ config: { base: '/' } });
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), logger });
  const files = fs.readdirSync(path.join(dir, '_astro')).sort();
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const css = files.find((name) => name.endsWith('.css')) ?? '';
  return { files, html, css, cssText: fs.readFileSync(path.join(dir, '_astro', css), 'utf8') };
}

test('a new character on a page gives the cut font, and the stylesheet naming it, new names everywhere', async () => {
  const before = await cutSite('Moscow and Beijing');
  const same = await cutSite('Beijing and Moscow');
  const after = await cutSite('Moscow and Beijing, 2024');
  const fontOf = (site: { files: string[] }) => site.files.find((name) => name.endsWith('.woff2')) ?? '';

  // named from the cut content: not the name Astro gave the whole font
  assert.equal(before.files.length, 2);
  assert.match(fontOf(before), /^source-serif-4-latin-400-normal\.[\w-]{8}\.woff2$/u);
  assert.notEqual(fontOf(before), 'source-serif-4-latin-400-normal.AbCd1234.woff2');
  assert.notEqual(before.css, 'Base.XyZw5678.css');
  // the same characters in another order: the same font, the same names
  assert.equal(fontOf(same), fontOf(before));
  assert.equal(same.css, before.css);
  // digits and a comma are new characters: a new font, so a new stylesheet
  assert.notEqual(fontOf(after), fontOf(before));
  assert.notEqual(after.css, before.css);
  // and every reference follows the new names; the old ones are gone
  for (const site of [before, after]) {
    assert.ok(site.cssText.includes(`/_astro/${fontOf(site)}`), site.cssText);
    assert.ok(site.html.includes(`href="/_astro/${fontOf(site)}"`), site.html);
    assert.ok(site.html.includes(`href="/_astro/${site.css}"`), site.html);
    assert.ok(!site.html.includes('AbCd1234') && !site.html.includes('XyZw5678'), site.html);
  }
});
