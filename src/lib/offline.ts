import { createHash } from 'node:crypto';

/** What the service worker downloads: every file of one build (dist/offline.json). */
export interface OfflineManifest {
  /** A hash of every file's path and content: a new build with any change has a new version. */
  version: string;
  /** Paths under the base, as the site links them (pages by their directory: "articles/x/"). */
  files: string[];
  /** The size of all of them, in bytes. */
  bytes: number;
}

/** One built file: its path inside dist/, its size and the SHA-256 of its content. */
export interface BuiltFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** The files that are not part of the offline copy: the worker itself and the manifest, always asked of the server. */
export const offlineExcluded = new Set(['sw.js', 'offline.json']);

/** The path a built file is served and linked at: "articles/x/index.html" is "articles/x/", "index.html" is "". */
export const servedPath = (file: string): string => file.replace(/(^|\/)index\.html$/u, '$1');

/** The manifest of a build, from its files (in any order): the same files give the same version. */
export function offlineManifest(files: BuiltFile[]): OfflineManifest {
  const included = files
    .filter((file) => !offlineExcluded.has(file.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of included) hash.update(`${file.path}\0${file.sha256}\n`);
  return {
    version: hash.digest('hex').slice(0, 16),
    files: included.map((file) => servedPath(file.path)),
    bytes: included.reduce((sum, file) => sum + file.bytes, 0),
  };
}
