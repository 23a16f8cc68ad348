// npm run worker: a dedicated background-work process (search outbox, …) against
// the same services as the web processes. Safe to run several.
import path from "node:path";
import url from "node:url";
import fs from "node:fs";
import { ensureServices } from "./lib/services.js";

const services = await ensureServices();
const buildPath = path.resolve("build/server/index.js");
if (!fs.existsSync(buildPath)) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}
const build = await import(url.pathToFileURL(buildPath).href);
const stop = build.entry.module.startBackgroundWork();
console.log("[worker] running; Ctrl+C to stop");
const shutdown = async () => {
  await stop();
  await services.stop();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
