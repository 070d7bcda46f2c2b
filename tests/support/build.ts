// A real `astro build` of the edition in a child process, into a folder of the caller's: used by the failure
// fixtures, the sub-path test and the benchmarks.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { root } from './edition.ts';

/** The command that builds the site into `outDir` with extra environment: program, arguments, directory, environment. */
export function astroBuildCommand(
  outDir: string,
  env: Record<string, string> = {},
): { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv } {
  return {
    command: process.execPath,
    args: [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
  };
}

/** Builds the site into `outDir` with extra environment (EDITION_DIR, BASE, SITE…); returns the finished process. */
export function astroBuild(outDir: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const { command, args, ...options } = astroBuildCommand(outDir, env);
  return spawnSync(command, args, {
    ...options,
    encoding: 'utf8',
    maxBuffer: 1024 ** 3, // a 1,000-article build logs every route
  });
}
