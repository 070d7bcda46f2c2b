import fs from 'node:fs/promises';
import path from 'node:path';

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
