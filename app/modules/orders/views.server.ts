// What a shopper sees of their orders: each seller's part with its status and
// tracking, the lines as they were bought (snapshots), the timeline and totals.
import type { OrderStatus, PaymentMethod } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { canBuyerCancel, orderStatusValue, type OrderStatusValue } from "./status";

export type PaymentMethodValue = "vietqr" | "card";

export type OrderLineView = {
  id: string;
  productSlug: string;
  title: string;
  variantLabel: string;
  sku: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
};

export type SellerOrderView = {
  id: string;
  seller: { name: string; slug: string };
  status: OrderStatusValue;
  subtotal: number;
  shippingFee: number;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  confirmedAt: Date | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  cancelledAt: Date | null;
  lines: OrderLineView[];
};

export type OrderEventView = { id: string; status: string; note: string | null; createdAt: Date; sellerName: string | null };

export type RefundView = { id: string; amount: number; status: "due" | "issued" | "failed"; createdAt: Date; issuedAt: Date | null };

export type OrderView = {
  id: string;
  code: string;
  status: OrderStatusValue;
  paymentMethod: PaymentMethodValue;
  subtotal: number;
  shippingTotal: number;
  total: number;
  createdAt: Date;
  expiresAt: Date;
  paidAt: Date | null;
  cancelledAt: Date | null;
  address: { fullName: string; phone: string; provinceCode: string; provinceName: string; wardCode: string; wardName: string; addressLine: string };
  sellerOrders: SellerOrderView[];
  events: OrderEventView[];
  refunds: RefundView[];
  /** Unpaid (or partly paid) and not yet expired: the payment page still takes money. */
  awaitingPayment: boolean;
  canCancel: boolean;
};

export type OrderSummaryView = {
  id: string;
  code: string;
  status: OrderStatusValue;
  paymentMethod: PaymentMethodValue;
  total: number;
  itemCount: number;
  createdAt: Date;
  expiresAt: Date;
  awaitingPayment: boolean;
  sellerOrders: { id: string; sellerName: string; status: OrderStatusValue; trackingNumber: string | null }[];
};

/** Money is still taken: nothing or part of it arrived, and the deadline has not passed. */
function isAwaitingPayment(order: { status: OrderStatus; expiresAt: Date }, now: Date): boolean {
  return (order.status === "PENDING_PAYMENT" || order.status === "UNDERPAID") && order.expiresAt > now;
}

export function paymentMethodValue(method: PaymentMethod): PaymentMethodValue {
  return method === "CARD" ? "card" : "vietqr";
}

