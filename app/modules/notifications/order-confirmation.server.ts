// "Payment received" email to the buyer: Vietnamese, or English when the
// buyer chose English; amounts through formatVnd only.
import type { Tx } from "~/lib/db.server";
import { formatVnd } from "~/lib/format";
import { isLocale } from "~/lib/i18n/config";
import { getFixedT } from "~/lib/i18n/i18n";
import { escapeHtml, orderUrl } from "./compose.server";
import { queueEmail, type Email } from "./mailer.server";

export type ConfirmationOrder = {
  id: string;
  code: string;
  subtotal: number;
  shippingTotal: number;
  total: number;
  fullName: string;
  phone: string;
  /** Street line, ward, province. */
  address: string;
  buyer: { email: string; name: string; locale: string };
  sellerOrders: {
    sellerName: string;
    shippingFee: number;
    lines: { title: string; variantLabel: string; quantity: number; lineTotal: number }[];
  }[];
};

/** What the email needs, read in the caller's transaction (or the app's client). */
export async function loadOrderForEmail(db: Tx, orderId: string): Promise<ConfirmationOrder> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true,
      code: true,
      subtotal: true,
      shippingTotal: true,
      total: true,
      fullName: true,
      phone: true,
      addressLine: true,
      wardCode: true,
      provinceCode: true,
      buyer: { select: { email: true, name: true, locale: true } },
      sellerOrders: {
        orderBy: { createdAt: "asc" },
        select: {
          shippingFee: true,
          seller: { select: { name: true } },
          lines: { orderBy: { id: "asc" }, select: { title: true, variantLabel: true, quantity: true, lineTotal: true, sellerName: true } },
        },
      },
    },
  });
  const ward = await db.ward.findUnique({ where: { code: order.wardCode }, select: { name: true, province: { select: { name: true } } } });
  const address = [order.addressLine, ward?.name, ward?.province.name].filter(Boolean).join(", ");
  return {
    id: order.id,
    code: order.code,
    subtotal: order.subtotal,
    shippingTotal: order.shippingTotal,
    total: order.total,
    fullName: order.fullName,
    phone: order.phone,
    address,
    buyer: order.buyer,
    sellerOrders: order.sellerOrders.map((so) => ({
      sellerName: so.lines[0]?.sellerName ?? so.seller.name,
      shippingFee: so.shippingFee,
      lines: so.lines.map(({ sellerName: _s, ...line }) => line),
    })),
  };
}

export function orderConfirmationEmail(order: ConfirmationOrder): Email {
  const locale = isLocale(order.buyer.locale) ? order.buyer.locale : "vi";
  const t = getFixedT(locale, "payments");
  const k = (key: string, values?: Record<string, unknown>) => t(`email.confirmation.${key}`, values) as string;
  const url = orderUrl(order.id);

  const subject = k("subject", { code: order.code });
  const intro = [k("greeting", { name: order.buyer.name }), k("paid", { total: formatVnd(order.total), code: order.code })];
  const sellerBlocks = order.sellerOrders.map((so) => ({
    heading: k("seller", { name: so.sellerName }),
    lines: so.lines.map((l) => k("line", { quantity: l.quantity, title: l.title, variant: l.variantLabel, amount: formatVnd(l.lineTotal) })),
    shipping: k("sellerShipping", { amount: formatVnd(so.shippingFee) }),
  }));
  const totals = [
    k("subtotal", { amount: formatVnd(order.subtotal) }),
    k("shipping", { amount: formatVnd(order.shippingTotal) }),
    k("total", { amount: formatVnd(order.total) }),
  ];
  const deliver = k("deliverTo", { name: order.fullName, phone: order.phone, address: order.address });
  const view = url ? k("view", { url }) : null;
  const closing = [k("thanks"), k("signature")];

  const text = [
    ...intro,
    "",
    ...sellerBlocks.flatMap((b) => [b.heading, ...b.lines.map((l) => `- ${l}`), `  ${b.shipping}`, ""]),
    ...totals,
    "",
    deliver,
    ...(view ? ["", view] : []),
    "",
    ...closing,
  ].join("\n");

  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const html = [
    `<div style="font-family:system-ui,sans-serif;line-height:1.5;color:#1c1917">`,
    ...intro.map(p),
    ...sellerBlocks.map(
      (b) => `<h3 style="margin:16px 0 4px">${escapeHtml(b.heading)}</h3><ul>${b.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>${p(b.shipping)}`,
    ),
    `<p>${totals.map(escapeHtml).join("<br>")}</p>`,
    p(deliver),
    url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(view ?? url)}</a></p>` : "",
    `<p>${closing.map(escapeHtml).join("<br>")}</p>`,
    `</div>`,
  ].join("\n");

  return { to: order.buyer.email, subject, text, html };
}

/** Queues the confirmation email of a paid order in the caller's transaction; returns the message id. */
export async function queueOrderConfirmation(db: Tx, orderId: string): Promise<string> {
  const email = orderConfirmationEmail(await loadOrderForEmail(db, orderId));
  return (await queueEmail(db, email)).id;
}
