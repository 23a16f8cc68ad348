// npm start: services (embedded unless configured) → migrations → demo seed
// (embedded database, or SEED_DEMO=true, and only when empty) → build if needed → serve.
import pg from "pg";
import { ensureServices, migrateDeploy, run } from "./lib/services.js";
import { buildIsStale } from "./lib/build.js";

const t0 = Date.now();
process.env.NODE_ENV ??= "production";
const services = await ensureServices();
let http;
let stopping = false;

async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  try {
    await http?.close();
  } finally {
    await services.stop();
    process.exit(0);
  }
}
process.once("SIGINT", () => shutdown("SIGINT"));
process.once("SIGTERM", () => shutdown("SIGTERM"));

async function databaseIsEmpty() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM sellers) AS n");
    return Number(rows[0].n) === 0;
  } finally {
    await client.end();
  }
}

try {
  await migrateDeploy({ quiet: true });
  console.log("[db] migrations applied");
  const seedWanted = services.embeddedDatabase || process.env.SEED_DEMO === "true";
  if (seedWanted && (await databaseIsEmpty())) {
    console.log("[db] empty database: seeding demo data…");
    await run("node_modules/.bin/tsx", ["prisma/seed.ts"]);
  }
  if (buildIsStale()) {
    console.log("[build] building the app…");
    await run("node_modules/.bin/remix", ["vite:build"], { quiet: true });
  }
  const { startHttpServer } = await import("../server.js");
  http = await startHttpServer();
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`
Chợ OCOP is running at ${http.url}  (ready in ${secs} s)
  Health:   ${http.url}/healthz
  Demo accounts (password ocop-demo-2026):
    admin@example.com     operator console  /admin
    seller@example.com    seller portal     /seller
    shopper@example.com   shopper
  Stop with Ctrl+C.
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await services.stop();
  process.exit(1);
}
