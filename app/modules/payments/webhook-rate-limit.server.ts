// Rate limits for the payment webhooks, kept in PostgreSQL (the accounts module's
// sliding-window limiter), so they hold across every web process
// (docs/decisions/0021-reliability-suites.md).
//
// Two rules, both per source address (Express's req.ip, see TRUST_PROXY):
// - forged: requests whose signature does not verify. A forger gets 401 up to the
//   limit, then 429. A correctly signed request is never refused by this rule, even
//   from an address that also sent forgeries: the signature proves the sender.
// - overall: every webhook request, signed or not, a generous cap that only a flood
//   reaches. Checked before the body is read.
// Limits are read from the environment on each call (tests change them per server).
// Both use the limiter's one-statement form without the advisory lock: a burst from one address
// (a bank feed catching up, or a flood) must not queue every request behind one lock and drain
// the connection pool; the price is that a burst may overshoot a limit by what is in flight.
import { type RateLimitResult, type RateLimitRule } from "~/modules/accounts/index.server";
import { hitApproximate } from "~/modules/accounts/rate-limit.server";

export const WEBHOOK_FORGED_SCOPE = "webhook:forged:ip";
export const WEBHOOK_REQUEST_SCOPE = "webhook:ip";

const DEFAULTS = {
  /** Failed signatures per address per window before 429. */
  WEBHOOK_MAX_FORGED_PER_IP: 20,
  WEBHOOK_FORGED_WINDOW_MINUTES: 15,
  /** All webhook requests per address per minute (a bank feed sends a few a second; Stripe spreads retries over days). */
  WEBHOOK_MAX_REQUESTS_PER_IP_PER_MINUTE: 3000,
} as const;

function setting(name: keyof typeof DEFAULTS): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULTS[name];
}

export function webhookForgedRule(): RateLimitRule {
  return { scope: WEBHOOK_FORGED_SCOPE, limit: setting("WEBHOOK_MAX_FORGED_PER_IP"), windowMs: setting("WEBHOOK_FORGED_WINDOW_MINUTES") * 60_000 };
}

export function webhookRequestRule(): RateLimitRule {
  return { scope: WEBHOOK_REQUEST_SCOPE, limit: setting("WEBHOOK_MAX_REQUESTS_PER_IP_PER_MINUTE"), windowMs: 60_000 };
}

/** Counts one webhook request from `ip` against the overall cap. */
export function admitWebhookRequest(ip: string): Promise<RateLimitResult> {
  return hitApproximate(webhookRequestRule(), ip);
}

/** Counts one failed signature from `ip`; not allowed → answer 429 instead of 401. */
export function recordForgedWebhook(ip: string, provider: "bank" | "stripe"): Promise<RateLimitResult> {
  return hitApproximate(webhookForgedRule(), ip, provider);
}

/** The 429 both webhook routes answer. */
export function webhookRateLimited(retryAfterSeconds: number): Response {
  return Response.json(
    { error: "rate_limited" },
    { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) } },
  );
}
