// A seller fulfils its part of an order (its SellerOrder):
//   PAID → CONFIRMED (confirm) → SHIPPED (carrier + tracking number) → DELIVERED
//   PAID | CONFIRMED → CANCELLED (with a reason; before shipping only).
//
// Every transition is ONE conditional update (`WHERE id AND seller_id AND
// status = expected`), so two clicks, two tabs or a racing buyer cancel cannot
// both win; the loser is told "not_allowed". Every query carries the seller in
// its WHERE: another seller's order is "not_found" (a 404). Each transition
// writes an OrderEvent (status machine value, actor) the buyer sees on the
// order's timeline. Delivery credits the seller's ledger in the same
// transaction (once: unique seller_order_id). A seller cancelling a paid part
// restocks its lines (with movements), writes a Refund DUE for that part
// (subtotal + shipping fee) and, for a card payment, refunds it through Stripe
// after the commit — mirroring the buyer's cancel (cancel.server.ts).
import type { OrderStatus, Prisma, SellerOrderStatus } from "@prisma/client";
import { z } from "zod";
import { prisma, type Tx } from "~/lib/db.server";
import { restockCancelled } from "~/modules/inventory/index.server";
import { creditDeliveredSellerOrder, type SaleCredit } from "~/modules/ledger/index.server";
import { deliverEmail, queueEmail } from "~/modules/notifications/index.server";
import { formatVnd } from "~/lib/format";
import { refundCardPayment } from "~/modules/payments/index.server";
import { enqueueProducts } from "~/modules/search/index.server";
import { orderStatusValue, type OrderStatusValue } from "./status";

/** Carriers offered in the ship form (value = what is stored). */
export const CARRIERS = ["GHN", "GHTK", "Viettel Post", "VNPost", "J&T Express", "Ninja Van", "SPX Express", "Best Express", "Ahamove", "Khác"] as const;

/** Seller-order statuses a seller works with (unpaid and expired parts are not theirs to fulfil yet). */
export const SELLER_VISIBLE_STATUSES: readonly SellerOrderStatus[] = ["PAID", "CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED"];
const CANCELLABLE: readonly SellerOrderStatus[] = ["PAID", "CONFIRMED"];

export const FULFILMENT_INTENTS = ["confirm", "ship", "deliver", "cancel"] as const;
export type FulfilmentIntent = (typeof FULFILMENT_INTENTS)[number];

/** Field errors are "fulfilment" dictionary keys. */
export const shipSchema = z.object({
  carrier: z
    .string({ error: "errors.carrierRequired" })
    .trim()
    .min(1, "errors.carrierRequired")
    .refine((v) => (CARRIERS as readonly string[]).includes(v), "errors.carrierInvalid"),
  trackingNumber: z
    .string({ error: "errors.trackingRequired" })
    .trim()
    .min(1, "errors.trackingRequired")
    .transform((v) => v.replace(/\s+/g, "").toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]{5,39}$/, "errors.trackingInvalid")),
});

export const cancelSchema = z.object({
  reason: z.string({ error: "errors.reasonRequired" }).trim().min(1, "errors.reasonRequired").min(5, "errors.reasonTooShort").max(500, "errors.reasonTooLong"),
});

export type FieldErrors = Record<string, string[]>;

/** One message per field: the first problem found (an empty field is "required", not also "too short"). */
function firstErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, messages] of Object.entries(error.flatten().fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) out[field] = [messages[0]];
  }
  return out;
}

export type FulfilmentResult =
  | { ok: true; status: OrderStatusValue; credit?: SaleCredit | null; refund?: { kind: "none" } | { kind: "card"; amount: number; error: string | null } | { kind: "bank_transfer_due"; amount: number } }
  | { ok: false; reason: "not_found" | "not_allowed" }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors };

type Actor = { sellerId: string; sellerOrderId: string; actorId: string; now?: Date };

