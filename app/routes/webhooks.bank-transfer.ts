// POST /webhooks/bank-transfer — incoming-transfer notifications from the bank feed,
// signed with X-Signature: sha256=<HMAC-SHA256 of the raw body> (docs/decisions/0012-payments.md).
import type { ActionFunctionArgs } from "@remix-run/node";
import { BANK_SIGNATURE_HEADER, BodyTooLarge, handleBankNotification, readRawBody } from "~/modules/payments/index.server";

const headers = { "Cache-Control": "no-store" };

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return Response.json({ error: "method_not_allowed" }, { status: 405, headers: { ...headers, Allow: "POST" } });
  let raw: Uint8Array;
  try {
    raw = await readRawBody(request);
  } catch (error) {
    if (error instanceof BodyTooLarge) return Response.json({ error: "too_large" }, { status: 413, headers });
    throw error;
  }
  const { status, body } = await handleBankNotification(raw, request.headers.get(BANK_SIGNATURE_HEADER));
  return Response.json(body, { status, headers });
}

export function loader() {
  return Response.json({ error: "method_not_allowed" }, { status: 405, headers: { ...headers, Allow: "POST" } });
}
