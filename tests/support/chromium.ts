// The Chromium the browser tests drive: the system's (`npm run test:tools` installs Debian's package when missing).
import { toolPath } from './tools.ts';

/** The machines have no network beyond loopback: these flags keep Chromium from reaching out. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The path of the Chromium executable ($CHROMIUM_PATH, else the system's); throws with a hint when there is none. */
export function findChromium(): string {
  return toolPath('chromium');
}
