// POST /webhooks/stripe — Stripe events, verified with stripe.webhooks.constructEvent on the raw body.
// 404 while card payment is not configured (docs/decisions/0012-payments.md).
import type { ActionFunctionArgs } from "@remix-run/node";
import { BodyTooLarge, handleStripeWebhook, readRawBody } from "~/modules/payments/index.server";

const headers = { "Cache-Control": "no-store" };

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return Response.json({ error: "method_not_allowed" }, { status: 405, headers: { ...headers, Allow: "POST" } });
  let raw: Uint8Array;
  try {
    // Stripe events can be larger than bank notifications.
    raw = await readRawBody(request, 512 * 1024);
  } catch (error) {
    if (error instanceof BodyTooLarge) return Response.json({ error: "too_large" }, { status: 413, headers });
    throw error;
  }
  const { status, body } = await handleStripeWebhook(raw, request.headers.get("Stripe-Signature"));
  return Response.json(body, { status, headers });
}

export function loader() {
  return Response.json({ error: "method_not_allowed" }, { status: 405, headers: { ...headers, Allow: "POST" } });
}
