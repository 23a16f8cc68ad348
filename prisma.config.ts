// Prisma CLI configuration. Only the CLI loads this file (the app builds its own
// client in app/lib/db.server.ts). It makes every CLI command run offline on
// Prisma 6.19 through the JS driver adapter and the WASM schema engine shipped
// inside `prisma`; see docs/decisions/0002-prisma-offline-migrations.md.
import { defineConfig } from "prisma/config";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

process.env.CHECKPOINT_DISABLE ??= "1";

// `prisma generate` needs no database, but when env("DATABASE_URL") cannot be
// resolved the CLI falls back to downloading a native query engine (fails
// offline, e.g. in `npm ci`'s postinstall on a fresh clone). A placeholder URL
// keeps it on the WASM path; nothing connects to it.
if (!process.env.DATABASE_URL && process.argv.includes("generate")) {
  process.env.DATABASE_URL = "postgresql://placeholder@127.0.0.1:5432/generate-only";
}

// Fix 3: the WASM engine and the adapter arm long timers (idle/connect
// timeouts) that keep the CLI alive 10–60 s after it finished. Timers that long
// never decide anything a CLI run waits for, so let them not hold the process.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
  const timer = originalSetTimeout(fn, ms, ...rest);
  if ((ms ?? 0) >= 5_000) timer.unref?.();
  return timer;
}) as typeof setTimeout;

// Fix 1: the schema engine introspects pg_catalog, whose `name` (OID 19) and
// `"char"` (OID 18) columns the adapter cannot map ("Column type 'name' could
// not be deserialized"). `name` is text on the wire, so report it as text;
// `"char"` (e.g. pg_constraint.contype) must reach the engine as a Character
// column or it panics reading CHECK constraints, so its positions are noted
// (keyed by the rows array, which the adapter passes through) and fixed up in
// queryRaw below.
const TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
const charColumnsByRows = new WeakMap<object, number[]>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function noteCatalogColumns(res: any) {
  const charColumns: number[] = [];
  (res?.fields ?? []).forEach((field: { dataTypeID: number }, i: number) => {
    if (field.dataTypeID === 19) field.dataTypeID = TEXT_OID;
    if (field.dataTypeID === 18) {
      field.dataTypeID = TEXT_OID;
      charColumns.push(i);
    }
  });
  if (charColumns.length && res.rows) charColumnsByRows.set(res.rows, charColumns);
  return res;
}
class CatalogAwareClient extends pg.Client {
  // pg.Pool#query calls this with a callback; the adapter's transactions with a promise.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      args[args.length - 1] = (err: unknown, res: any) => last(err, err ? res : noteCatalogColumns(res));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return result && typeof result.then === "function" ? result.then(noteCatalogColumns) : result;
  }
}

function connectionConfig(): pg.PoolConfig {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the CLI through `npm run db:*` (it starts the embedded database) or set it.");
  const u = new URL(url);
  // Fix 2a: a host/user/database object, never a connectionString, so the
  // shadow database below really is another database.
  return {
    host: decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.slice(1) || "postgres"),
    Client: CatalogAwareClient,
    max: 4,
    // Fix 3 (cont.): idle pooled connections close quickly and never hold the process.
    idleTimeoutMillis: 200,
    allowExitOnIdle: true,
  } as pg.PoolConfig;
}

async function adminQuery(config: pg.PoolConfig, sql: string) {
  const client = new pg.Client({ ...config, database: "postgres" } as pg.ClientConfig);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// Fix 4 (and the other half of fix 1): the adapter's executeScript splits a migration on every ";", which
// breaks function bodies ($$ … ; … $$). PostgreSQL's simple query protocol
// runs a whole multi-statement script in one implicit transaction, so send it whole.
type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
function wholeScripts(adapter: PgAdapter): PgAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      // Let the adapter translate the error into the shape the engine expects.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (adapter as any).onError(error);
    }
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[i] = CHARACTER_COLUMN as never;
    return result;
  };
  return adapter;
}

function adapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const config = connectionConfig();
  const main = new PrismaPg(config);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => wholeScripts(await main.connect()),
    // Fix 2b: create and drop the shadow database ourselves, dropping it only
    // after its pool has closed (the stock adapter drops it while connected).
    async connectToShadowDb() {
      const database = `prisma_shadow_${process.pid}_${Date.now()}`;
      await adminQuery(config, `CREATE DATABASE "${database}"`);
      const adapter = wholeScripts(await new PrismaPg({ ...config, database }).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await adminQuery(config, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      };
      return adapter;
    },
  };
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => adapterFactory(),
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
});
