// Brings up what the app needs: external services when their variables are set,
// embedded ones otherwise. Used by `npm start`, `npm run db:*`, the worker and tests.
import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "../../app/lib/embedded/postgres.js";
import { startEmbeddedMeilisearch } from "../../app/lib/embedded/meilisearch.js";
import { persistentSecret } from "../../app/lib/embedded/paths.js";

/**
 * @param {{ search?: boolean, quiet?: boolean }} opts
 * @returns {Promise<{ embeddedDatabase: boolean, embeddedSearch: boolean, stop: () => Promise<void> }>}
 */
export async function ensureServices({ search = true, quiet = false } = {}) {
  const stops = [];
  const embeddedDatabase = !process.env.DATABASE_URL;
  const embeddedSearch = search && !process.env.MEILISEARCH_URL;
  try {
    if (embeddedDatabase) {
      const db = await startEmbeddedPostgres({ quiet });
      process.env.DATABASE_URL = db.url;
      stops.push(db.stop);
      // On the embedded setup the secrets are generated once and kept in .data/, and
      // VietQR uses a demo account (set VIETQR_* for a real one).
      process.env.SESSION_SECRET ??= persistentSecret("session-secret");
      process.env.BANK_WEBHOOK_SECRET ??= persistentSecret("bank-webhook-secret");
      process.env.VIETQR_BANK_BIN ??= "970436";
      process.env.VIETQR_ACCOUNT_NO ??= "1029384756";
      process.env.VIETQR_ACCOUNT_NAME ??= "CONG TY CHO OCOP DEMO";
    } else if (!process.env.SESSION_SECRET) {
      throw new Error("SESSION_SECRET is required when DATABASE_URL is set (at least 16 random characters).");
    }
    if (embeddedSearch) {
      const meili = await startEmbeddedMeilisearch({ quiet });
      process.env.MEILISEARCH_URL = meili.url;
      process.env.MEILISEARCH_KEY = meili.key;
      stops.push(meili.stop);
    }
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    throw error;
  }
  return {
    embeddedDatabase,
    embeddedSearch,
    async stop() {
      for (const stop of stops.reverse()) await stop().catch((e) => console.error(e));
    },
  };
}

/** Run a command with the current environment; resolves on exit 0. */
export function run(cmd, args, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit", env: process.env });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export const prismaBin = "node_modules/.bin/prisma";

export function migrateDeploy({ quiet = false } = {}) {
  return run(prismaBin, ["migrate", "deploy"], { quiet });
}
