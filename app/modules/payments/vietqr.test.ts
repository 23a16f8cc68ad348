// VietQR payload: checked against the NAPAS specification's own example, with a
// CRC-16/CCITT-FALSE computed here independently of the library.
import { afterEach, describe, expect, it } from "vitest";
import { QRPay } from "vietnam-qr-pay";
import { BANKS, bankByBin } from "~/data/banks";
import { DEMO_VIETQR, vietQrConfig } from "./config.server";
import { buildVietQrPayload, vietQrForOrder } from "./vietqr.server";

/** CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final XOR; over the UTF-8 bytes. */
function crc16CcittFalse(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/** The payload minus its CRC value, and the CRC value (field 63, always last, length 04). */
function splitCrc(payload: string) {
  expect(payload.slice(-8, -4)).toBe("6304");
  return { signed: payload.slice(0, -4), crc: payload.slice(-4) };
}

// NAPAS, "Đặc tả kỹ thuật mã QR hiển thị cho dịch vụ chuyển nhanh NAPAS 247" (IBFT v1.5.2), example of
// a dynamic QR to an account: BIN 970403, account 0011012345678, 180.000 ₫, bill number NPS6869,
// purpose "thanh toan don hang".
const NAPAS_EXAMPLE =
  "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("CRC-16/CCITT-FALSE", () => {
  it("our reference implementation gives the algorithm's published check value", () => {
    // The catalogue check value of CRC-16/CCITT-FALSE for "123456789".
    expect(crc16CcittFalse("123456789")).toBe("29B1");
  });

  it("matches the CRC printed in the NAPAS example", () => {
    const { signed, crc } = splitCrc(NAPAS_EXAMPLE);
    expect(crc16CcittFalse(signed)).toBe("2E2E");
    expect(crc).toBe("2E2E");
  });
});

describe("vietnam-qr-pay", () => {
  it("reproduces the NAPAS example byte for byte", () => {
    const qr = QRPay.initVietQR({ bankBin: "970403", bankNumber: "0011012345678", amount: "180000", purpose: "thanh toan don hang" });
    qr.additionalData.billNumber = "NPS6869";
    expect(qr.build()).toBe(NAPAS_EXAMPLE);
  });

  it("its CRC agrees with ours on our own payloads", () => {
    for (const amount of [1, 45_000, 338_000, 12_345_678]) {
      const payload = buildVietQrPayload({ bankBin: "970436", accountNo: "1029384756", amount, content: "OCOP7K2F9Q" });
      const { signed, crc } = splitCrc(payload);
      expect(crc).toBe(crc16CcittFalse(signed));
    }
  });
});

describe("buildVietQrPayload", () => {
  it("encodes bank, account, amount in đồng and the order code as purpose", () => {
    const payload = buildVietQrPayload({ bankBin: "970415", accountNo: "113366668888", amount: 338_000, content: "OCOP7K2F9Q" });
    expect(payload).toBe(
      "00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA53037045406338000" + "5802VN62140810OCOP7K2F9Q6304" + splitCrc(payload).crc,
    );
    const parsed = new QRPay(payload);
    expect(parsed.isValid).toBe(true);
    expect(parsed.initMethod).toBe("12"); // dynamic: an amount is set
    expect(parsed.consumer).toMatchObject({ bankBin: "970415", bankNumber: "113366668888" });
    expect(parsed.amount).toBe("338000");
    expect(parsed.currency).toBe("704");
    expect(parsed.additionalData.purpose).toBe("OCOP7K2F9Q");
  });

  it("refuses what a bank app would not accept", () => {
    const base = { bankBin: "970436", accountNo: "1029384756", content: "OCOP7K2F9Q" };
    expect(() => buildVietQrPayload({ ...base, amount: 1000.5 })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ ...base, amount: 0 })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ ...base, amount: 1000, content: "Đơn hàng" })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ ...base, amount: 1000, content: "X".repeat(26) })).toThrow(RangeError);
  });
});

describe("vietQrForOrder", () => {
  it("gives the QR (payload, SVG) and the same details as text, with demo values outside production", async () => {
    delete process.env.VIETQR_BANK_BIN;
    delete process.env.VIETQR_ACCOUNT_NO;
    delete process.env.VIETQR_ACCOUNT_NAME;
    const qr = await vietQrForOrder({ code: "OCOP7K2F9Q", total: 338_000 });
    expect(qr).toMatchObject({
      bankBin: DEMO_VIETQR.bankBin,
      bankName: "Vietcombank",
      accountNo: DEMO_VIETQR.accountNo,
      accountName: DEMO_VIETQR.accountName,
      amount: 338_000,
      content: "OCOP7K2F9Q",
    });
    expect(qr.payload).toContain("0810OCOP7K2F9Q");
    expect(qr.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it("uses the configured account", async () => {
    process.env.VIETQR_BANK_BIN = "970405";
    process.env.VIETQR_ACCOUNT_NO = "7300205123456";
    process.env.VIETQR_ACCOUNT_NAME = "HTX CHO OCOP";
    const qr = await vietQrForOrder({ code: "OCOPABCDEF", total: 90_000 });
    expect(qr).toMatchObject({ bankBin: "970405", bankName: "Agribank", accountNo: "7300205123456", accountName: "HTX CHO OCOP" });
    expect(new QRPay(qr.payload).consumer).toMatchObject({ bankBin: "970405", bankNumber: "7300205123456" });
  });
});

describe("VietQR settings", () => {
  it("are required in production and checked", () => {
    process.env.NODE_ENV = "production";
    delete process.env.VIETQR_BANK_BIN;
    expect(() => vietQrConfig()).toThrow(/VIETQR_BANK_BIN is required/);
    process.env.VIETQR_BANK_BIN = "123456";
    process.env.VIETQR_ACCOUNT_NO = "1029384756";
    process.env.VIETQR_ACCOUNT_NAME = "CONG TY CHO OCOP";
    expect(() => vietQrConfig()).toThrow(/not in app\/data\/banks.ts/);
    process.env.VIETQR_BANK_BIN = "970436";
    process.env.VIETQR_ACCOUNT_NAME = "Công ty Chợ OCOP";
    expect(() => vietQrConfig()).toThrow(/upper-case ASCII/);
    process.env.VIETQR_ACCOUNT_NAME = "CONG TY CHO OCOP";
    expect(vietQrConfig()).toEqual({ bankBin: "970436", accountNo: "1029384756", accountName: "CONG TY CHO OCOP" });
  });
});

describe("the NAPAS bank list", () => {
  it("has the major banks with their BINs, each once", () => {
    const expected: Record<string, string> = {
      "970436": "Vietcombank",
      "970415": "VietinBank",
      "970418": "BIDV",
      "970405": "Agribank",
      "970407": "Techcombank",
      "970422": "MB",
      "970416": "ACB",
      "970432": "VPBank",
      "970403": "Sacombank",
      "970423": "TPBank",
    };
    for (const [bin, name] of Object.entries(expected)) expect(bankByBin(bin)?.shortName).toBe(name);
    expect(new Set(BANKS.map((b) => b.bin)).size).toBe(BANKS.length);
    expect(BANKS.every((b) => /^\d{6}$/.test(b.bin))).toBe(true);
  });
});
