// npm run db:migrate | db:reset | db:seed | db:new-migration -- <name>
// The ordinary Prisma commands, offline, on the embedded database (started
// here) or on DATABASE_URL. See docs/decisions/0002-prisma-offline-migrations.md.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ensureServices, prismaBin, run } from "./lib/services.js";

const [command, ...rest] = process.argv.slice(2);
const services = await ensureServices({ search: false });
let code = 0;
try {
  switch (command) {
    case "migrate":
      await run(prismaBin, ["migrate", "deploy"]);
      break;
    case "reset":
      // --force: no prompt; the seed runs afterwards through prisma.config.ts.
      await run(prismaBin, ["migrate", "reset", "--force", "--skip-generate"]);
      break;
    case "seed":
      await run(prismaBin, ["db", "seed"]);
      break;
    case "new": {
      // `prisma migrate dev` cannot run on the WASM engine in 6.19 (its data-loss
      // check needs a shadow database it never asks the adapter for), so the new
      // migration is the diff between the migrations (replayed in a shadow
      // database through the adapter) and schema.prisma.
      const name = (rest[0] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
      if (!name) throw new Error("usage: npm run db:new-migration -- <name>");
      const sql = execFileSync(prismaBin, ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], { encoding: "utf8", env: process.env });
      if (/This is an empty migration/.test(sql)) {
        console.log("schema.prisma and the migrations agree: nothing to write.");
        break;
      }
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      const dir = path.join("prisma/migrations", `${stamp}_${name}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "migration.sql"), sql);
      console.log(`wrote ${dir}/migration.sql — review it, then npm run db:migrate`);
      break;
    }
    default:
      console.error("usage: node scripts/db.js migrate|reset|seed|new <name>");
      code = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await services.stop();
}
process.exit(code);