/** not_found if the seller order is not this seller's; not_allowed if it exists but is in another status. */
async function refusal(tx: Tx, sellerId: string, sellerOrderId: string): Promise<FulfilmentResult> {
  const exists = await tx.sellerOrder.findFirst({ where: { id: sellerOrderId, sellerId, status: { in: [...SELLER_VISIBLE_STATUSES] } }, select: { id: true } });
  return { ok: false, reason: exists ? "not_allowed" : "not_found" };
}

async function transition(
  { sellerId, sellerOrderId, actorId, now = new Date() }: Actor,
  from: SellerOrderStatus,
  to: SellerOrderStatus,
  data: Prisma.SellerOrderUpdateManyMutationInput,
  note: string | null,
  after?: (tx: Tx) => Promise<Partial<Extract<FulfilmentResult, { ok: true }>>>,
): Promise<FulfilmentResult> {
  return prisma.$transaction(
    async (tx) => {
      const updated = await tx.sellerOrder.updateMany({ where: { id: sellerOrderId, sellerId, status: from }, data: { ...data, status: to } });
      if (updated.count === 0) return refusal(tx, sellerId, sellerOrderId);
      const so = await tx.sellerOrder.findUniqueOrThrow({ where: { id: sellerOrderId }, select: { orderId: true } });
      await tx.orderEvent.create({ data: { orderId: so.orderId, sellerOrderId, status: orderStatusValue(to), actorId, note, createdAt: now } });
      const extra = after ? await after(tx) : {};
      return { ok: true as const, status: orderStatusValue(to), ...extra };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

export function confirmSellerOrder(input: Actor): Promise<FulfilmentResult> {
  return transition(input, "PAID", "CONFIRMED", { confirmedAt: input.now ?? new Date() }, null);
}

export async function markShipped(input: Actor & { carrier: unknown; trackingNumber: unknown }): Promise<FulfilmentResult> {
  const parsed = shipSchema.safeParse({ carrier: input.carrier ?? undefined, trackingNumber: input.trackingNumber ?? undefined });
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: firstErrors(parsed.error) };
  const { carrier, trackingNumber } = parsed.data;
  return transition(input, "CONFIRMED", "SHIPPED", { shippedAt: input.now ?? new Date(), carrier, trackingNumber }, `${carrier} · ${trackingNumber}`);
}

/** SHIPPED → DELIVERED and the seller's SALE credit, in one transaction. */
export function markDelivered(input: Actor): Promise<FulfilmentResult> {
  return transition(input, "SHIPPED", "DELIVERED", { deliveredAt: input.now ?? new Date() }, null, async (tx) => ({
    credit: await creditDeliveredSellerOrder(tx, input.sellerOrderId),
  }));
}

export const SELLER_CANCEL_REASON_PREFIX = "Người bán huỷ đơn";

export async function cancelSellerOrder(input: Actor & { reason: unknown }): Promise<FulfilmentResult> {
  const parsed = cancelSchema.safeParse({ reason: input.reason ?? undefined });
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: firstErrors(parsed.error) };
  const { reason } = parsed.data;
  const { sellerId, sellerOrderId, actorId, now = new Date() } = input;

  const outcome = await prisma.$transaction(
    async (tx) => {
      const owned = await tx.sellerOrder.findFirst({ where: { id: sellerOrderId, sellerId, status: { in: [...SELLER_VISIBLE_STATUSES] } }, select: { orderId: true } });
      if (!owned) return { ok: false as const, reason: "not_found" as const };
      const orderId = owned.orderId;
      // Same lock order as the buyer's cancel and payment confirmation: the order first, then its parts.
      const [order] = await tx.$queryRaw<{ id: string; status: OrderStatus; code: string; buyer_id: string }[]>`
        SELECT id, status::text AS status, code, buyer_id FROM orders WHERE id = ${orderId} FOR UPDATE`;
      const [so] = await tx.$queryRaw<{ id: string; status: SellerOrderStatus; subtotal: number; shipping_fee: number }[]>`
        SELECT id, status::text AS status, subtotal, shipping_fee FROM seller_orders WHERE id = ${sellerOrderId} AND seller_id = ${sellerId} FOR UPDATE`;
      if (!order || !so) return { ok: false as const, reason: "not_found" as const };
      if (!CANCELLABLE.includes(so.status)) return { ok: false as const, reason: "not_allowed" as const };

      const note = `${SELLER_CANCEL_REASON_PREFIX}: ${reason}`;
      // A PAID/CONFIRMED part was paid for: payment moved its units out of stock (commitSale), so they go back on the shelf.
      const lines = await tx.orderLine.findMany({
        where: { orderId, sellerOrderId, sellerId },
        select: { variantId: true, productId: true, quantity: true },
        orderBy: [{ variantId: "asc" }, { id: "asc" }],
      });
      const changed: string[] = [];
      for (const line of lines) {
        const row = await restockCancelled(tx, { variantId: line.variantId, quantity: line.quantity, orderId, actorId, note });
        if (row.on_hand - row.reserved <= line.quantity) changed.push(line.productId); // was sold out: back in stock
      }
      await enqueueProducts(tx, changed);

      await tx.sellerOrder.updateMany({ where: { id: sellerOrderId, sellerId, status: so.status }, data: { status: "CANCELLED", cancelledAt: now, cancelReason: reason } });
      await tx.orderEvent.create({ data: { orderId, sellerOrderId, status: "cancelled", actorId, note: reason, createdAt: now } });

      // Every part cancelled: the whole order is.
      const remaining = await tx.sellerOrder.count({ where: { orderId, status: { not: "CANCELLED" } } });
      if (remaining === 0) await tx.order.update({ where: { id: orderId }, data: { status: "CANCELLED", cancelledAt: now } });

      const amount = so.subtotal + so.shipping_fee;
      const payment = await tx.payment.findFirst({ where: { orderId, status: "SUCCEEDED" }, orderBy: [{ paidAt: "asc" }, { createdAt: "asc" }] });
      const refund = await tx.refund.create({ data: { orderId, paymentId: payment?.id ?? null, amount, reason: note, status: "DUE" } });
      // The buyer is told by email too (sent after the commit), in Vietnamese.
      const buyer = await tx.user.findUniqueOrThrow({ where: { id: order.buyer_id }, select: { email: true, name: true } });
      const seller = await tx.seller.findUniqueOrThrow({ where: { id: sellerId }, select: { name: true } });
      const email = await queueEmail(tx, {
        to: buyer.email,
        subject: `Đơn hàng ${order.code}: ${seller.name} đã huỷ phần hàng của mình`,
        text: [
          `Chào ${buyer.name},`,
          "",
          `${seller.name} đã huỷ phần hàng của họ trong đơn hàng ${order.code}.`,
          `Lý do: ${reason}`,
          "",
          payment?.provider === "STRIPE"
            ? `Số tiền ${formatVnd(amount)} sẽ được hoàn về thẻ của bạn.`
            : `Chợ OCOP sẽ hoàn ${formatVnd(amount)} vào tài khoản ngân hàng của bạn.`,
          "",
          "Chợ OCOP",
        ].join("\n"),
      });
      return { ok: true as const, amount, emailId: email.id, card: payment?.provider === "STRIPE" ? { orderId, refundId: refund.id, note } : null };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );

  if (!outcome.ok) return outcome;
  await deliverEmail(outcome.emailId);
  const amount = outcome.amount;
  if (outcome.card) {
    // After the commit: a provider call never runs inside a database transaction; the row stays DUE if it never happens.
    const { orderId, refundId, note } = outcome.card;
    try {
      const refund = await refundCardPayment(orderId, amount, note, { refundId });
      return { ok: true, status: "cancelled", refund: { kind: "card", amount, error: refund.status === "FAILED" ? refund.reason : null } };
    } catch (error) {
      console.error(`[orders] card refund for seller-cancelled part ${sellerOrderId} failed:`, error);
      return { ok: true, status: "cancelled", refund: { kind: "card", amount, error: error instanceof Error ? error.message : String(error) } };
    }
  }
  return { ok: true, status: "cancelled", refund: { kind: "bank_transfer_due", amount } };
}

/** One form post on /seller/orders/:id → the transition it names. */
export async function runFulfilmentIntent(input: Actor, formData: FormData): Promise<FulfilmentResult & { intent: FulfilmentIntent | null }> {
  const raw = formData.get("intent");
  const intent = (FULFILMENT_INTENTS as readonly string[]).includes(String(raw)) ? (raw as FulfilmentIntent) : null;
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : undefined;
  };
  switch (intent) {
    case "confirm":
      return { intent, ...(await confirmSellerOrder(input)) };
    case "ship":
      return { intent, ...(await markShipped({ ...input, carrier: text("carrier"), trackingNumber: text("trackingNumber") })) };
    case "deliver":
      return { intent, ...(await markDelivered(input)) };
    case "cancel":
      return { intent, ...(await cancelSellerOrder({ ...input, reason: text("reason") })) };
    default:
      return { intent: null, ok: false, reason: "not_allowed" };
  }
}

// ───────────────────────────── views ─────────────────────────────

export type SellerOrderListRow = {
  id: string;
  orderCode: string;
  status: OrderStatusValue;
  buyerName: string;
  provinceName: string;
  itemCount: number;
  subtotal: number;
  shippingFee: number;
  createdAt: Date;
  paidAt: Date | null;
};

export const SELLER_ORDERS_PAGE_SIZE = 30;
export const SELLER_ORDER_FILTERS = ["all", "paid", "confirmed", "shipped", "delivered", "cancelled"] as const;
export type SellerOrderFilter = (typeof SELLER_ORDER_FILTERS)[number];

export async function listSellerOrders(
  sellerId: string,
  { status = "all", page = 1 }: { status?: SellerOrderFilter; page?: number } = {},
): Promise<{ rows: SellerOrderListRow[]; total: number; page: number; pageCount: number; counts: Record<SellerOrderFilter, number> }> {
  const statuses: SellerOrderStatus[] = status === "all" ? [...SELLER_VISIBLE_STATUSES] : [status.toUpperCase() as SellerOrderStatus];
  const where: Prisma.SellerOrderWhereInput = { sellerId, status: { in: statuses } };
  const [total, grouped] = await Promise.all([
    prisma.sellerOrder.count({ where }),
    prisma.sellerOrder.groupBy({ by: ["status"], where: { sellerId, status: { in: [...SELLER_VISIBLE_STATUSES] } }, _count: { _all: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / SELLER_ORDERS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await prisma.sellerOrder.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * SELLER_ORDERS_PAGE_SIZE,
    take: SELLER_ORDERS_PAGE_SIZE,
    select: {
      id: true,
      status: true,
      subtotal: true,
      shippingFee: true,
      createdAt: true,
      order: { select: { code: true, fullName: true, paidAt: true, provinceCode: true } },
      lines: { where: { sellerId }, select: { quantity: true } },
    },
  });
  const provinces = await prisma.province.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.order.provinceCode))] } }, select: { code: true, name: true } });
  const count = (s: SellerOrderStatus) => grouped.find((g) => g.status === s)?._count._all ?? 0;
  return {
    rows: rows.map((r) => ({
      id: r.id,
      orderCode: r.order.code,
      status: orderStatusValue(r.status),
      buyerName: r.order.fullName,
      provinceName: provinces.find((p) => p.code === r.order.provinceCode)?.name ?? "",
      itemCount: r.lines.reduce((n, l) => n + l.quantity, 0),
      subtotal: r.subtotal,
      shippingFee: r.shippingFee,
      createdAt: r.createdAt,
      paidAt: r.order.paidAt,
    })),
    total,
    page: current,
    pageCount,
    counts: {
      all: grouped.reduce((n, g) => n + g._count._all, 0),
      paid: count("PAID"),
      confirmed: count("CONFIRMED"),
      shipped: count("SHIPPED"),
      delivered: count("DELIVERED"),
      cancelled: count("CANCELLED"),
    },
  };
}

