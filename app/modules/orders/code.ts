// Order codes: what shoppers type as bank-transfer content, so short, ASCII,
// upper-case, without look-alike characters (no 0/O, 1/I/L), e.g. OCOP7K2F9Q.
import crypto from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // 31 symbols
export const ORDER_CODE_PREFIX = "OCOP";
const LENGTH = 6; // 31^6 ≈ 887 million codes; uniqueness is also enforced by the database

export function newOrderCode(): string {
  const bytes = crypto.randomBytes(LENGTH);
  let code = ORDER_CODE_PREFIX;
  for (const b of bytes) code += ALPHABET[b % ALPHABET.length];
  return code;
}

export const ORDER_CODE_PATTERN = new RegExp(`${ORDER_CODE_PREFIX}[${ALPHABET}]{${LENGTH}}`);

/**
 * Finds an order code in free bank-transfer content, ignoring case, spaces and
 * separators ("MBVCB.3278.ocop-7k2f9q.CT tu 0123…" → "OCOP7K2F9Q").
 */
export function findOrderCode(content: string): string | null {
  const squashed = content.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return ORDER_CODE_PATTERN.exec(squashed)?.[0] ?? null;
}
