import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { servedPath } from '../../src/lib/offline.ts';
import { root } from './edition.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export const dist = path.join(root, 'dist');

/** Every HTML file of the built site, as site paths ("/", "/ar/articles/x/", "/404.html"). */
export function builtPages(dir = dist): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const relative = path.relative(dir, full).split(path.sep).join('/');
        pages.push(`/${servedPath(relative)}`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** The file serving a site path, or undefined when there is none. */
export function fileFor(sitePath: string, dir = dist): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/u)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [path.join(dir, clean, 'index.html')] : [path.join(dir, clean)];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

/** All elements of a parsed document, depth first. */
export function elements(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) found.push(node);
    const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(parse(html));
  return found;
}

/** An attribute of an element. */
export const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
