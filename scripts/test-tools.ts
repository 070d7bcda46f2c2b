// `npm run test:tools`: the system programs the tests use that npm cannot install (tests/support/tools.ts), each
// found on the machine or, as root on a Debian-like machine, installed from Debian's packages (Playwright's own
// browser download cannot work offline). `npm test` runs it first. It says what it finds and does, and where it
// cannot install, stops with what to install.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { testTools } from '../tests/support/tools.ts';

const found = (paths: string[]) => paths.find((candidate) => fs.existsSync(candidate));
const missing = testTools.filter((tool) => !found(tool.paths));
for (const tool of testTools) console.log(`${tool.name}: ${found(tool.paths) ?? `missing (${tool.why})`}`);
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.debianPackage).join(' ');
  if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(
      `Install ${packages} (Debian's package names) or your system's equivalent, then run the tests again.`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian's ${packages} with apt-get…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
    stdio: 'inherit',
  });
  const still = missing.filter((tool) => !found(tool.paths));
  if (still.length > 0) {
    console.error(`Still missing after the install: ${still.map((tool) => tool.name).join(', ')}`);
    process.exit(1);
  }
}
