// The emails of an underpaid order (docs/decisions/0023-underpaid-orders.md), in the
// buyer's language, amounts through formatVnd only:
// - "we received part of it: send the rest before <deadline>" when a partial transfer arrives
//   (payments/confirm.server.ts);
// - the same, as a reminder, a few hours before that deadline (orders/expiry.server.ts);
// - "your order expired, what you sent comes back" when the grace ran out (orders/expiry.server.ts).
import type { Tx } from "~/lib/db.server";
import { formatDateTime, formatVnd } from "~/lib/format";
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

export type UnderpaidNoticeOrder = UnderpaidExpiredOrder & { missing: number; deadline: Date };

function payUrl(orderId: string): string | null {
  const order = orderUrl(orderId);
  return order ? `${order}/pay` : null;
}

/** The notice when part of the money arrives, or (`reminder`) the reminder shortly before the deadline. */
export function underpaidNoticeEmail(order: UnderpaidNoticeOrder, { reminder = false }: { reminder?: boolean } = {}): Email {
  const locale = isLocale(order.buyer.locale) ? order.buyer.locale : "vi";
  const t = getFixedT(locale, "payments");
  const group = reminder ? "underpaidReminder" : "underpaid";
  const k = (key: string, values?: Record<string, unknown>) => t(`email.${group}.${key}`, values) as string;
  const url = payUrl(order.id);
  const deadline = formatDateTime(order.deadline);
  const paragraphs = [
    k("greeting", { name: order.buyer.name }),
    k("received", { code: order.code, total: formatVnd(order.total), received: formatVnd(order.received), missing: formatVnd(order.missing) }),
    k("deadline", { missing: formatVnd(order.missing), code: order.code, deadline }),
    ...(url ? [k("pay", { url })] : []),
    k("signature"),
  ];
  return {
    to: order.buyer.email,
    subject: k("subject", { code: order.code, missing: formatVnd(order.missing), deadline }),
    text: paragraphs.join("\n\n"),
    html: `<div style="font-family:system-ui,sans-serif;line-height:1.5;color:#1c1917">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</div>`,
  };
}

/** Queues the notice in the caller's transaction (the payment's); returns the message id. */
export async function queueUnderpaidNotice(db: Tx, order: UnderpaidNoticeOrder): Promise<string> {
  return (await queueEmail(db, underpaidNoticeEmail(order))).id;
}

/** Queues the reminder in the caller's transaction (the one that marks the order reminded); returns the message id. */
export async function queueUnderpaidReminder(db: Tx, order: UnderpaidNoticeOrder): Promise<string> {
  return (await queueEmail(db, underpaidNoticeEmail(order, { reminder: true }))).id;
}
