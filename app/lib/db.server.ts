// The one Prisma client of the process, on the pg driver adapter (no native
// query engine; docs/decisions/0002-prisma-offline-migrations.md).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { env } from "./env.server";

function createClient() {
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { __prisma?: PrismaClient };

// One client across dev-server reloads.
export const prisma: PrismaClient = globalForDb.__prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.__prisma = prisma;

export type Db = typeof prisma;
/** A transaction client, as passed to `prisma.$transaction(async (tx) => …)`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export async function isDatabaseUp(): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
