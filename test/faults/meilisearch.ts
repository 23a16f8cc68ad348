// A Meilisearch of the fault test's own: its own data folder and a fixed port, so it can be
// stopped mid-run and started again on the same data (the app server keeps the URL it was
// given). The binary is the one the app embeds (app/lib/embedded/meilisearch.js).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { meilisearchBinary } from "../../app/lib/embedded/meilisearch.js";

export type OwnMeilisearch = {
  url: string;
  key: string;
  dataDir: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  /** Stop and delete the data folder. */
  destroy: () => Promise<void>;
};

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

export function ownMeilisearch(port: number): OwnMeilisearch {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-faults-meili-"));
  const key = crypto.randomBytes(18).toString("base64url");
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  async function start() {
    if (await healthy(url)) throw new Error(`something already answers on ${url}`);
    let stderr = "";
    const proc = spawn(
      meilisearchBinary(),
      ["--db-path", path.join(dataDir, "data.ms"), "--http-addr", `127.0.0.1:${port}`, "--env", "development", "--no-analytics", "--log-level", "WARN", "--max-indexing-threads", "1"],
      { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, MEILI_MASTER_KEY: key } },
    );
    proc.stderr?.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child = proc;
    const deadline = Date.now() + 60_000;
    while (!(await healthy(url))) {
      if (proc.exitCode !== null) throw new Error(`Meilisearch exited during start-up:\n${stderr}`);
      if (Date.now() > deadline) throw new Error("Meilisearch did not start within 60 s");
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function stop() {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGTERM");
    const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }

  return {
    url,
    key,
    dataDir,
    start,
    stop,
    destroy: async () => {
      await stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
