import type { CitedWork } from './citation.ts';

/** The files a reference manager imports, one record per work: biblatex (.bib), RIS (.ris) and CSL-JSON (.json). */
export interface ReferenceFiles {
  bib: string;
  ris: string;
  json: string;
}

const iso = (parts: number[] = []) => parts.map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
/** A biblatex value: braces balanced by escaping, the special characters of TeX escaped. */
const tex = (text: string) => text.replace(/([\\{}])/gu, '\\$1').replace(/([&%$#_])/gu, '\\$1');
const field = (name: string, value: string) => `  ${name} = {${value}},`;

/**
 * biblatex (biber's data model): an article is `@misc` with `entrysubtype = {newspaper}`, since `@article` must
 * have an author and the report is unsigned (a made-up author would be imported as one): the outlet is its
 * `howpublished`, the English title its `titleaddon`, the edition that reproduces it its `organization`, with the
 * editors as `editor` and its `version`. An event is `@online`, by the editors, in the edition, dated by the version.
 */
export function bibtexOf(work: CitedWork): string {
  const { item, edition } = work;
  const [issued] = item.issued['date-parts'];
  const team = `{${tex(edition.editor)}}`; // a corporate name, kept whole
  const lines =
    work.kind === 'article'
      ? [
          `@misc{${item.id},`,
          field('entrysubtype', 'newspaper'),
          field('title', tex(work.title.original)),
          ...(work.title.translated ? [field('titleaddon', `[${tex(work.title.translated)}]`)] : []),
          field('shorttitle', tex(item['title-short'])),
          field('howpublished', tex(item['container-title'])),
          field('date', iso(issued)),
          field('editor', team),
          field('organization', tex(edition.title)),
          field('version', edition.versionDate),
          field('url', item.URL),
          field('langid', 'arabic'),
          field('language', 'arabic'),
        ]
      : [
          `@online{${item.id},`,
          field('author', team),
          field('title', tex(work.title.original)),
          field('shorttitle', tex(item['title-short'])),
          field('organization', tex(edition.title)),
          field('date', iso(issued)),
          field('version', edition.versionDate),
          field('url', item.URL),
          field('langid', 'english'),
          field('language', 'english'),
        ];
  return `${[...lines, '}'].join('\n')}\n`;
}

/**
 * RIS as its specification writes it: `TAG  - value` lines ending in CR LF, from `TY` to `ER` (with its own line
 * end), the full key as `ID`. An article is `NEWS` in its outlet (`T2`), reproduced in the edition (`T3`, its
 * editors `A3`, its publisher `PB`); an event is `ELEC`, a page of the edition, by its editors.
 */
export function risOf(work: CitedWork): string {
  const { item, edition } = work;
  const [issued = []] = item.issued['date-parts'];
  const [year, month, day] = issued;
  const da = [year, month, day].map((n, i) => (n === undefined ? '' : String(n).padStart(i ? 2 : 4, '0'))).join('/');
  const tags: [string, string | undefined][] =
    work.kind === 'article'
      ? [
          ['TY', 'NEWS'],
          ['ID', item.id],
          ['TI', work.title.original],
          ['TT', work.title.translated],
          ['ST', item['title-short']],
          ['T2', item['container-title']],
          ['T3', edition.title],
          ['A3', edition.editor],
          ['PB', edition.title],
          ['ET', edition.versionDate],
        ]
      : [
          ['TY', 'ELEC'],
          ['ID', item.id],
          ['TI', work.title.original],
          ['ST', item['title-short']],
          ['AU', edition.editor],
          ['T2', edition.title],
          ['PB', edition.title],
          ['ET', edition.versionDate],
        ];
  const lines = [
    ...tags,
    ['PY', String(year)],
    ['DA', `${da}/`],
    ['UR', item.URL],
    ['LA', item.language === 'ar' ? 'Arabic' : 'English'],
    ['ER', ''],
  ].flatMap(([tag, value]) =>
    value === undefined ? [] : [`${tag}  - ${value}`.trimEnd() + (tag === 'ER' ? ' ' : '')],
  );
  return `${lines.join('\r\n')}\r\n`;
}

/** CSL-JSON: the item every style renders, as an array of one. */
export function cslJsonOf(work: CitedWork): string {
  return `${JSON.stringify([work.item], null, 2)}\n`;
}

/** The three files of a work. */
export function referenceFiles(work: CitedWork): ReferenceFiles {
  return { bib: bibtexOf(work), ris: risOf(work), json: cslJsonOf(work) };
}
