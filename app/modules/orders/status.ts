// Status machine values: what `data-status` attributes, order events and the
// i18n keys use (lower-case names of the Prisma enums). Browser-safe.
import type { OrderStatus, SellerOrderStatus } from "@prisma/client";

export const ORDER_STATUS_VALUES = ["pending_payment", "paid", "underpaid", "expired", "confirmed", "shipped", "delivered", "cancelled", "refunded"] as const;
export type OrderStatusValue = (typeof ORDER_STATUS_VALUES)[number];

/** ORDER and SELLER ORDER statuses → "pending_payment", "paid", "shipped", … */
export function orderStatusValue(status: OrderStatus | SellerOrderStatus): OrderStatusValue {
  return status.toLowerCase() as OrderStatusValue;
}

export function isOrderStatusValue(value: string): value is OrderStatusValue {
  return (ORDER_STATUS_VALUES as readonly string[]).includes(value);
}

/** Timeline events that are not a change of status: what the buyer was told (a payment reminder). */
export const ORDER_NOTICE_EVENTS = ["payment_reminder"] as const;

/** Whether an order event has its own label (`orders:events.<value>`): a status, or a notice. */
export function hasEventLabel(value: string): boolean {
  return isOrderStatusValue(value) || (ORDER_NOTICE_EVENTS as readonly string[]).includes(value);
}

/** Seller-order statuses after which the buyer can no longer cancel. */
export const FULFILMENT_STARTED: readonly SellerOrderStatus[] = ["CONFIRMED", "SHIPPED", "DELIVERED"];

/** Order statuses a buyer may cancel from (unpaid, partly paid, or paid but not yet confirmed). */
export const CANCELLABLE_ORDER_STATUSES: readonly OrderStatus[] = ["PENDING_PAYMENT", "UNDERPAID", "PAID"];

/** Seller-order statuses the buyer's cancellation applies to (a part a seller already cancelled stays as it is). */
export const OPEN_SELLER_ORDER_STATUSES: readonly SellerOrderStatus[] = ["PENDING_PAYMENT", "PAID"];

/** No seller has confirmed (or shipped, delivered) its part, and something is left to cancel. */
export function canBuyerCancel(order: { status: OrderStatus; sellerOrders: { status: SellerOrderStatus }[] }): boolean {
  return (
    CANCELLABLE_ORDER_STATUSES.includes(order.status) &&
    order.sellerOrders.every((s) => !FULFILMENT_STARTED.includes(s.status)) &&
    order.sellerOrders.some((s) => OPEN_SELLER_ORDER_STATUSES.includes(s.status))
  );
}
