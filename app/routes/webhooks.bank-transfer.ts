// POST /webhooks/bank-transfer — incoming-transfer notifications from the bank feed,
// signed with X-Signature: sha256=<HMAC-SHA256 of the raw body> (docs/decisions/0012-payments.md).
// Rate-limited per source address: an overall cap, and 429 once an address has sent too many
// forged signatures (docs/decisions/0021-reliability-suites.md).
import type { ActionFunctionArgs } from "@remix-run/node";
import { clientIp } from "~/modules/accounts/index.server";
import { BANK_SIGNATURE_HEADER, BodyTooLarge, handleBankNotification, readRawBody } from "~/modules/payments/index.server";
import { admitWebhookRequest, recordForgedWebhook, webhookRateLimited } from "~/modules/payments/webhook-rate-limit.server";

const headers = { "Cache-Control": "no-store" };

export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return Response.json({ error: "method_not_allowed" }, { status: 405, headers: { ...headers, Allow: "POST" } });
  const ip = clientIp(context);
  const admitted = await admitWebhookRequest(ip);
  if (!admitted.allowed) return webhookRateLimited(admitted.retryAfterSeconds);
  let raw: Uint8Array;
  try {
    raw = await readRawBody(request);
  } catch (error) {
    if (error instanceof BodyTooLarge) return Response.json({ error: "too_large" }, { status: 413, headers });
    throw error;
  }
  const { status, body } = await handleBankNotification(raw, request.headers.get(BANK_SIGNATURE_HEADER));
  if (status === 401) {
    const forged = await recordForgedWebhook(ip, "bank");
    if (!forged.allowed) return webhookRateLimited(forged.retryAfterSeconds);
  }
  return Response.json(body, { status, headers });
}

export function loader() {
  return Response.json({ error: "method_not_allowed" }, { status: 405, headers: { ...headers, Allow: "POST" } });
}
