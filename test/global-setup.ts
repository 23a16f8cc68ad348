// Once per `vitest run`: a PostgreSQL server (DATABASE_URL's when set, else an
// embedded one under .data/test-postgres), a template database migrated with the
// real migrations, and a Meilisearch (MEILISEARCH_URL's, else embedded).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../app/lib/embedded/postgres.js";
import { startEmbeddedMeilisearch } from "../app/lib/embedded/meilisearch.js";
import { root } from "../app/lib/embedded/paths.js";

function migrationsHash() {
  const dir = "prisma/migrations";
  const hash = crypto.createHash("sha256");
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name, "migration.sql");
    if (fs.existsSync(file)) hash.update(name).update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 12);
}

function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const stops: (() => Promise<void>)[] = [];
  let serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await startEmbeddedPostgres({ quiet: true, dataDir: path.join(root, "test-postgres"), database: "postgres" });
    serverUrl = db.url;
    stops.push(db.stop);
  }
  const template = `ocop_test_template_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    if (exists.rowCount === 0) {
      // Build under a temporary name and rename, so a half-migrated template is never used.
      const building = `${template}_building_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
        env: { ...process.env, DATABASE_URL: withDatabase(serverUrl, building) },
        stdio: ["ignore", "ignore", "inherit"],
      });
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
    // Old templates (earlier migrations) are dropped.
    const stale = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'ocop_test_template_%' AND datname <> $1 AND datname NOT LIKE '%_building_%'", [template]);
    for (const row of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }

  let meiliUrl = process.env.TEST_MEILISEARCH_URL ?? process.env.MEILISEARCH_URL;
  let meiliKey = process.env.TEST_MEILISEARCH_KEY ?? process.env.MEILISEARCH_KEY ?? "";
  if (!meiliUrl) {
    // One Meilisearch per run (its own folder), so a second run on this checkout never stops ours.
    const dataDir = path.join(root, `test-meilisearch-${process.pid}`);
    const meili = await startEmbeddedMeilisearch({ quiet: true, dataDir });
    meiliUrl = meili.url;
    meiliKey = meili.key;
    stops.push(async () => {
      await meili.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
  }

  // Databases of this run are named after it, so two runs on one server never drop each other's.
  const runId = `${process.pid}`;
  project.provide("runId", runId);
  project.provide("pgServerUrl", serverUrl);
  project.provide("pgTemplate", template);
  project.provide("meiliUrl", meiliUrl);
  project.provide("meiliKey", meiliKey);

  return async () => {
    const cleanup = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
    await cleanup.connect();
    try {
      const mine = await cleanup.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`ocop_test_${runId}_w%`]);
      for (const row of mine.rows) await cleanup.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    } finally {
      await cleanup.end();
    }
    for (const stop of stops.reverse()) await stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
    pgServerUrl: string;
    pgTemplate: string;
    meiliUrl: string;
    meiliKey: string;
  }
}
