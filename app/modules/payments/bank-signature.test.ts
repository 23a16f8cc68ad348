import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { signBankPayload, verifyBankSignature } from "./bank-signature.server";

const secret = "bank-feed-secret-0123456789";
const body = JSON.stringify({ id: "FT24331123456", amount: 338000, content: "MBVCB.3278.OCOP7K2F9Q.CT tu 0123 toi 1029384756", accountNumber: "1029384756", transactionAt: "2026-11-26T10:15:00+07:00" });

describe("bank webhook signature", () => {
  it("accepts sha256=<lowercase hex HMAC-SHA256 of the raw body>", () => {
    const expected = "sha256=" + crypto.createHmac("sha256", secret).update(body).digest("hex");
    expect(signBankPayload(body, secret)).toBe(expected);
    expect(verifyBankSignature(body, expected, secret)).toBe(true);
    expect(verifyBankSignature(Buffer.from(body), expected, secret)).toBe(true);
  });

  it("rejects a missing or empty header", () => {
    expect(verifyBankSignature(body, null, secret)).toBe(false);
    expect(verifyBankSignature(body, undefined, secret)).toBe(false);
    expect(verifyBankSignature(body, "", secret)).toBe(false);
    expect(verifyBankSignature(body, "sha256=", secret)).toBe(false);
  });

  it("rejects another secret, a changed body, or a truncated signature", () => {
    const good = signBankPayload(body, secret);
    expect(verifyBankSignature(body, signBankPayload(body, "another-secret-0123456789"), secret)).toBe(false);
    expect(verifyBankSignature(body.replace("338000", "3380000"), good, secret)).toBe(false);
    expect(verifyBankSignature(body + " ", good, secret)).toBe(false);
    expect(verifyBankSignature(body, good.slice(0, -2), secret)).toBe(false);
    expect(verifyBankSignature(body, good + "00", secret)).toBe(false);
  });

  it("rejects the wrong scheme or prefix", () => {
    const hex = signBankPayload(body, secret).slice("sha256=".length);
    expect(verifyBankSignature(body, hex, secret)).toBe(false);
    expect(verifyBankSignature(body, `sha1=${hex}`, secret)).toBe(false);
    expect(verifyBankSignature(body, `sha512=${hex}`, secret)).toBe(false);
    expect(verifyBankSignature(body, `Bearer ${hex}`, secret)).toBe(false);
    expect(verifyBankSignature(body, `sha256:${hex}`, secret)).toBe(false);
    const sha1 = crypto.createHmac("sha1", secret).update(body).digest("hex");
    expect(verifyBankSignature(body, `sha256=${sha1}`, secret)).toBe(false);
  });

  it("rejects non-hex characters of the right length", () => {
    expect(verifyBankSignature(body, `sha256=${"z".repeat(64)}`, secret)).toBe(false);
  });
});
