// Where the embedded services keep their data. Plain JS so scripts/ can use it before the app is built.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import crypto from "node:crypto";

export const root = path.resolve(process.env.OCOP_DATA_DIR ?? path.join(process.cwd(), ".data"));

export function ensureDataDir() {
  fs.mkdirSync(root, { recursive: true, mode: 0o755 });
  return root;
}

/** A free TCP port on 127.0.0.1, preferring `preferred` when it is free. */
export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.unref();
      srv.once("error", () => resolve(null));
      srv.listen({ port, host: "127.0.0.1" }, () => {
        const { port: got } = srv.address();
        srv.close(() => resolve(got));
      });
    });
  if (preferred) {
    const got = await tryPort(preferred);
    if (got) return got;
  }
  return tryPort(0);
}

/** A secret generated once and kept in .data/<name> (mode 600). */
export function persistentSecret(name, bytes = 32) {
  ensureDataDir();
  const file = path.join(root, name);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(bytes).toString("base64url");
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(check, { timeoutMs = 30_000, intervalMs = 100, what = "condition" } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
