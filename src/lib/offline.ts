// The offline copy's manifest, worked out from a build's file list (paths, sizes and content hashes) alone: which
// files are the site's shell, which belong to each page, what the whole copy weighs, whether it is kept without
// asking, and which files a new build changed. Pure (no file system, no node: modules): the build writes the
// manifest from it (src/integrations/offline.ts) and the service worker reads it (src/offline/service-worker.ts).
import { localeParams } from './paths.ts';

/** One built file: its path inside dist/, its size raw and as gzip (as a compressing server sends it), its hash. */
export interface BuiltFile {
  path: string;
  bytes: number;
  gzip: number;
  sha256: string;
}

/** A file of the offline copy: the path the site serves it at (pages by their directory) and its content hash. */
export type OfflineEntry = [path: string, hash: string];

/** How many files, and how many bytes raw and gzip. */
export interface OfflineSize {
  files: number;
  bytes: number;
  gzip: number;
}

/** What the service worker reads first (dist/offline.json): small, whatever the size of the edition. */
export interface OfflineManifest {
  /** A hash of every file's path and content: a new build with any change has a new version. */
  version: string;
  /** Whether the whole edition is kept after a first visit without asking (its gzip is within `limit`). */
  auto: boolean;
  /** The gzip size up to which the whole copy is kept without asking (src/lib/constants.ts). */
  limit: number;
  /** The site's shell, kept on every first visit: CSS, scripts, fonts, home, search and About pages, the search
   *  index (Pagefind's core, its index and filter files, the lexicon) and the shell pages' search results. */
  shell: OfflineSize & { entries: OfflineEntry[] };
  /** The whole copy: the shell and every group. */
  full: OfflineSize;
  /** How many files the groups are spread over (offline/<n>.json, each an OfflineShard). */
  shards: number;
}

/** One of the files listing the groups: each page (both languages, its files and search results) under its key. */
export interface OfflineShard {
  version: string;
  groups: Record<string, OfflineEntry[]>;
}

/** What a browser's copy holds beyond the shell: the whole edition, or the groups (pages) the reader opened. */
export interface OfflineHeld {
  full: boolean;
  groups: string[];
}

/** The key of the files no page owns (data exports, the feed, font fallbacks): kept only with the whole copy. */
export const restGroup = '*';

/** The folder of the shard files, and a shard's file. */
export const shardFolder = 'offline';
export const shardFile = (n: number): string => `${shardFolder}/${n}.json`;

/** About how many files one shard lists. */
const shardEntries = 1000;

/** The files that are not part of the offline copy: the worker and the manifests, always asked of the server. */
export const offlineExcluded = new Set(['sw.js', 'offline.json']);

/** Built files the site never fetches: Pagefind's own interfaces and result fragments (search-page.ts shows results
 *  from search-docs/, and runs Pagefind without its web worker; the build removes the fragments). */
const unused = /^pagefind\/(fragment\/|pagefind-(ui|component-ui|modular-ui|highlight|worker)\.)/u;

/** Files of the shell, by path in dist/ (besides the shell pages' groups). */
const shellFiles = [
  /^_astro\/.*(?<!\.woff)$/u, // CSS, scripts and woff2 fonts; the woff fallbacks are for browsers without workers
  /^pagefind\/(pagefind\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+)$/u, // Pagefind's core
  /^pagefind\/(index|filter)\//u, // the whole index, so that a search offline finds every word of a kept page
  /^search-lexicon\//u, // prefix search and "did you mean"
  /^(404\.html|favicon\.svg)$/u,
];

/** The pages of the shell, by group key: home, search and About (whose settings keep the rest). */
export const shellPages = new Set(['', 'search/', 'about/']);

/** The path a built file is served and linked at: "articles/x/index.html" is "articles/x/", "index.html" is "". */
export const servedPath = (file: string): string => file.replace(/(^|\/)index\.html$/u, '$1');

const localePrefixes = localeParams.flatMap(({ lang }) => (lang ? [`${lang}/`] : []));

/** A served path without its interface's prefix: "ar/articles/x/" is "articles/x/". */
export function unprefixed(path: string): string {
  const prefix = localePrefixes.find((p) => path === p.slice(0, -1) || path.startsWith(p));
  return prefix ? path.slice(prefix.length) : path;
}

/** cyrb53, a small fast 53-bit string hash (public domain): for versions and shard numbers, over hashes already. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The shard listing a group. */
export const shardOf = (group: string, shards: number): number => hash53(group) % shards;

