import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import {
  addCharacters,
  fontFaces,
  parseUnicodeRange,
  textInRanges,
  type CodePointRange,
} from '../lib/font-characters.ts';
import { inBatches } from './in-batches.ts';
import { contentHashedName, replaceNames } from '../lib/content-names.ts';
import { readShard } from './pagefind.ts';

/**
 * The OpenType features a browser applies to horizontal text without being asked: HarfBuzz's defaults for every
 * script (ccmp, locl, mark, mkmk, rlig, calt, clig, curs, kern, liga…), its Arabic joining forms (isol, init,
 * medi, fina and the Syriac-style med2, fin2, fin3), stretching (stch) and mark positioning (mset), and the
 * direction forms. The edition's CSS asks for no other feature (its small caps are synthesised: the Latin font
 * has no smcp). A feature a font lacks is simply not there to keep.
 */
const shapingFeatures = [
  ...['abvm', 'blwm', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'rvrn', 'calt', 'clig', 'curs', 'dist', 'kern'],
  ...['liga', 'rclt', 'ltra', 'ltrm', 'rtla', 'rtlm', 'isol', 'init', 'medi', 'fina', 'med2', 'fin2', 'fin3'],
  ...['stch', 'mset'],
];
/** Browsers build fractions around U+2044 FRACTION SLASH on their own; kept only where the text has one. */
const fractionFeatures = ['frac', 'numr', 'dnom'];

const formats: Partial<Record<string, 'woff2' | 'woff' | 'sfnt'>> = {
  '.woff2': 'woff2',
  '.woff': 'woff',
  '.ttf': 'sfnt',
  '.otf': 'sfnt',
};

interface FontFile {
  family: string;
  ranges: CodePointRange[];
}

const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

/** Eight URL-safe characters of the SHA-256 of a file's bytes, as long as the hashes Astro gives. */
const contentHash = (bytes: Buffer | string) =>
  crypto.createHash('sha256').update(bytes).digest('base64url').slice(0, 8);

/** Renames a built file after its content, and records the change of name. */
async function renameByContent(file: string, bytes: Buffer | string, renamed: Map<string, string>): Promise<void> {
  const name = path.basename(file);
  const next = contentHashedName(name, contentHash(bytes));
  if (next === name) return;
  await fs.rename(file, path.join(path.dirname(file), next));
  renamed.set(name, next);
}

/**
 * Gives each cut font a name from its content, then each stylesheet that names a renamed font (its text changes, so
 * its hash does), and writes the new names into every page, stylesheet and script: so every file under `_astro/`
 * keeps its name only while its content is the same, and can be cached for ever.
 */
async function nameByContent(outDir: string, fonts: Iterable<string>): Promise<void> {
  const renamed = new Map<string, string>();
  for (const font of fonts) await renameByContent(font, await fs.readFile(font), renamed);
  const entries = await fs.readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  // stylesheets first, so that the pages get their new names too
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const text = await fs.readFile(file, 'utf8');
    const rewritten = replaceNames(text, renamed);
    if (rewritten === text) continue;
    await fs.writeFile(file, rewritten);
    await renameByContent(file, rewritten, renamed);
  }
  await inBatches(
    files.filter((f) => /\.(?:html|js|mjs)$/u.test(f)),
    16,
    async (file) => {
      const text = await fs.readFile(file, 'utf8');
      const rewritten = replaceNames(text, renamed);
      if (rewritten !== text) await fs.writeFile(file, rewritten);
    },
  );
}

