import { defineConfig } from '@playwright/test';

// Browser journeys against a running Tandem server. The test script starts `tandem serve` on a
// fresh seeded database and exports TANDEM_BASE_URL; there is deliberately no webServer section.
const baseURL = process.env.TANDEM_BASE_URL ?? 'http://127.0.0.1:18080';
// Spec files side by side (the tests of one file run in order); TANDEM_E2E_WORKERS=1 runs them
// one after another.
const workers = Number(process.env.TANDEM_E2E_WORKERS ?? 1);

export default defineConfig({
  testDir: './e2e',
  workers,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: process.env.TANDEM_E2E_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--disable-dev-shm-usage', '--no-sandbox'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } }],
});
