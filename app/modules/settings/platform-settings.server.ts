// PlatformSetting rows: values the operator sets in the console that override a
// default from the environment (key → JSON value). Only this module reads or
// writes the table; callers get typed getters. Writes run inside the caller's
// transaction, which records the audit row.
import type { Prisma } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { checkoutConfig } from "~/modules/checkout/config.server";

/** The platform's default commission, in basis points (500 = 5%). */
export const COMMISSION_SETTING_KEY = "commission_bps";
/** The highest commission an operator may set (30%). */
export const MAX_COMMISSION_BPS = 3000;

/** A whole number of basis points from 0 to MAX_COMMISSION_BPS. */
export function isCommissionBps(bps: unknown): bps is number {
  return typeof bps === "number" && Number.isInteger(bps) && bps >= 0 && bps <= MAX_COMMISSION_BPS;
}

/** A setting's stored value, or null when the operator never set it. */
export async function readPlatformSetting(key: string, db: Tx = prisma): Promise<Prisma.JsonValue | null> {
  const setting = await db.platformSetting.findUnique({ where: { key }, select: { value: true } });
  return setting ? setting.value : null;
}

/** Serialises concurrent changes to one setting until the transaction ends (the row may not exist yet). */
export async function lockPlatformSetting(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

export async function writePlatformSetting(tx: Tx, key: string, value: Prisma.InputJsonValue): Promise<void> {
  await tx.platformSetting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

/** The platform's default commission (bps): the admin's setting, else PLATFORM_COMMISSION_BPS. */
export async function getDefaultCommissionBps(db: Tx = prisma): Promise<number> {
  const value = await readPlatformSetting(COMMISSION_SETTING_KEY, db);
  return isCommissionBps(value) ? value : checkoutConfig.PLATFORM_COMMISSION_BPS;
}
