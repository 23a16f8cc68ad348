// Before every test file: a fresh database copied from the migrated template
// (fast: CREATE DATABASE … TEMPLATE), and the environment the app's modules read.
import pg from "pg";
import { inject } from "vitest";

const serverUrl = inject("pgServerUrl");
const template = inject("pgTemplate");
const worker = process.env.VITEST_POOL_ID ?? "0";
const database = `ocop_test_${inject("runId")}_w${worker}`;

function withDatabase(url: string, db: string) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
await admin.end();

process.env.NODE_ENV = "test";
process.env.DATABASE_URL = withDatabase(serverUrl, database);
process.env.DATABASE_POOL_SIZE ??= "20";
process.env.SESSION_SECRET = "test-session-secret-0123456789abcdef";
process.env.MEILISEARCH_URL = inject("meiliUrl");
process.env.MEILISEARCH_KEY = inject("meiliKey");
// Each worker's search index names get their own prefix (see the search module).
process.env.MEILISEARCH_INDEX_PREFIX = `test_w${worker}_`;
