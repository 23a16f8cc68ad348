// npm run dev: the same services as npm start, with Vite's dev server (HMR) instead of a build.
import { ensureServices, migrateDeploy, run } from "./lib/services.js";
import pg from "pg";

process.env.NODE_ENV = "development";
const services = await ensureServices();
let http;
const stop = async () => {
  await http?.close();
  await services.stop();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

await migrateDeploy({ quiet: true });
if (services.embeddedDatabase || process.env.SEED_DEMO === "true") {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query("SELECT count(*)::int AS n FROM users");
  await client.end();
  if (rows[0].n === 0) await run("node_modules/.bin/tsx", ["prisma/seed.ts"]);
}
const { startHttpServer } = await import("../server.js");
http = await startHttpServer({ dev: true, port: Number(process.env.PORT ?? 3000) });
console.log(`Chợ OCOP (dev) at ${http.url}`);
