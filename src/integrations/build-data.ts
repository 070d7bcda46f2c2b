import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buildDataFile, buildDataFolder, type BuildDataName } from '../lib/build-data.ts';

/**
 * The values a page of the build left under `name` (src/lib/build-data.ts), read line by line as they come; fails,
 * naming what is missing, when no page left them. Data flows forward: pages write it, integrations read it.
 */
export async function* readBuildData<T>(outDir: string, name: BuildDataName): AsyncGenerator<T> {
  const file = path.join(outDir, buildDataFile(name));
  try {
    await fs.access(file);
  } catch {
    throw new Error(`${buildDataFile(name)}: missing: no page of the build left the ${name}`);
  }
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as T;
}

/**
 * Removes what the pages left under `name`, and their folder once empty: it is no file of the site. Two steps may
 * finish at once (Pagefind's runs beside the others): the folder may be gone, or not yet empty, when this one looks.
 */
export async function removeBuildData(outDir: string, name: BuildDataName): Promise<void> {
  await fs.rm(path.join(outDir, buildDataFile(name)), { force: true });
  const folder = path.join(outDir, buildDataFolder);
  const left = await fs.readdir(folder).catch(() => undefined);
  if (left?.length !== 0) return;
  await fs.rmdir(folder).catch((error: unknown) => {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code !== 'ENOENT' && code !== 'ENOTEMPTY') throw error;
  });
}