/** The built file a @font-face url names, or undefined for an inline (data:) font. */
function resolveFont(url: string, outDir: string, from: string, base: string): string | undefined {
  if (url.startsWith('data:')) return undefined;
  const clean = decodeURIComponent(url.split(/[?#]/u)[0] ?? '');
  let file: string;
  if (clean.startsWith(base)) file = path.join(outDir, clean.slice(base.length));
  else if (/^[a-z][a-z0-9+.-]*:|^\//iu.test(clean)) throw new Error(`font ${url}: not a file of this build`);
  else file = path.resolve(from, clean);
  if (!file.startsWith(outDir + path.sep)) throw new Error(`font ${url}: outside the site`);
  return file;
}

/**
 * Cuts every font the built pages declare (@font-face) down to the characters the site can show, at the end of
 * `astro build`, each font file rewritten and renamed. What the site can show:
 * every page and stylesheet, the files of the `data` folders that the search page renders (JSON, and the search's
 * shards: src/lib/search-docs.ts), and the characters
 * of `always` (a unicode-range) for text that exists only in the browser. Client scripts take their words from
 * the page (data attributes) or that JSON, so the scripts themselves are not read: their own non-ASCII characters
 * are the search's folding tables, which are never drawn; the few they do write (a separator, an ellipsis) belong
 * in `always`. A character goes to the fonts whose unicode-range holds it. Each cut font is then named by its
 * content (and so are the stylesheets that name it: nameByContent). Runs before the offline integration, which
 * hashes every file.
 */
export function fontSubset(options: { data: string[]; always: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'edition:font-subset',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = path.resolve(fileURLToPath(dir));
        const shown = (file: string) =>
          /\.(?:html|css)$/u.test(file) ||
          (/\.(?:json|bin)$/u.test(file) && options.data.some((folder) => file.startsWith(`${folder}/`)));
        const characters = new Set<number>();
        const fonts = new Map<string, FontFile>();
        const entries = await fs.readdir(outDir, { recursive: true, withFileTypes: true });
        const read = entries
          .filter((entry) => entry.isFile())
          .map((entry) => path.join(entry.parentPath, entry.name))
          .filter((full) => shown(path.relative(outDir, full).split(path.sep).join('/')));
        // a few files at a time: the disk is kept busy, and a large edition's pages need not all be in memory
        await inBatches(read, 16, async (full) => {
          if (full.endsWith('.bin')) {
            addCharacters(JSON.stringify(await readShard(full)), characters);
            return;
          }
          const text = await fs.readFile(full, 'utf8');
          addCharacters(text, characters);
          if (!text.includes('@font-face')) return;
          for (const face of fontFaces(text)) {
            for (const url of face.urls) {
              const font = resolveFont(url, outDir, path.dirname(full), base);
              if (!font) continue;
              // every page repeats the same rules: a range is kept once
              const known = fonts.get(font)?.ranges ?? [];
              const added = face.ranges.filter(([start, end]) => !known.some(([s, e]) => s === start && e === end));
              fonts.set(font, { family: face.family, ranges: [...known, ...added] });
            }
          }
        });
        if (!fonts.size) {
          logger.info('no @font-face in the built site: no font to cut');
          return;
        }
        const shownCount = characters.size;
        for (const [start, end] of parseUnicodeRange(options.always))
          for (let codePoint = start; codePoint <= end; codePoint++) characters.add(codePoint);
        const families = new Map<string, { before: number; after: number }>();
        const fallbacks = { before: 0, after: 0 };
        for (const [font, { family, ranges }] of fonts) {
          const format = formats[path.extname(font)];
          if (!format) throw new Error(`${path.relative(outDir, font)}: not a font format this build can cut`);
          const text = textInRanges(characters, ranges);
          const original = await fs.readFile(font);
          // keepFeatures came with subset-font 2.9, after the last @types/subset-font (2.3)
          const subsetOptions: Parameters<typeof subsetFont>[2] & { keepFeatures: string[] } = {
            targetFormat: format,
            keepFeatures: text.includes('\u2044') ? [...shapingFeatures, ...fractionFeatures] : shapingFeatures,
            preserveNameIds: [14], // the licence's address, beside the copyright and names HarfBuzz keeps
          };
          const subset = await subsetFont(original, text, subsetOptions);
          await fs.writeFile(font, subset);
          // woff2 is what browsers load; the other formats count only in the offline copy
          const sizes = format === 'woff2' ? (families.get(family) ?? { before: 0, after: 0 }) : fallbacks;
          sizes.before += original.length;
          sizes.after += subset.length;
          if (format === 'woff2') families.set(family, sizes);
        }
        await nameByContent(outDir, fonts.keys());
        const woff2 = [...families].map(([family, s]) => `${family} ${kilobytes(s.before)} → ${kilobytes(s.after)} KB`);
        const other = fallbacks.before
          ? `; other formats ${kilobytes(fallbacks.before)} → ${kilobytes(fallbacks.after)} KB`
          : '';
        logger.info(`fonts cut to the ${shownCount} characters the site shows: ${woff2.join(', ')} (woff2${other})`);
      },
    },
  };
}
