// Commission and payouts (issue 6): the operator sets the platform commission
// (default and per seller), sees what the platform owes each seller, records
// payouts that debit the seller's ledger, and sees the tax the platform must
// withhold on household-business sellers' sales (app/data/household-tax-rates.ts).
//
// A payout is one transaction: lock the seller row (SELECT … FOR UPDATE), read
// the balance, refuse anything above it, then insert the Payout, its PAYOUT
// ledger entry (negative) and the audit row. Two concurrent payouts for the same
// seller are serialised by the lock, so together they can never exceed the balance.
import { Prisma, type SellerKind, type SellerStatus } from "@prisma/client";
import { HOUSEHOLD_TAX_RATES, MARKETPLACE_TAX_CATEGORY } from "~/data/household-tax-rates";
import { prisma, type Tx } from "~/lib/db.server";
import { recordAudit, type AuditActor } from "~/modules/audit/index.server";
import { sellerBalance } from "~/modules/ledger/index.server";
import {
  COMMISSION_SETTING_KEY,
  getDefaultCommissionBps,
  isCommissionBps,
  lockPlatformSetting,
  MAX_COMMISSION_BPS,
  readPlatformSetting,
  writePlatformSetting,
} from "~/modules/settings/index.server";

// The commission setting lives in the settings module; re-exported for existing callers.
export { COMMISSION_SETTING_KEY, getDefaultCommissionBps, MAX_COMMISSION_BPS } from "~/modules/settings/index.server";
/** Payouts above this are refused as a typo guard (1 000 tỷ đồng fits an int column comfortably below 2^31). */
export const MAX_PAYOUT_AMOUNT = 2_000_000_000;

export type PayoutError = "not_found" | "invalid_amount" | "exceeds_balance" | "invalid_reference" | "invalid_date";

export const PAYOUT_ERROR_MESSAGES: Record<PayoutError, string> = {
  not_found: "Không tìm thấy người bán.",
  invalid_amount: "Số tiền chi trả phải là số nguyên dương (đồng).",
  exceeds_balance: "Số tiền chi trả vượt quá số dư của người bán.",
  invalid_reference: "Cần nhập mã tham chiếu chuyển khoản (tối đa 100 ký tự).",
  invalid_date: "Ngày chi trả không hợp lệ.",
};

export type RecordPayoutInput = { sellerId: string; amount: number; bankReference: string; paidOn: string | Date };

export type RecordPayoutResult =
  | { ok: true; payoutId: string; balanceBefore: number; balanceAfter: number }
  | { ok: false; error: PayoutError; message: string; balance?: number };