export type SellerOrderDetail = {
  id: string;
  orderCode: string;
  status: OrderStatusValue;
  subtotal: number;
  shippingFee: number;
  commissionRateBps: number;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  createdAt: Date;
  paidAt: Date | null;
  confirmedAt: Date | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  cancelledAt: Date | null;
  paymentMethod: "vietqr" | "card";
  sellerName: string;
  sellerPhone: string;
  sellerAddress: string;
  recipient: { fullName: string; phone: string; addressLine: string; wardName: string; provinceName: string };
  lines: { id: string; title: string; variantLabel: string; sku: string; unitPrice: number; quantity: number; lineTotal: number; weightGrams: number }[];
  events: { id: string; status: string; note: string | null; createdAt: Date; actorName: string | null }[];
  credit: { amount: number; gross: number | null; commission: number | null } | null;
  can: { confirm: boolean; ship: boolean; deliver: boolean; cancel: boolean };
};

/** One of this seller's orders, or null (another seller's, unpaid, or no such id → 404). */
export async function getSellerOrderForSeller(sellerId: string, sellerOrderId: string): Promise<SellerOrderDetail | null> {
  const so = await prisma.sellerOrder.findFirst({
    where: { id: sellerOrderId, sellerId, status: { in: [...SELLER_VISIBLE_STATUSES] } },
    include: {
      seller: { select: { name: true, phone: true, addressLine: true, province: { select: { name: true } } } },
      order: { select: { code: true, paidAt: true, paymentMethod: true, fullName: true, phone: true, addressLine: true, wardCode: true, provinceCode: true } },
      lines: { where: { sellerId }, orderBy: { id: "asc" } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      ledger: { where: { sellerId, type: "SALE" }, select: { amount: true, gross: true, commission: true } },
    },
  });
  if (!so) return null;
  const [ward, province, actors] = await Promise.all([
    prisma.ward.findUnique({ where: { code: so.order.wardCode }, select: { name: true } }),
    prisma.province.findUnique({ where: { code: so.order.provinceCode }, select: { name: true } }),
    prisma.user.findMany({ where: { id: { in: so.events.map((e) => e.actorId).filter((id): id is string => !!id) } }, select: { id: true, name: true } }),
  ]);
  return {
    id: so.id,
    orderCode: so.order.code,
    status: orderStatusValue(so.status),
    subtotal: so.subtotal,
    shippingFee: so.shippingFee,
    commissionRateBps: so.commissionRateBps,
    carrier: so.carrier,
    trackingNumber: so.trackingNumber,
    cancelReason: so.cancelReason,
    createdAt: so.createdAt,
    paidAt: so.order.paidAt,
    confirmedAt: so.confirmedAt,
    shippedAt: so.shippedAt,
    deliveredAt: so.deliveredAt,
    cancelledAt: so.cancelledAt,
    paymentMethod: so.order.paymentMethod === "CARD" ? "card" : "vietqr",
    sellerName: so.seller.name,
    sellerPhone: so.seller.phone,
    sellerAddress: `${so.seller.addressLine}, ${so.seller.province.name}`,
    recipient: { fullName: so.order.fullName, phone: so.order.phone, addressLine: so.order.addressLine, wardName: ward?.name ?? "", provinceName: province?.name ?? "" },
    lines: so.lines.map((l) => ({ id: l.id, title: l.title, variantLabel: l.variantLabel, sku: l.sku, unitPrice: l.unitPrice, quantity: l.quantity, lineTotal: l.lineTotal, weightGrams: l.weightGrams })),
    events: so.events.map((e) => ({ id: e.id.toString(), status: e.status, note: e.note, createdAt: e.createdAt, actorName: actors.find((a) => a.id === e.actorId)?.name ?? null })),
    credit: so.ledger[0] ?? null,
    can: { confirm: so.status === "PAID", ship: so.status === "CONFIRMED", deliver: so.status === "SHIPPED", cancel: CANCELLABLE.includes(so.status) },
  };
}
