// Payment settings from the environment. Read on use (not frozen at import) so
// tests can switch Stripe on and off; each read is a small zod parse.
// Outside production the VietQR account and the bank-webhook secret have demo
// values, so `npm run dev` works with nothing set; in production they are required
// (docs/decisions/0012-payments.md).
import { z } from "zod";
import { isKnownBankBin } from "~/data/banks";

/** Demo values (development and tests only). The account is not a real one. */
export const DEMO_VIETQR = { bankBin: "970436", accountNo: "1029384756", accountName: "CONG TY CHO OCOP DEMO" } as const;
export const DEMO_BANK_WEBHOOK_SECRET = "dev-bank-webhook-secret-not-for-production";

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const vietQrSchema = z.object({
  bankBin: z.string().regex(/^\d{6}$/, "VIETQR_BANK_BIN must be a 6-digit NAPAS BIN").refine(isKnownBankBin, "VIETQR_BANK_BIN is not in app/data/banks.ts"),
  // EMVCo field 38/01/01 holds at most 19 characters.
  accountNo: z.string().regex(/^[0-9A-Za-z]{4,19}$/, "VIETQR_ACCOUNT_NO must be 4–19 letters or digits"),
  // As banks print holder names: upper-case ASCII.
  accountName: z.string().regex(/^[A-Z0-9 .,&-]{2,50}$/, "VIETQR_ACCOUNT_NAME must be upper-case ASCII without diacritics (≤ 50)"),
});

export type VietQrConfig = z.infer<typeof vietQrSchema>;

function isProduction() {
  return process.env.NODE_ENV === "production";
}

function required(name: string): never {
  throw new Error(`${name} is required in production (docs/decisions/0012-payments.md).`);
}

/** The platform's receiving account for VietQR transfers. */
export function vietQrConfig(): VietQrConfig {
  const raw = {
    bankBin: optional.parse(process.env.VIETQR_BANK_BIN),
    accountNo: optional.parse(process.env.VIETQR_ACCOUNT_NO),
    accountName: optional.parse(process.env.VIETQR_ACCOUNT_NAME),
  };
  if (isProduction()) {
    if (!raw.bankBin) required("VIETQR_BANK_BIN");
    if (!raw.accountNo) required("VIETQR_ACCOUNT_NO");
    if (!raw.accountName) required("VIETQR_ACCOUNT_NAME");
  }
  const parsed = vietQrSchema.safeParse({
    bankBin: raw.bankBin ?? DEMO_VIETQR.bankBin,
    accountNo: raw.accountNo ?? DEMO_VIETQR.accountNo,
    accountName: raw.accountName ?? DEMO_VIETQR.accountName,
  });
  if (!parsed.success) throw new Error(`Invalid VietQR settings: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  return parsed.data;
}

/** The shared secret of the bank-notification feed (HMAC-SHA256 key). */
export function bankWebhookSecret(): string {
  const secret = optional.parse(process.env.BANK_WEBHOOK_SECRET);
  if (!secret) return isProduction() ? required("BANK_WEBHOOK_SECRET") : DEMO_BANK_WEBHOOK_SECRET;
  if (secret.length < 16) throw new Error("BANK_WEBHOOK_SECRET must be at least 16 characters.");
  return secret;
}

export type StripeConfig = {
  secretKey: string;
  webhookSecret: string;
  /** e.g. { protocol: "http", host: "127.0.0.1", port: 12111 } from STRIPE_API_BASE (tests). */
  api: { protocol: "http" | "https"; host: string; port: number } | null;
};

/** Stripe settings, or null when card payment is off (either key missing). */
export function stripeConfig(): StripeConfig | null {
  const secretKey = optional.parse(process.env.STRIPE_SECRET_KEY);
  const webhookSecret = optional.parse(process.env.STRIPE_WEBHOOK_SECRET);
  if (!secretKey || !webhookSecret) return null;
  const base = optional.parse(process.env.STRIPE_API_BASE);
  let api: StripeConfig["api"] = null;
  if (base) {
    const url = new URL(base);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("STRIPE_API_BASE must be an http(s) origin");
    const protocol = url.protocol === "http:" ? "http" : "https";
    api = { protocol, host: url.hostname, port: url.port ? Number(url.port) : protocol === "http" ? 80 : 443 };
  }
  return { secretKey, webhookSecret, api };
}

/**
 * How long an UNDERPAID order (part of the money arrived by bank transfer) keeps
 * its stock for the rest to come, counted from the partial payment: it never
 * shortens the order's own deadline. After it the order expires, its stock is
 * released and what arrived is owed back (orders/expiry.server.ts). Hours, default 24.
 */
export function underpaidGraceMs(): number {
  const raw = optional.parse(process.env.ORDER_UNDERPAID_GRACE_HOURS);
  const hours = z.coerce.number().int().min(1).max(14 * 24).safeParse(raw ?? 24);
  if (!hours.success) throw new Error("ORDER_UNDERPAID_GRACE_HOURS must be a whole number of hours between 1 and 336.");
  return hours.data * 3_600_000;
}

/**
 * How long before an underpaid order's deadline the buyer is reminded of the missing amount
 * (orders/expiry.server.ts), once per deadline. Hours; 0 sends no reminder. Unset: 6, or a
 * quarter of a shorter grace. Set, it must be shorter than the grace period, which starts with a
 * notice of its own.
 */
export function underpaidReminderMs(): number {
  const grace = underpaidGraceMs();
  const raw = optional.parse(process.env.ORDER_UNDERPAID_REMINDER_HOURS);
  if (raw === undefined) return Math.min(6 * 3_600_000, grace / 4);
  const hours = z.coerce.number().int().min(0).max(14 * 24).safeParse(raw);
  if (!hours.success) throw new Error("ORDER_UNDERPAID_REMINDER_HOURS must be a whole number of hours between 0 and 336.");
  const ms = hours.data * 3_600_000;
  if (ms >= grace) throw new Error("ORDER_UNDERPAID_REMINDER_HOURS must be shorter than ORDER_UNDERPAID_GRACE_HOURS (the grace starts with a notice of its own).");
  return ms;
}

/**
 * Checks at start-up what would otherwise fail on the first payment: call from
 * the server entry (throws with a clear message in production when something is missing).
 */
export function assertPaymentConfig(): void {
  vietQrConfig();
  bankWebhookSecret();
  stripeConfig();
  underpaidGraceMs();
  underpaidReminderMs();
}