function refuse(error: PayoutError, balance?: number): RecordPayoutResult {
  return { ok: false, error, message: PAYOUT_ERROR_MESSAGES[error], balance };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day for a DATE column (midnight UTC of that day), or null. */
function toDay(value: string | Date): Date | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  }
  if (!DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** Records money sent to a seller: debits its ledger, never beyond its balance. */
export async function recordPayout(actor: AuditActor, input: RecordPayoutInput): Promise<RecordPayoutResult> {
  const amount = input.amount;
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_PAYOUT_AMOUNT) return refuse("invalid_amount");
  const bankReference = input.bankReference.trim();
  if (!bankReference || bankReference.length > 100) return refuse("invalid_reference");
  const paidOn = toDay(input.paidOn);
  if (!paidOn) return refuse("invalid_date");

  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM sellers WHERE id = ${input.sellerId} FOR UPDATE`;
    if (locked.length === 0) return refuse("not_found");
    const balance = await sellerBalance(input.sellerId, tx);
    if (amount > balance) return refuse("exceeds_balance", balance);
    const payout = await tx.payout.create({
      data: { sellerId: input.sellerId, amount, bankReference, paidOn, recordedById: actor.id },
    });
    await tx.sellerLedgerEntry.create({
      data: { sellerId: input.sellerId, type: "PAYOUT", amount: -amount, payoutId: payout.id, note: `Chi trả ${bankReference}` },
    });
    const paidOnDay = paidOn.toISOString().slice(0, 10);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "payout.record",
      entityType: "payout",
      entityId: payout.id,
      before: { name: locked[0].name, sellerId: input.sellerId, balance },
      after: { name: locked[0].name, sellerId: input.sellerId, amount, bankReference, paidOn: paidOnDay, balance: balance - amount },
      ipAddress: actor.ipAddress,
    });
    return { ok: true as const, payoutId: payout.id, balanceBefore: balance, balanceAfter: balance - amount };
  });
}

// ─────────────────────────────── commission ───────────────────────────────

export type CommissionResult = { ok: true; changed: boolean } | { ok: false; error: "not_found" | "invalid_rate"; message: string };

const COMMISSION_ERRORS = {
  not_found: "Không tìm thấy người bán.",
  invalid_rate: `Mức hoa hồng phải là số nguyên từ 0 đến ${MAX_COMMISSION_BPS} điểm cơ bản (0–30%).`,
} as const;

/** The rate a seller's new orders carry: its own, else the platform default. */
export async function effectiveCommissionBps(sellerId: string, db: Tx = prisma): Promise<number> {
  const seller = await db.seller.findUnique({ where: { id: sellerId }, select: { commissionRateBps: true } });
  return seller?.commissionRateBps ?? (await getDefaultCommissionBps(db));
}

/** Sets (or with null clears, back to the platform default) a seller's own commission rate. */
export async function setSellerCommission(actor: AuditActor, sellerId: string, bps: number | null): Promise<CommissionResult> {
  if (bps !== null && !isCommissionBps(bps)) return { ok: false, error: "invalid_rate", message: COMMISSION_ERRORS.invalid_rate };
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string; name: string; commission_rate_bps: number | null }[]>`
      SELECT id, name, commission_rate_bps FROM sellers WHERE id = ${sellerId} FOR UPDATE`;
    if (locked.length === 0) return { ok: false as const, error: "not_found" as const, message: COMMISSION_ERRORS.not_found };
    const current = locked[0].commission_rate_bps;
    if (current === bps) return { ok: true as const, changed: false };
    await tx.seller.update({ where: { id: sellerId }, data: { commissionRateBps: bps } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "commission.set",
      entityType: "seller",
      entityId: sellerId,
      before: { name: locked[0].name, commissionRateBps: current },
      after: { name: locked[0].name, commissionRateBps: bps },
      ipAddress: actor.ipAddress,
    });
    return { ok: true as const, changed: true };
  });
}

/** Sets the platform's default commission rate (PlatformSetting "commission_bps"). */
export async function setDefaultCommission(actor: AuditActor, bps: number): Promise<CommissionResult> {
  if (!isCommissionBps(bps)) return { ok: false, error: "invalid_rate", message: COMMISSION_ERRORS.invalid_rate };
  return prisma.$transaction(async (tx) => {
    await lockPlatformSetting(tx, COMMISSION_SETTING_KEY);
    if ((await readPlatformSetting(COMMISSION_SETTING_KEY, tx)) === bps) return { ok: true as const, changed: false };
    const before = await getDefaultCommissionBps(tx);
    await writePlatformSetting(tx, COMMISSION_SETTING_KEY, bps);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "commission.set",
      entityType: "platform_setting",
      entityId: COMMISSION_SETTING_KEY,
      before: { name: "Hoa hồng mặc định", commissionRateBps: before },
      after: { name: "Hoa hồng mặc định", commissionRateBps: bps },
      ipAddress: actor.ipAddress,
    });
    return { ok: true as const, changed: true };
  });
}

// ─────────────────────────────── balances ───────────────────────────────

export type SellerBalanceRow = {
  sellerId: string;
  name: string;
  kind: SellerKind;
  status: SellerStatus;
  /** The seller's own rate, or null for the platform default. */
  commissionRateBps: number | null;
  /** Σ SALE gross (line totals of delivered seller orders). */
  grossSales: number;
  /** Σ SALE commission kept by the platform. */
  commission: number;
  /** Σ payouts (positive). */
  paidOut: number;
  balance: number;
};

type BalanceQueryRow = {
  id: string;
  name: string;
  kind: SellerKind;
  status: SellerStatus;
  commission_rate_bps: number | null;
  gross: bigint;
  commission: bigint;
  paid_out: bigint;
  balance: bigint;
};

/** Every approved or suspended seller's balance, biggest balance first. */
export async function listSellerBalances(): Promise<SellerBalanceRow[]> {
  const rows = await prisma.$queryRaw<BalanceQueryRow[]>`
    SELECT s.id, s.name, s.kind, s.status, s.commission_rate_bps,
           coalesce(sum(e.gross) FILTER (WHERE e.type = 'SALE'), 0)::bigint AS gross,
           coalesce(sum(e.commission) FILTER (WHERE e.type = 'SALE'), 0)::bigint AS commission,
           coalesce(-sum(e.amount) FILTER (WHERE e.type = 'PAYOUT'), 0)::bigint AS paid_out,
           coalesce(sum(e.amount), 0)::bigint AS balance
    FROM sellers s
    LEFT JOIN seller_ledger_entries e ON e.seller_id = s.id
    WHERE s.status IN ('APPROVED', 'SUSPENDED')
    GROUP BY s.id
    ORDER BY balance DESC, s.name ASC`;
  return rows.map((r) => ({
    sellerId: r.id,
    name: r.name,
    kind: r.kind,
    status: r.status,
    commissionRateBps: r.commission_rate_bps,
    grossSales: Number(r.gross),
    commission: Number(r.commission),
    paidOut: Number(r.paid_out),
    balance: Number(r.balance),
  }));
}

// ─────────────────────────────── household tax ───────────────────────────────

export type HouseholdTaxMonth = {
  sellerId: string;
  sellerName: string;
  taxCode: string;
  /** YYYY-MM, Vietnam time, of the delivery (when the SALE was credited; created_at is stored as UTC). */
  month: string;
  gross: number;
  vat: number;
  pit: number;
  total: number;
};

type TaxQueryRow = { seller_id: string; name: string; tax_code: string; month: string; gross: bigint };

/**
 * The tax the platform withholds for household-business sellers, per seller and
 * month: Σ delivered SALE gross × the rates in app/data/household-tax-rates.ts.
 */
export async function householdTaxByMonth(sellerId: string | "all" = "all"): Promise<HouseholdTaxMonth[]> {
  const rate = HOUSEHOLD_TAX_RATES[MARKETPLACE_TAX_CATEGORY];
  const scope = sellerId === "all" ? Prisma.empty : Prisma.sql`AND s.id = ${sellerId}`;
  const rows = await prisma.$queryRaw<TaxQueryRow[]>`
    SELECT s.id AS seller_id, s.name, s.tax_code,
           to_char((e.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
           coalesce(sum(e.gross), 0)::bigint AS gross
    FROM seller_ledger_entries e
    JOIN sellers s ON s.id = e.seller_id
    WHERE e.type = 'SALE' AND s.kind = 'HOUSEHOLD' ${scope}
    GROUP BY s.id, month
    ORDER BY month DESC, s.name ASC`;
  return rows.map((r) => {
    const gross = Number(r.gross);
    const vat = Math.round((gross * rate.vatBps) / 10_000);
    const pit = Math.round((gross * rate.pitBps) / 10_000);
    return { sellerId: r.seller_id, sellerName: r.name, taxCode: r.tax_code, month: r.month, gross, vat, pit, total: vat + pit };
  });
}
