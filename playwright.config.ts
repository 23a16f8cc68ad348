// End-to-end journeys in Debian's Chromium (never `playwright install`: the
// machines reach no browser download host). scripts/e2e-server.js gives every
// run a fresh database, search index and seeded demo data on port 3100.
// See docs/decisions/0007-tests-and-ci.md.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  // Per port, so two runs on one checkout (E2E_PORT differing) don't wipe each other's output.
  outputDir: port === 3100 ? "test-results" : `test-results-${port}`,
  fullyParallel: true,
  forbidOnly: CI,
  // No retries, here or in CI: a test that passes on its second try is a bug to fix, not to hide.
  retries: 0,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Room for a shared 2-core machine at twice its usual load: a CI run where the host was busy
  // took 547 s instead of 266 s for the same tests, and a 15-second journey (team.spec) ran out
  // of 30. A broken page still fails: what it waits for never comes.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // `npm test` sets PLAYWRIGHT_JSON_OUTPUT_FILE to count the results from a JSON report.
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: port === 3100 ? "playwright-report" : `playwright-report-${port}` }],
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? ([["json"]] as const) : []),
  ],
  use: {
    baseURL,
    headless: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        // No internet here: nothing in the browser may try to phone home.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // devices[] would otherwise point at Playwright's own (absent) browser channel.
        channel: undefined,
      },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.js",
    url: `${baseURL}/healthz`,
    env: { E2E_PORT: String(port) },
    // Fresh data every run; reuse only when asked (E2E_REUSE_SERVER=1 while iterating on a spec).
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    // Start-up may include a build when build/ is stale.
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM, so the script stops PostgreSQL and Meilisearch cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
