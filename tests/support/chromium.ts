// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then the system one; as root with apt-get
// it installs Debian's package, since Playwright's own browser download cannot work offline.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

/** The machines have no network beyond loopback: these flags keep Chromium from reaching out. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The path of a Chromium executable, installing one when that is possible; exits with a hint otherwise. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
  }
  const found = systemPaths.find((candidate) => fs.existsSync(candidate));
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error('No Chromium found: install one (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian’s chromium package…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  return '/usr/bin/chromium';
}
