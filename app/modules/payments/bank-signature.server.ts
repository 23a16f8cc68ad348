// Authenticity of the bank-notification feed: `X-Signature: sha256=<hex>`, the
// lowercase hex HMAC-SHA256 of the exact raw body with BANK_WEBHOOK_SECRET.
// Compared in constant time; anything else (missing, other scheme, wrong length) fails.
import crypto from "node:crypto";

export const BANK_SIGNATURE_HEADER = "X-Signature";
const PREFIX = "sha256=";

export function signBankPayload(rawBody: string | Uint8Array, secret: string): string {
  return PREFIX + crypto.createHmac("sha256", secret).update(rawBody).digest("hex");
}

export function verifyBankSignature(rawBody: string | Uint8Array, header: string | null | undefined, secret: string): boolean {
  if (!header || !header.startsWith(PREFIX)) return false;
  const hex = header.slice(PREFIX.length).trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) return false;
  const expected = crypto.createHmac("sha256", secret).update(rawBody).digest();
  return crypto.timingSafeEqual(Buffer.from(hex, "hex"), expected);
}
