// The system programs the tests need beyond npm's packages: where each is looked for, and Debian's package for it
// (`npm run test:tools` installs what is missing).
import fs from 'node:fs';

export interface TestTool {
  name: string;
  /** Paths tried in order (an environment variable, when set, is the only one). */
  paths: string[];
  debianPackage: string;
  why: string;
}

export const testTools: TestTool[] = [
  {
    name: 'chromium',
    paths: process.env.CHROMIUM_PATH
      ? [process.env.CHROMIUM_PATH]
      : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    debianPackage: 'chromium',
    why: 'the browser tests drive it through Playwright; CHROMIUM_PATH names another',
  },
  {
    name: 'pandoc',
    paths: ['/usr/bin/pandoc', '/usr/local/bin/pandoc'],
    debianPackage: 'pandoc',
    why: 'its citeproc, an independent CSL processor, renders the citations in the build tests',
  },
  {
    name: 'biber',
    paths: ['/usr/bin/biber', '/usr/local/bin/biber'],
    debianPackage: 'biber',
    why: "validates the .bib citation files against biblatex's data model in the build tests",
  },
];

/** The path of a test tool on this machine; throws with the command that installs it when there is none. */
export function toolPath(name: string): string {
  const tool = testTools.find((candidate) => candidate.name === name);
  if (!tool) throw new Error(`no test tool is called ${name}`);
  const found = tool.paths.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`${name} not found at ${tool.paths.join(', ')}: run \`npm run test:tools\` first`);
  return found;
}
