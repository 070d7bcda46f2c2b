import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './support/chromium.ts';
import { freePort } from './support/free-port.ts';

// A free port unless TEST_PORT names one: set here, in the runner, so that its workers (which inherit its
// environment and load this file again) agree on it.
process.env.TEST_PORT ??= String(await freePort());
const port = Number(process.env.TEST_PORT);
const base = process.env.BASE ?? '/';

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // CI runs on a loaded 2-core machine: the slowest tests take 20-30 s there, so every test gets several times that
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}${base}`,
    // Each test would otherwise download the whole offline copy; offline.spec.ts allows the worker.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumArgs,
    },
  },
  webServer: {
    // The Node that runs Playwright (the project's own, via npm) also runs the server.
    command: `"${process.execPath}" scripts/serve.ts`,
    cwd: '..',
    url: `http://127.0.0.1:${port}${base}`,
    // the server stops with the runner, even one that is killed
    env: { PORT: String(port), BASE: base, SERVE_WHILE_PID_LIVES: String(process.pid) },
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
