import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { offlineManifest, type BuiltFile, type OfflineManifest } from '../lib/offline.ts';
import { localePath } from '../lib/paths.ts';

const workerSource = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));

/** Every file of a built site, with its size and content hash. */
async function builtFiles(outDir: string): Promise<BuiltFile[]> {
  const entries = await fs.readdir(outDir, { recursive: true, withFileTypes: true });
  const files: BuiltFile[] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    const content = await fs.readFile(full); // one at a time: a large edition's files need not all be in memory
    files.push({
      path: path.relative(outDir, full).split(path.sep).join('/'),
      bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
  }
  return files;
}

/**
 * Writes the offline copy's manifest (offline.json) and the service worker (sw.js, carrying the build's version)
 * into a built site. Run last in the build, when every page and the whole Pagefind index are written.
 */
export async function writeOfflineFiles(outDir: string, base: string): Promise<OfflineManifest> {
  const manifest = offlineManifest(await builtFiles(outDir));
  // bundled, so that the worker shares the edition's constants (src/lib/constants.ts) with the pages
  const { outputFiles } = await build({
    entryPoints: [workerSource],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
  });
  const code = outputFiles[0]?.text ?? '';
  const buildInfo = JSON.stringify({ version: manifest.version, base });
  await fs.writeFile(path.join(outDir, 'offline.json'), JSON.stringify(manifest));
  await fs.writeFile(path.join(outDir, 'sw.js'), `const EDITION_BUILD=${buildInfo};\n${code}`);
  return manifest;
}

/** Makes the built site readable and searchable offline: see src/offline/service-worker.ts. */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'edition:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = localePath(config.base, 'en'); // the site's root, with its trailing slash
      },
      'astro:build:done': async ({ dir, logger }) => {
        const manifest = await writeOfflineFiles(fileURLToPath(dir), base);
        const megabytes = (manifest.bytes / 1024 ** 2).toFixed(1);
        logger.info(`offline copy: ${manifest.files.length} files, ${megabytes} MB, version ${manifest.version}`);
      },
    },
  };
}
