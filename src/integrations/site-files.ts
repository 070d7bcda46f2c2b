import fs from 'node:fs/promises';
import path from 'node:path';
import { buildDataFolder } from '../lib/build-data.ts';

/** A folder of the built site that a step goes on writing after its hook has returned. */
export interface FolderWrittenLater {
  /** Relative to the site's root. */
  folder: string;
  /** Resolves once every file of the folder is written; rejects with the step's failure. */
  written: () => Promise<void>;
}

/**
 * The files of a built site under `folder` (the whole site by default), as paths relative to its root with `/`
 * between folders, leaving out the folders `skip` names (relative to the root): folders other steps are still
 * writing or removing, which are not even listed, so that one vanishing during the walk is no error.
 */
export async function siteFiles(outDir: string, folder = '', skip: readonly string[] = []): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string) => {
    for (const entry of await fs.readdir(path.join(outDir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip.includes(child)) await walk(child);
      } else if (entry.isFile()) found.push(child);
    }
  };
  await walk(folder);
  return found;
}

/**
 * Works through a built site's files as they are ready: first every file outside the folders still being written
 * (`later`) and the build data (which those steps are still reading), then the files of each later folder that
 * `wanted` keeps, once it is written.
 */
export async function whenWritten(
  outDir: string,
  later: readonly FolderWrittenLater[],
  work: (files: string[]) => Promise<void>,
  wanted: (folder: string) => boolean = () => true,
): Promise<void> {
  await work(await siteFiles(outDir, '', [buildDataFolder, ...later.map(({ folder }) => folder)]));
  for (const { folder, written } of later.filter(({ folder }) => wanted(folder))) {
    await written();
    await work(await siteFiles(outDir, folder));
  }
}
