// The bench's own packages (the Starlight anchor, Lighthouse) have lock files of their own, apart from the edition's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Installs a package of the bench's own (its lock file, not the edition's) when `probe` is not in its node_modules. */
export function installBenchPackage(dir: string, probe: string): void {
  if (fs.existsSync(path.join(dir, 'node_modules', probe))) return;
  console.log(`[bench] installing ${path.relative(root, dir)}'s own dependencies (npm install there)`);
  // npm's own scripts run on the first node of PATH: this one, the project's
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, env, stdio: 'inherit' });
  if (npm.status !== 0) throw new Error(`npm install in ${path.relative(root, dir)} failed`);
}
