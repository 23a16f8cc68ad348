// Sales over time for the seller dashboard and the admin overview.
//
// What counts as a sale (docs/decisions/0018-charts.md):
// - an order counts on the day it was PAID (orders.paid_at), in Vietnam's
//   days (Asia/Ho_Chi_Minh, UTC+7, no daylight saving): what a seller calls
//   "today" is what the chart calls today;
// - only money that stayed: the order is PAID (not CANCELLED, REFUNDED,
//   EXPIRED, UNDERPAID or still pending) and the seller's part is live (PAID,
//   CONFIRMED, SHIPPED, DELIVERED). A part a seller cancelled, or one refunded,
//   drops out of the day it was paid on, so a past day's figure can go down;
// - a seller's revenue is its goods (Σ line totals = seller_orders.subtotal,
//   the ledger's "gross"), without shipping (the platform's) and before
//   commission; its orders are its seller orders;
// - the platform's GMV is what buyers paid for those live parts (subtotal +
//   shipping fee); its orders are the orders with at least one live part.
// The series is zero-filled with generate_series, so it always has 30 days
// (or 12 weeks, Monday to Sunday), oldest first, ending today.
import { Prisma } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { TIME_ZONE } from "~/lib/format";
import type { SalesRange } from "./types";


/** One bucket: its first day (YYYY-MM-DD, Vietnam), orders and money (đồng). */
export type SalesPoint = { start: string; orders: number; amount: number };

export type SalesSeries = {
  range: SalesRange;
  bucket: "day" | "week";
  points: SalesPoint[];
  totals: { orders: number; amount: number };
  /** The same length of time just before (30 days, or 12 weeks), for comparison. */
  previous: { orders: number; amount: number };
};

/** Seller-order statuses whose money stayed with the sale. */
const LIVE_PARTS = ["PAID", "CONFIRMED", "SHIPPED", "DELIVERED"] as const;

type Row = { start: string; orders: number; amount: bigint | number; previous: boolean };

async function series(scope: { sellerId: string } | { platform: true }, range: SalesRange, now: Date): Promise<SalesSeries> {
  const weekly = range === "12w";
  const count = weekly ? 12 : 30;
  const step = weekly ? 7 : 1;
  const sellerId = "sellerId" in scope ? scope.sellerId : null;
  // Seller: its goods only; platform: what the buyer paid for the part (goods + shipping).
  const amount = sellerId ? Prisma.sql`so.subtotal` : Prisma.sql`so.subtotal + so.shipping_fee`;
  const sellerFilter = sellerId ? Prisma.sql`AND so.seller_id = ${sellerId}` : Prisma.empty;
  const live = Prisma.join(LIVE_PARTS.map((s) => Prisma.sql`${s}::"SellerOrderStatus"`));
  // paid_at is a UTC timestamp without time zone (Prisma's DateTime): "AT TIME ZONE 'UTC'" reads
  // it as UTC, the second AT TIME ZONE gives the Vietnam wall clock, whose date is the day.
  const rows = await prisma.$queryRaw<Row[]>`
    WITH bounds AS (
      SELECT today,
             CASE WHEN ${weekly} THEN date_trunc('week', today)::date ELSE today END AS last_start
      FROM (SELECT (${now.toISOString()}::timestamptz AT TIME ZONE ${TIME_ZONE})::date AS today) t
    ), window_ AS (
      SELECT today, last_start,
             last_start - ${(count - 1) * step}::int AS first_start,
             last_start - ${(2 * count - 1) * step}::int AS previous_start
      FROM bounds
    ), buckets AS (
      SELECT gs::date AS start FROM window_, generate_series(first_start::timestamp, last_start::timestamp, make_interval(days => ${step}::int)) gs
    ), sales AS (
      SELECT (o.paid_at AT TIME ZONE 'UTC' AT TIME ZONE ${TIME_ZONE})::date AS day, o.id AS order_id, ${amount} AS amount
      FROM seller_orders so
      JOIN orders o ON o.id = so.order_id, window_ w
      WHERE o.status = 'PAID'::"OrderStatus" AND o.paid_at IS NOT NULL
        AND so.status IN (${live}) ${sellerFilter}
        AND o.paid_at >= (w.previous_start::timestamp AT TIME ZONE ${TIME_ZONE}) AT TIME ZONE 'UTC'
        AND o.paid_at < ((w.today + 1)::timestamp AT TIME ZONE ${TIME_ZONE}) AT TIME ZONE 'UTC'
    ), bucketed AS (
      SELECT CASE WHEN ${weekly} THEN date_trunc('week', day)::date ELSE day END AS start, order_id, amount FROM sales
    )
    SELECT to_char(b.start, 'YYYY-MM-DD') AS start, count(DISTINCT s.order_id)::int AS orders, coalesce(sum(s.amount), 0)::bigint AS amount, false AS previous
    FROM buckets b LEFT JOIN bucketed s ON s.start = b.start
    GROUP BY b.start
    UNION ALL
    SELECT 'previous', count(DISTINCT s.order_id)::int, coalesce(sum(s.amount), 0)::bigint, true
    FROM bucketed s, window_ w WHERE s.start < w.first_start
    ORDER BY previous, start`;
  const points = rows.filter((r) => !r.previous).map((r) => ({ start: r.start, orders: r.orders, amount: Number(r.amount) }));
  const prev = rows.find((r) => r.previous);
  return {
    range,
    bucket: weekly ? "week" : "day",
    points,
    totals: { orders: points.reduce((s, p) => s + p.orders, 0), amount: points.reduce((s, p) => s + p.amount, 0) },
    previous: { orders: prev?.orders ?? 0, amount: Number(prev?.amount ?? 0) },
  };
}

/** One seller's sales (its seller orders, goods revenue) per Vietnam day or week; scoped by sellerId. */
export function sellerSalesSeries(sellerId: string, { range = "30d", now = new Date() }: { range?: SalesRange; now?: Date } = {}): Promise<SalesSeries> {
  return series({ sellerId }, range, now);
}

/** The platform's GMV (paid and kept, shipping included) and paid orders per Vietnam day or week. */
export function platformSalesSeries({ range = "30d", now = new Date() }: { range?: SalesRange; now?: Date } = {}): Promise<SalesSeries> {
  return series({ platform: true }, range, now);
}
