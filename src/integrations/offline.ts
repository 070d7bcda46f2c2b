import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { offlineAutoLimit, searchFolders } from '../lib/constants.ts';
import {
  offlineManifest,
  shardFile,
  shardFolder,
  unprefixed,
  type BuiltFile,
  type OfflineManifest,
} from '../lib/offline.ts';
import { localePath } from '../lib/paths.ts';
import { readEach } from './read-each.ts';
import { whenWritten, type FolderWrittenLater } from './site-files.ts';
import { readShard } from './pagefind.ts';

const workerSource = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));
const gzipped = promisify(gzip);

/** The gzip size of a file as a compressing server sends it: Pagefind's files are gzip already, sent as they are. */
async function gzipSize(content: Buffer): Promise<number> {
  if (content[0] === 0x1f && content[1] === 0x8b) return content.length;
  return (await gzipped(content)).length;
}

/**
 * Every file of a built site, with its sizes and content hash; and the pages each search shard shows. The files of
 * a folder still being written (`later`) are read last, each folder once it is written (whenWritten); the build
 * data the pages left is no file of the site.
 */
async function builtFiles(
  outDir: string,
  later: readonly FolderWrittenLater[] = [],
): Promise<{ files: BuiltFile[]; owners: Map<string, string[]> }> {
  const files: BuiltFile[] = [];
  const owners = new Map<string, string[]>();
  // gzip runs on libuv's threads: a few files at a time keep them busy
  const read = async (relative: string, content: Buffer) => {
    files.push({
      path: relative,
      bytes: content.length,
      gzip: await gzipSize(content),
      sha256: createHash('sha256').update(content).digest('hex'),
    });
    if (!relative.startsWith(`${searchFolders.docs}/`) || !relative.endsWith('.bin')) return;
    // a search shard's heads, from the bytes just read: the pages its records show own it
    const records = await readShard(path.join(outDir, relative), 'heads', content);
    const pages = records.map(({ head }) => unprefixed(head.path.replace(/^\/+/u, '')));
    owners.set(relative, pages);
    owners.set(relative.replace(/\.bin$/u, '.json'), pages);
  };
  await whenWritten(outDir, later, (ready) => readEach(outDir, ready, 16, read));
  return { files, owners };
}

/**
 * The gzip size up to which the whole copy is kept without asking: `offlineAutoLimit`, or the environment's
 * EDITION_OFFLINE_AUTO_LIMIT (bytes), with which a test build of the small real edition behaves as a large one.
 */
export function autoLimit(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.EDITION_OFFLINE_AUTO_LIMIT;
  if (value === undefined || value === '') return offlineAutoLimit;
  if (!/^\d+$/u.test(value)) throw new Error(`EDITION_OFFLINE_AUTO_LIMIT: a number of bytes, not "${value}"`);
  return Number(value);
}

/**
 * Writes the offline copy's manifest (offline.json) and the service worker (sw.js, carrying the build's version)
 * into a built site. Run last in the build, when every page and the whole Pagefind index are written.
 */
export async function writeOfflineFiles(
  outDir: string,
  base: string,
  limit = autoLimit(),
  later: readonly FolderWrittenLater[] = [],
): Promise<OfflineManifest> {
  const { files, owners } = await builtFiles(outDir, later);
  const { manifest, shards } = offlineManifest(files, { owners, limit });
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
  await fs.rm(path.join(outDir, shardFolder), { recursive: true, force: true });
  await fs.mkdir(path.join(outDir, shardFolder));
  for (const [n, shard] of shards.entries()) await fs.writeFile(path.join(outDir, shardFile(n)), JSON.stringify(shard));
  await fs.writeFile(path.join(outDir, 'offline.json'), JSON.stringify(manifest));
  await fs.writeFile(path.join(outDir, 'sw.js'), `const EDITION_BUILD=${buildInfo};\n${code}`);
  return manifest;
}

/**
 * Makes the built site readable and searchable offline: see src/offline/service-worker.ts. `later`: folders another
 * step is still writing (the search's), whose files are listed once each is written.
 */
export function offline(options: { later?: FolderWrittenLater[] } = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'edition:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = localePath(config.base, 'en'); // the site's root, with its trailing slash
      },
      'astro:build:done': async ({ dir, logger }) => {
        const manifest = await writeOfflineFiles(fileURLToPath(dir), base, autoLimit(), options.later);
        const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);
        const { shell, full } = manifest;
        const kept = manifest.auto ? 'kept after a first visit' : 'kept on request';
        logger.info(
          `offline copy: shell ${shell.files} files, ${mb(shell.gzip)} MB gzip; whole copy ${full.files} files, ${mb(full.bytes)} MB (${mb(full.gzip)} MB gzip), ${kept}; version ${manifest.version}`,
        );
      },
    },
  };
}