/** The group of a page the reader opens: its path within the site, without query or interface prefix. */
export const pageGroup = (servedPathOfPage: string): string => unprefixed(servedPathOfPage.replace(/[?#].*$/u, ''));

/**
 * The groups of each file: a page's own files are in its folder ("articles/x/…", in either language); a file that
 * `owners` names (a search shard: its path → the unprefixed paths of the pages its records show) goes with each of
 * those pages; anything else is the rest.
 */
function groupsOf(paths: string[], owners: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const pages = new Set(paths.filter((p) => /(^|\/)index\.html$/u.test(p)).map((p) => unprefixed(servedPath(p))));
  const groups = new Map<string, string[]>();
  for (const file of paths) {
    const owned = owners.get(file);
    if (owned?.length) {
      groups.set(file, [...new Set(owned)]);
      continue;
    }
    const served = unprefixed(servedPath(file));
    let group = restGroup;
    // the deepest page folder holding the file ("" holds only the home pages themselves)
    for (let end = served.lastIndexOf('/'); end > 0; end = served.lastIndexOf('/', end - 1)) {
      const folder = served.slice(0, end + 1);
      if (pages.has(folder)) {
        group = folder;
        break;
      }
    }
    if (served === '') group = '';
    groups.set(file, [group]);
  }
  return groups;
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The size of some files. */
const sizeOf = (files: BuiltFile[]): OfflineSize => ({
  files: files.length,
  bytes: files.reduce((sum, file) => sum + file.bytes, 0),
  gzip: files.reduce((sum, file) => sum + file.gzip, 0),
});

/** A file's entry: its served path and the first 16 hex digits of its SHA-256 (enough to tell two versions apart). */
const entryOf = (file: BuiltFile): OfflineEntry => [servedPath(file.path), file.sha256.slice(0, 16)];

/**
 * The manifest of a build and its shards, from its files (in any order; the same files give the same version),
 * `owners` (a file that belongs to pages beyond its folder, a search shard → the unprefixed paths of the pages it
 * shows) and `limit`, the gzip size up to which the whole copy is kept without asking. A file of several pages is
 * listed in each of their groups, and counted once in the whole copy.
 */
export function offlineManifest(
  files: BuiltFile[],
  { owners = new Map<string, string[]>(), limit }: { owners?: ReadonlyMap<string, readonly string[]>; limit: number },
): { manifest: OfflineManifest; shards: OfflineShard[] } {
  const included = files
    .filter((file) => !offlineExcluded.has(file.path) && !file.path.startsWith(`${shardFolder}/`))
    .filter((file) => !unused.test(file.path))
    .sort(byPath);
  const listing = included.map((file) => `${file.path}\0${file.sha256}\n`).join('');
  const version = hash53(listing).toString(36) + hash53(listing, 1).toString(36);
  const groups = groupsOf(
    included.map((file) => file.path),
    owners,
  );
  const shell: BuiltFile[] = [];
  const grouped = new Map<string, BuiltFile[]>();
  for (const file of included) {
    const fileGroups = groups.get(file.path) ?? [restGroup];
    if (fileGroups.some((group) => shellPages.has(group)) || shellFiles.some((pattern) => pattern.test(file.path)))
      shell.push(file);
    else {
      for (const group of fileGroups) {
        const members = grouped.get(group) ?? [];
        members.push(file);
        grouped.set(group, members);
      }
    }
  }
  const inGroups = included.length - shell.length;
  const shardCount = Math.max(1, Math.ceil(inGroups / shardEntries));
  const shards: OfflineShard[] = Array.from({ length: shardCount }, () => ({ version, groups: {} }));
  for (const [group, members] of [...grouped].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const shard = shards[shardOf(group, shardCount)];
    if (shard) shard.groups[group] = members.map(entryOf);
  }
  const full = sizeOf(included);
  return {
    manifest: {
      version,
      auto: keepsWholeCopy(full.gzip, limit),
      limit,
      shell: { ...sizeOf(shell), entries: shell.map(entryOf) },
      full,
      shards: shardCount,
    },
    shards,
  };
}

/** Whether the whole copy is kept without asking: while its download (gzip) is within the limit. */
export const keepsWholeCopy = (gzip: number, limit: number): boolean => gzip <= limit;

/**
 * What a new build's copy takes from the old one and what it fetches: a file whose hash the old copy holds is
 * copied from it, anything else is downloaded.
 */
export function offlineDelta(
  held: ReadonlyMap<string, string>,
  wanted: OfflineEntry[],
): { keep: OfflineEntry[]; fetch: OfflineEntry[] } {
  const keep: OfflineEntry[] = [];
  const fetch: OfflineEntry[] = [];
  for (const entry of wanted) (held.get(entry[0]) === entry[1] ? keep : fetch).push(entry);
  return { keep, fetch };
}
