import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import subsetFont from 'subset-font';
import {
  addCharacters,
  fontFaces,
  inRanges,
  parseUnicodeRange,
  textInRanges,
  type CodePointRange,
} from '../lib/font-characters.ts';
import { readEach } from './read-each.ts';
import { siteFiles, whenWritten, type FolderWrittenLater } from './site-files.ts';
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

interface CutFont {
  family: string;
  ranges: CodePointRange[];
  /** The characters it was cut to, in code point order. */
  text: string;
  /** The cut file, which the bundle takes instead of the original. */
  file: string;
}

const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

/** Every file under the given files and folders, as absolute paths; a path that does not exist gives none. */
async function filesOf(roots: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const root of roots) {
    const stat = await fs.stat(root).catch(() => undefined);
    if (stat?.isFile()) found.push(root);
    else if (stat?.isDirectory()) found.push(...(await siteFiles(root)).map((file) => path.join(root, file)));
  }
  return found;
}

/** A font file cut to the characters of `text`, in its own format, keeping what shaping needs. */
async function cutFont(bytes: Buffer, format: 'woff2' | 'woff' | 'sfnt', text: string): Promise<Buffer> {
  // keepFeatures came with subset-font 2.9, after the last @types/subset-font (2.3)
  const subsetOptions: Parameters<typeof subsetFont>[2] & { keepFeatures: string[] } = {
    targetFormat: format,
    keepFeatures: text.includes('\u2044') ? [...shapingFeatures, ...fractionFeatures] : shapingFeatures,
    preserveNameIds: [14], // the licence's address, beside the copyright and names HarfBuzz keeps
  };
  return subsetFont(bytes, text, subsetOptions);
}

/**
 * The fonts the bundle takes: for each font file a stylesheet names, its cut copy instead. A font imported by
 * itself (`…woff2?url`, for a preload link) is resolved to the cut copy; a stylesheet's `url()` is rewritten to
 * point at it, before Vite reads the stylesheet (Vite resolves a stylesheet's urls without the plugins). Vite then
 * names the cut file after its content, like any asset.
 */
