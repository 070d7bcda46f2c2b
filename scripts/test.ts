// `npm test`: runs the three tiers (tests/unit without a build; then the build, tests/build against it and builds of
// its own; then tests/e2e in Chromium) and ends with one line "tests: N passed, N failed" counting all of them.
// Any failure, skip or failed step exits non-zero.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const results = path.resolve('test-results');
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

const counts = { passed: 0, failed: 0, skipped: 0 };
const run = (label: string, command: string, args: string[]) => {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return status === 0;
};
const readJson = (file: string): unknown =>
  fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;

/** Runs one tier of node:test files and adds its counts. */
const nodeTier = (tier: string, isolation: 'process' | 'none') => {
  const report = path.join(results, `${tier}.json`);
  const ok = run(`${tier} tests`, process.execPath, [
    '--test',
    `--test-isolation=${isolation}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./tests/support/count-reporter.ts',
    `--test-reporter-destination=${report}`,
    `tests/${tier}/*.test.ts`,
  ]);
  const tally = readJson(report) as typeof counts | undefined;
  if (tally) for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += tally[key];
  if (!ok && !tally?.failed) counts.failed++;
};

// The browser (and any other system program the tests use) first, so a missing one is said before anything runs.
if (!run('test tools', process.execPath, ['scripts/test-tools.ts'])) {
  console.log('\ntests: 0 passed, 1 failed');
  process.exit(1);
}
// pure tests share one process (a process per file would cost more than the tests); builds get one each
nodeTier('unit', 'none');
const built = run('build', 'npm', ['run', 'build']);
if (!built) counts.failed++;
if (built) nodeTier('build', 'process');

if (built) {
  const browserOk = run('e2e tests', 'playwright', ['test', '-c', 'tests/playwright.config.ts']);
  const report = readJson(path.join(results, 'e2e.json')) as
    { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  if (report) {
    counts.passed += report.stats.expected + report.stats.flaky;
    counts.failed += report.stats.unexpected;
    counts.skipped += report.stats.skipped;
  }
  if (!browserOk && !report?.stats.unexpected) counts.failed++;
}

const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exit(counts.failed || counts.skipped ? 1 : 0);
