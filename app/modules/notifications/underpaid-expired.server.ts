// "Your order expired, part of your money comes back" email: an UNDERPAID order
// ran out of time (orders/expiry.server.ts). In the buyer's language; amounts
// through formatVnd only.
import type { Tx } from "~/lib/db.server";
import { formatVnd } from "~/lib/format";
import { isLocale } from "~/lib/i18n/config";
import { getFixedT } from "~/lib/i18n/i18n";
import { escapeHtml, orderUrl } from "./compose.server";
import { queueEmail, type Email } from "./mailer.server";

export type UnderpaidExpiredOrder = {
  id: string;
  code: string;
  total: number;
  /** What arrived before the order expired, and is owed back. */
  received: number;
  buyer: { email: string; name: string; locale: string };
};

export function underpaidExpiredEmail(order: UnderpaidExpiredOrder): Email {
  const locale = isLocale(order.buyer.locale) ? order.buyer.locale : "vi";
  const t = getFixedT(locale, "payments");
  const k = (key: string, values?: Record<string, unknown>) => t(`email.underpaidExpired.${key}`, values) as string;
  const amount = formatVnd(order.received);
  const url = orderUrl(order.id);
  const paragraphs = [
    k("greeting", { name: order.buyer.name }),
    k("expired", { code: order.code, total: formatVnd(order.total), received: amount }),
    k("refund", { amount }),
    ...(url ? [k("view", { url })] : []),
    k("signature"),
  ];
  return {
    to: order.buyer.email,
    subject: k("subject", { code: order.code, amount }),
    text: paragraphs.join("\n\n"),
    html: `<div style="font-family:system-ui,sans-serif;line-height:1.5;color:#1c1917">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</div>`,
  };
}

/** Queues the email in the caller's transaction (the expiry's); returns the message id. */
export async function queueUnderpaidExpired(db: Tx, order: UnderpaidExpiredOrder): Promise<string> {
  return (await queueEmail(db, underpaidExpiredEmail(order))).id;
}
