// Finds a command-line tool the build tests check the edition with (pandoc, biber), as tests/support/chromium.ts
// finds Chromium: on the PATH, else, as root with apt-get, Debian's package is installed first.
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';

const onPath = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** The command, installing Debian's `debianPackage` when it is missing and that is possible; throws otherwise. */
export function debianTool(command: string, debianPackage = command): string {
  if (onPath(command)) return command;
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) throw new Error(`No ${command}: install it (e.g. \`sudo apt-get install ${debianPackage}\`).`);
  console.log(`No ${command} found: installing Debian’s ${debianPackage} package…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackage}`, {
    stdio: 'inherit',
  });
  return command;
}