function cutFontsPlugin(cut: ReadonlyMap<string, CutFont>): Plugin {
  return {
    name: 'edition:cut-fonts',
    enforce: 'pre',
    async resolveId(source, importer) {
      const [file = '', query] = source.split('?', 2);
      if (!/\.(?:woff2?|ttf|otf)$/u.test(file)) return null;
      const resolved = await this.resolve(file, importer, { skipSelf: true });
      const font = resolved && cut.get(resolved.id);
      return font ? `${font.file}${query === undefined ? '' : `?${query}`}` : null;
    },
    transform(code, id) {
      if (!id.endsWith('.css') || !code.includes('@font-face')) return null;
      const from = path.dirname(id.split('?')[0] ?? id);
      const rewritten = code.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gu, (whole, quote: string, url: string) => {
        const font = /^[a-z][a-z0-9+.-]*:|^\//iu.test(url) ? undefined : cut.get(path.resolve(from, url));
        if (!font) return whole;
        const relative = path.relative(from, font.file).split(path.sep).join('/');
        return `url(${quote}${relative.startsWith('.') ? relative : `./${relative}`}${quote})`;
      });
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
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

/** A character as a problem names it: U+02BB ʻ. */
const named = (codePoint: number) =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(codePoint)}`;

export interface FontSubsetOptions {
  /** The stylesheets that declare the fonts (@font-face), as the pages import them (package paths). */
  stylesheets: string[];
  /**
   * Files and folders (absolute, or relative to the project) whose characters the site can show: the edition's
   * content and sources, the interface's words, templates and styles.
   */
  text: string[];
  /** Folders of the built site whose JSON and search shards the search page renders (checked after the build). */
  data: string[];
  /** A unicode-range of characters shown that no file holds: what the browser or the formatting writes. */
  always: string;
  /** Folders other steps are still writing (the search's): each read, if among `data`, once written. */
  later?: FolderWrittenLater[];
}

/**
 * Cuts the fonts to the characters the site can show before the bundle takes them, so that each cut font is named
 * by its content from the start and no page is written twice. When `astro build` starts (after the content is
 * loaded), every character of `text` and `always` is gathered; each font the `stylesheets` declare is cut to the
 * characters in its unicode-range and the bundle takes the cut copy (cutFontsPlugin). After the build, every page,
 * stylesheet and search file is read and each character it shows must be in the cut font whose range holds it, or
 * the build fails naming the character and a file that shows it; so must every font the built pages declare be a
 * cut one. `astro dev` serves the whole fonts.
 */
export function fontSubset(options: FontSubsetOptions): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  let cacheDir = path.join(root, 'node_modules/.astro');
  const cut = new Map<string, CutFont>();
  return {
    name: 'edition:font-subset',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [cutFontsPlugin(cut)] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        const characters = new Set<number>();
        const files = await filesOf(options.text.map((entry) => path.resolve(root, entry)));
        if (!files.length) throw new Error(`fonts: no file to take characters from in ${options.text.join(', ')}`);
        await readEach('', files, 16, (_file, bytes) => {
          addCharacters(bytes.toString('utf8'), characters);
        });
        for (const [start, end] of parseUnicodeRange(options.always))
          for (let codePoint = start; codePoint <= end; codePoint++) characters.add(codePoint);
        const outDir = path.join(cacheDir, 'edition-fonts');
        await fs.rm(outDir, { recursive: true, force: true });
        await fs.mkdir(outDir, { recursive: true });
        const require = createRequire(path.join(root, 'package.json'));
        const sizes: string[] = [];
        for (const stylesheet of options.stylesheets) {
          const css = require.resolve(stylesheet);
          const faces = fontFaces(await fs.readFile(css, 'utf8'));
          if (!faces.length) throw new Error(`fonts: ${stylesheet} declares no @font-face`);
          for (const face of faces) {
            for (const url of face.urls) {
              const original = path.resolve(path.dirname(css), url);
              const format = formats[path.extname(original)];
              if (!format) throw new Error(`fonts: ${stylesheet}: ${url}: not a font format this build can cut`);
              const text = textInRanges(characters, face.ranges);
              const bytes = await fs.readFile(original);
              const subset = await cutFont(bytes, format, text);
              const file = path.join(outDir, path.basename(original));
              await fs.writeFile(file, subset);
              cut.set(original, { family: face.family, ranges: face.ranges, text, file });
              // woff2 is what browsers load; the other formats count only in the offline copy
              if (format === 'woff2')
                sizes.push(`${face.family} ${kilobytes(bytes.length)} → ${kilobytes(subset.length)} KB`);
            }
          }
        }
        logger.info(
          `fonts cut to the ${String(characters.size)} characters the edition's text and interface hold: ${sizes.join(', ')} (woff2)`,
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = path.resolve(fileURLToPath(dir));
        if (!cut.size) throw new Error('fonts: no font was cut when the build started');
        const shown = (file: string) =>
          /\.(?:html|css)$/u.test(file) ||
          (/\.(?:json|bin)$/u.test(file) && options.data.some((folder) => file.startsWith(`${folder}/`)));
        const cutBytes = await Promise.all([...cut.values()].map(({ file }) => fs.readFile(file)));
        const declared = new Set<string>();
        const problems: string[] = [];
        const seen = new Set<number>();
        const check = async (relative: string, bytes: Buffer) => {
          const full = path.join(outDir, relative);
          const characters = new Set<number>();
          if (full.endsWith('.bin')) addCharacters(JSON.stringify(await readShard(full, 'all', bytes)), characters);
          else {
            const text = bytes.toString('utf8');
            addCharacters(text, characters);
            if (text.includes('@font-face'))
              for (const face of fontFaces(text))
                for (const url of face.urls) {
                  const font = resolveFont(url, outDir, path.dirname(full), base);
                  if (font) declared.add(font);
                }
          }
          for (const codePoint of characters) {
            // a control character is never drawn (and "\\cite" on a page reads as the CSS escape of U+000C)
            if (seen.has(codePoint) || codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue;
            seen.add(codePoint);
            for (const font of cut.values()) {
              if (inRanges(font.ranges, codePoint) && !font.text.includes(String.fromCodePoint(codePoint)))
                problems.push(`${named(codePoint)} (${relative}) is not in the cut ${font.family}`);
            }
          }
        };
        // a few files at a time: the disk is kept busy, and a large edition's pages need not all be in memory; the
        // search's shards once written (Pagefind's own files show nothing)
        await whenWritten(
          outDir,
          options.later ?? [],
          (ready) => readEach(outDir, ready.filter(shown), 16, check),
          (folder) => options.data.includes(folder),
        );
        for (const file of declared) {
          const bytes = await fs.readFile(file);
          if (!cutBytes.some((cutFile) => cutFile.equals(bytes)))
            problems.push(`${path.relative(outDir, file)}: a font the pages declare that was not cut`);
        }
        if (problems.length) {
          throw new Error(
            `fonts: the site shows what its cut fonts lack (add each character to the fonts' \`always\` in astro.config.mjs):\n  ${[...new Set(problems)].join('\n  ')}`,
          );
        }
        logger.info(`every character the site shows (${String(seen.size)}) is in its cut fonts`);
      },
    },
  };
}
