// The content check a build runs, in this process: what `astro build` would stop on, without the cost of a build.
// tests/build/content-check-parity.test.ts shows real builds stopping with exactly these problems.
import fs from 'node:fs';
import { filesIn } from '../../src/check/edition-files.ts';
import { checkArticleBody, checkEdition, preCheck } from '../../src/check/engine.ts';
import type { Problem } from '../../src/check/problem.ts';

const isDraft = (file: string) => /^draft: true$/mu.test(fs.readFileSync(file, 'utf8'));

/**
 * The problems a build of the edition in `dir` reports, found as the build finds them: its pre-check, and failing
 * that, the body check each article's compile runs, which on a problem reports the whole check. `env` is set for the
 * call (EDITION_I18N_DIR, say).
 */
export function buildProblems(dir: string, env: Record<string, string> = {}): Problem[] {
  const settings = { EDITION_DIR: dir, ...env };
  const before = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  try {
    const quick = preCheck('build');
    if (quick.length) return quick;
    // a compile fails on any body problem of a published article (drafts are never compiled)
    const compileFails = filesIn('articles', '.mdx').some((file) =>
      checkArticleBody(file).some((problem) => !(problem.pending && isDraft(file))),
    );
    return compileFails ? checkEdition() : [];
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}
