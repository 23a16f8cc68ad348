// VietQR: the EMVCo "merchant-presented" payload NAPAS 247 banking apps scan,
// built with `vietnam-qr-pay` (it reproduces the NAPAS specification's example
// byte for byte; vietqr.test.ts checks that and its CRC-16/CCITT-FALSE), and
// drawn as an SVG with `qrcode`.
import QRCode from "qrcode";
import { QRPay } from "vietnam-qr-pay";
import { bankByBin } from "~/data/banks";
import { vietQrConfig } from "./config.server";

export type VietQrInput = {
  bankBin: string;
  accountNo: string;
  /** Integer đồng. */
  amount: number;
  /** Transfer content (field 62/08, "purpose of transaction"): the order code. */
  content: string;
};

/** The payload text (what the QR code encodes). Dynamic QR (01 = "12") since an amount is set. */
export function buildVietQrPayload(input: VietQrInput): string {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw new RangeError(`amount must be a positive integer number of đồng, got ${input.amount}`);
  // EMVCo field 62/08 is ans, at most 25 characters; the order code is ASCII and short.
  if (!/^[\x20-\x7e]{1,25}$/.test(input.content)) throw new RangeError("transfer content must be 1–25 ASCII characters");
  return QRPay.initVietQR({
    bankBin: input.bankBin,
    bankNumber: input.accountNo,
    amount: String(input.amount),
    purpose: input.content,
  }).build();
}

export type VietQr = {
  payload: string;
  /** An <svg> element as text (safe to inline: generated, no user input). */
  qrSvg: string;
  bankBin: string;
  bankName: string;
  accountNo: string;
  accountName: string;
  amount: number;
  content: string;
};

/** Everything the payment page shows for an order: the QR and the same details as text. */
export async function vietQrForOrder(order: { code: string; total: number }): Promise<VietQr> {
  const account = vietQrConfig();
  const payload = buildVietQrPayload({ bankBin: account.bankBin, accountNo: account.accountNo, amount: order.total, content: order.code });
  const qrSvg = await QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return {
    payload,
    qrSvg,
    bankBin: account.bankBin,
    bankName: bankByBin(account.bankBin)?.shortName ?? account.bankBin,
    accountNo: account.accountNo,
    accountName: account.accountName,
    amount: order.total,
    content: order.code,
  };
}
