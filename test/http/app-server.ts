// The HTTP test harness: the BUILT production server (server.js → build/server) in a child
// process, against this test file's own database and Meilisearch index prefix (set by
// test/setup-file.ts), on a free port on 127.0.0.1, with the environment the e2e server sets
// (scripts/e2e-server.js): session secret, bank webhook secret, a fake Stripe, the VietQR demo
// account, generous login/register limits. Requests to it truly cross a process boundary.
//
//   const app = await startAppServer();      // in beforeAll
//   await app.stop();                         // in afterAll
//
// The build must be current: `npm test` builds before the unit step. Run alone, a stale build
// is rebuilt first (RELIABILITY_SKIP_BUILD=1 uses build/ as it is, e.g. while iterating;
// HARNESS_BUILD_DIR=<dir> serves a copy of a build kept elsewhere; HARNESS_OUTPUT_FILE=<file>
// keeps everything the server prints).
import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build, buildIsStale } from "../../scripts/lib/build.js";
import { startFakeStripe } from "../fakes/stripe-server.js";

export const HARNESS_BANK_WEBHOOK_SECRET = "reliability-bank-webhook-secret-0123456789";
export const HARNESS_STRIPE_WEBHOOK_SECRET = "whsec_reliability_0123456789abcdef";

type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>;

export type AppServer = {
  url: string;
  pid: number;
  fakeStripe: FakeStripe;
  /** What the server printed (stdout + stderr), for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
};

export type AppServerOptions = {
  /** Extra or overriding environment for the server process. */
  env?: Record<string, string | undefined>;
  /** Background work (search outbox, order expiry) in the server process; default on, as in production. */
  backgroundWork?: boolean;
  /** How long to wait for the server to listen. */
  startTimeoutMs?: number;
};

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let building: Promise<void> | null = null;
async function ensureBuild() {
  if (process.env.RELIABILITY_SKIP_BUILD === "1" || process.env.HARNESS_BUILD_DIR) return;
  const cwd = process.cwd();
  if (cwd !== root) process.chdir(root);
  try {
    if (!buildIsStale()) return;
    building ??= (async () => {
      console.info("[http-harness] build/ is older than the sources: building (npm test builds before the unit step)…");
      await build({ quiet: true });
    })();
    await building;
  } finally {
    if (process.cwd() !== cwd) process.chdir(cwd);
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the harness runs inside Vitest (test/setup-file.ts sets it).`);
  return value;
}

/**
 * A private copy of server.js and build/ under .data/, so a build someone else starts on this
 * checkout (it empties build/ first) cannot pull the files from under a running server.
 * node_modules still resolves from the checkout (the copy sits inside it).
 */
function snapshotBuild(): string {
  // Copies left behind by runs that died.
  for (const name of fs.existsSync(path.join(root, ".data")) ? fs.readdirSync(path.join(root, ".data")) : []) {
    const pid = Number(/^http-harness-(\d+)-/.exec(name)?.[1]);
    if (pid && !isAlive(pid)) fs.rmSync(path.join(root, ".data", name), { recursive: true, force: true });
  }
  for (let attempt = 1; ; attempt++) {
    const dir = path.join(root, ".data", `http-harness-${process.pid}-${Date.now()}`);
    try {
      fs.mkdirSync(path.join(dir, "app/lib"), { recursive: true });
      fs.copyFileSync(path.join(root, "server.js"), path.join(dir, "server.js"));
      // server.js's own plain-JS helpers (app/lib/*.js).
      fs.cpSync(path.join(root, "app/lib"), path.join(dir, "app/lib"), { recursive: true, filter: (src) => fs.statSync(src).isDirectory() || /\.(m?js)$/.test(src) });
      fs.cpSync(process.env.HARNESS_BUILD_DIR ?? path.join(root, "build"), path.join(dir, "build"), { recursive: true });
      if (fs.existsSync(path.join(dir, "build/server/index.js")) && fs.existsSync(path.join(dir, "build/client"))) return dir;
      throw new Error("build/ is incomplete");
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      if (attempt >= 10) throw new Error(`could not copy build/ (${error instanceof Error ? error.message : error}): is a build running?`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3_000);
    }
  }
}

export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  await ensureBuild();
  const serverDir = snapshotBuild();
  const fakeStripe = await startFakeStripe();
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-harness-uploads-"));

  // The parent's environment minus Vitest's own variables, plus what the e2e server sets.
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "NODE_OPTIONS" && key !== "TEST"));
  const env: Record<string, string> = {
    ...(base as Record<string, string>),
    NODE_ENV: "production",
    DATABASE_URL: required("DATABASE_URL"),
    DATABASE_POOL_SIZE: process.env.HARNESS_DATABASE_POOL_SIZE ?? "20",
    MEILISEARCH_URL: required("MEILISEARCH_URL"),
    MEILISEARCH_KEY: process.env.MEILISEARCH_KEY ?? "",
    MEILISEARCH_INDEX_PREFIX: required("MEILISEARCH_INDEX_PREFIX"),
    // The test process signs session cookies with the same secret (accounts/session.server.ts).
    SESSION_SECRET: required("SESSION_SECRET"),
    LOGIN_MAX_ATTEMPTS_PER_IP: "100000",
    REGISTER_MAX_PER_IP_PER_HOUR: "100000",
    VIETQR_BANK_BIN: "970436",
    VIETQR_ACCOUNT_NO: "1029384756",
    VIETQR_ACCOUNT_NAME: "CONG TY CHO OCOP DEMO",
    BANK_WEBHOOK_SECRET: HARNESS_BANK_WEBHOOK_SECRET,
    STRIPE_WEBHOOK_SECRET: HARNESS_STRIPE_WEBHOOK_SECRET,
    STRIPE_SECRET_KEY: "sk_test_reliability",
    STRIPE_API_BASE: fakeStripe.url,
    UPLOADS_DIR: uploads,
    BACKGROUND_WORK: options.backgroundWork === false ? "off" : "on",
    HARNESS_SERVER_ENTRY: path.join(serverDir, "server.js"),
    // No SMTP: confirmation emails go to the database mailbox, as in tests.
    SMTP_URL: "",
  };
  delete env.APP_URL; // plain http on 127.0.0.1: cookies must not be Secure
  delete env.PORT;
  delete env.HOST;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  let output = "";
  const child: ChildProcess = fork(path.join(root, "test/http/serve.js"), [], { cwd: root, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe", "ipc"], execArgv: [] });
  const logFile = process.env.HARNESS_OUTPUT_FILE;
  const append = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    if (logFile) fs.appendFileSync(logFile, chunk);
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);

  const cleanup = async () => {
    await fakeStripe.close();
    fs.rmSync(uploads, { recursive: true, force: true });
    fs.rmSync(serverDir, { recursive: true, force: true });
  };

  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not listen within ${options.startTimeoutMs ?? 60_000} ms`)), options.startTimeoutMs ?? 60_000);
      child.on("message", (message: { type?: string; url?: string }) => {
        if (message?.type === "listening" && message.url) {
          clearTimeout(timer);
          resolve(message.url);
        }
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server exited before listening (${signal ?? `exit ${code}`})`));
      });
    });
  } catch (error) {
    child.kill("SIGKILL");
    await cleanup();
    throw new Error(`${error instanceof Error ? error.message : error}\n--- server output ---\n${output}`);
  }

  let stopped: Promise<void> | null = null;
  return {
    url,
    pid: child.pid!,
    fakeStripe,
    output: () => output,
    stop: () =>
      (stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
          await exited;
          clearTimeout(timer);
        }
        await cleanup();
      })()),
  };
}