/** One of the buyer's orders; null when it does not exist or is someone else's (the route answers 404 either way). */
export async function getOrderForBuyer(orderId: string, userId: string, now: Date = new Date()): Promise<OrderView | null> {
  const order = await prisma.order.findFirst({
    where: { id: orderId, buyerId: userId },
    include: {
      sellerOrders: {
        orderBy: { createdAt: "asc" },
        include: {
          seller: { select: { name: true, slug: true } },
          lines: { orderBy: { id: "asc" }, include: { product: { select: { slug: true } } } },
        },
      },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { sellerOrder: { select: { seller: { select: { name: true } } } } } },
      refunds: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!order) return null;
  const [province, ward] = await Promise.all([
    prisma.province.findUnique({ where: { code: order.provinceCode }, select: { name: true } }),
    prisma.ward.findUnique({ where: { code: order.wardCode }, select: { name: true } }),
  ]);
  return {
    id: order.id,
    code: order.code,
    status: orderStatusValue(order.status),
    paymentMethod: paymentMethodValue(order.paymentMethod),
    subtotal: order.subtotal,
    shippingTotal: order.shippingTotal,
    total: order.total,
    createdAt: order.createdAt,
    expiresAt: order.expiresAt,
    paidAt: order.paidAt,
    cancelledAt: order.cancelledAt,
    address: {
      fullName: order.fullName,
      phone: order.phone,
      provinceCode: order.provinceCode,
      provinceName: province?.name ?? order.provinceCode,
      wardCode: order.wardCode,
      wardName: ward?.name ?? order.wardCode,
      addressLine: order.addressLine,
    },
    sellerOrders: order.sellerOrders.map((so) => ({
      id: so.id,
      seller: so.seller,
      status: orderStatusValue(so.status),
      subtotal: so.subtotal,
      shippingFee: so.shippingFee,
      carrier: so.carrier,
      trackingNumber: so.trackingNumber,
      cancelReason: so.cancelReason,
      confirmedAt: so.confirmedAt,
      shippedAt: so.shippedAt,
      deliveredAt: so.deliveredAt,
      cancelledAt: so.cancelledAt,
      lines: so.lines.map((l) => ({
        id: l.id,
        productSlug: l.product.slug,
        title: l.title,
        variantLabel: l.variantLabel,
        sku: l.sku,
        unitPrice: l.unitPrice,
        quantity: l.quantity,
        lineTotal: l.lineTotal,
      })),
    })),
    events: order.events.map((e) => ({ id: e.id.toString(), status: e.status, note: e.note, createdAt: e.createdAt, sellerName: e.sellerOrder?.seller.name ?? null })),
    refunds: order.refunds.map((r) => ({ id: r.id, amount: r.amount, status: r.status.toLowerCase() as RefundView["status"], createdAt: r.createdAt, issuedAt: r.issuedAt })),
    awaitingPayment: isAwaitingPayment(order, now),
    canCancel: canBuyerCancel(order),
  };
}

/** The buyer's orders, newest first. */
export async function listOrdersForBuyer(userId: string, { take = 50, now = new Date() }: { take?: number; now?: Date } = {}): Promise<OrderSummaryView[]> {
  const orders = await prisma.order.findMany({
    where: { buyerId: userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    include: {
      sellerOrders: { orderBy: { createdAt: "asc" }, select: { id: true, status: true, trackingNumber: true, seller: { select: { name: true } } } },
      lines: { select: { quantity: true } },
    },
  });
  return orders.map((o) => ({
    id: o.id,
    code: o.code,
    status: orderStatusValue(o.status),
    paymentMethod: paymentMethodValue(o.paymentMethod),
    total: o.total,
    itemCount: o.lines.reduce((sum, l) => sum + l.quantity, 0),
    createdAt: o.createdAt,
    expiresAt: o.expiresAt,
    awaitingPayment: isAwaitingPayment(o, now),
    sellerOrders: o.sellerOrders.map((so) => ({ id: so.id, sellerName: so.seller.name, status: orderStatusValue(so.status), trackingNumber: so.trackingNumber })),
  }));
}

export type OrderPaymentView = {
  id: string;
  code: string;
  status: OrderStatusValue;
  paymentMethod: PaymentMethodValue;
  total: number;
  expiresAt: Date;
  paidAt: Date | null;
  awaitingPayment: boolean;
  /** Received so far (an underpaid order's transfers), and what is still missing. */
  received: number;
  amountDue: number;
};

/** What the payment page needs (polled every few seconds, so one small query). Null for anyone else's order. */
export async function getOrderPaymentForBuyer(orderId: string, userId: string, now: Date = new Date()): Promise<OrderPaymentView | null> {
  const order = await prisma.order.findFirst({
    where: { id: orderId, buyerId: userId },
    select: { id: true, code: true, status: true, paymentMethod: true, total: true, expiresAt: true, paidAt: true, payments: { select: { amountReceived: true } } },
  });
  if (!order) return null;
  const { payments, ...rest } = order;
  const received = payments.reduce((sum, p) => sum + p.amountReceived, 0);
  return {
    ...rest,
    received,
    amountDue: Math.max(0, order.total - received),
    status: orderStatusValue(order.status),
    paymentMethod: paymentMethodValue(order.paymentMethod),
    awaitingPayment: isAwaitingPayment(order, now),
  };
}
