import { defineConfig, devices } from '@playwright/test'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// One fresh embedded database per run; workers inherit it through the environment.
process.env.E2E_DATA_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), 'werkvloer-e2e-'))
const cmsPort = Number(process.env.E2E_CMS_PORT ?? 3300)
const sitePort = Number(process.env.E2E_SITE_PORT ?? 4500)
process.env.CMS_URL = `http://127.0.0.1:${cmsPort}`
process.env.SITE_URL = `http://127.0.0.1:${sitePort}`
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525)
process.env.SMTP_SINK_DIR = path.join(process.env.E2E_DATA_DIR, 'smtp-sink')

// Machines without downloadable browsers (like this project's CI) use the distribution's Chromium.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))
const runningAsRoot = process.getuid?.() === 0

export default defineConfig({
  testDir: 'test/e2e',
  // Playwright empties its output folder at start; keep it away from vitest's and the benchmarks' results.
  outputDir: 'test-results/playwright',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: process.env.SITE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
      args: [
        ...(runningAsRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        // This machine's network is closed: background calls to Google only produce errors.
        '--disable-background-networking',
        '--disable-component-update',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `node --import tsx test/e2e/smtp-sink.ts`,
      port: smtpPort,
      reuseExistingServer: false,
      env: { SMTP_SINK_DIR: process.env.SMTP_SINK_DIR, SMTP_SINK_PORT: String(smtpPort) },
    },
    {
    // The same command a user runs, on its own ports and data directory, mailing to the SMTP sink.
    command: `node --import tsx scripts/start.ts`,
    url: `${process.env.SITE_URL}/`,
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR,
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      HOST: '127.0.0.1',
      CMS_PUBLIC_URL: process.env.CMS_URL,
      SITE_PUBLIC_URL: process.env.SITE_URL,
      WORKER_POLL_MS: '500',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_IGNORE_TLS: 'true',
      // The tests post many times from one address; the limiter itself has its own test.
      CONTRIBUTE_RATE_LIMIT: '1000',
      UPLOAD_RATE_LIMIT: '1000',
      ENTRY_RATE_LIMIT: '1000',
      INSIGHTS_RATE_LIMIT: '1000',
    },
    },
  ],
})
