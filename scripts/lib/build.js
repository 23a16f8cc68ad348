// Is build/ older than the sources it was built from? Used by `npm start`,
// `npm test` and the e2e server, so a build happens only when something changed.
import fs from "node:fs";
import path from "node:path";
import { run } from "./services.js";

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

/** `remix vite:build` when stale; resolves to true when it built. */
export async function buildIfStale({ quiet = true } = {}) {
  if (!buildIsStale()) return false;
  await run("node_modules/.bin/remix", ["vite:build"], { quiet });
  return true;
}
