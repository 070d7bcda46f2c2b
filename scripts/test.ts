// `npm test`: builds the site, runs the unit tests then the browser tests, and ends with one line
// "tests: N passed, N failed" counting both. Any failure, skip or failed step exits non-zero.
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

const built = run('build', 'npm', ['run', 'build']);
if (!built) counts.failed++;

const unitOk = run('unit tests', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./tests/support/count-reporter.ts',
  `--test-reporter-destination=${path.join(results, 'unit.json')}`,
  'tests/unit/*.test.ts',
]);
const unit = readJson(path.join(results, 'unit.json')) as typeof counts | undefined;
if (unit) for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += unit[key];
if (!unitOk && !unit?.failed) counts.failed++;

if (built) {
  const browserOk = run('browser tests', 'playwright', ['test', '-c', 'tests/playwright.config.ts']);
  const report = readJson(path.join(results, 'browser.json')) as
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
