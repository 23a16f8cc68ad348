// The domain rules of /work/shared/DESIGN.md as SQL: each check returns the rows that
// break its rule (at most 20), so an empty report means every rule holds. Used by the
// fault tests and the fuzzer after they have done their worst, and usable by any
// test that wants to know the database is still sound.
//
//   const violations = await checkInvariants(prisma);
//   expect(violations).toEqual([]);
import { Prisma, type PrismaClient } from "@prisma/client";

export type Violation = { rule: string; rows: unknown[] };

type Check = { rule: string; sql: Prisma.Sql };

const checks = (opts: { now: Date; expiryGraceSeconds: number }): Check[] => [
  // ── stock ──
  {
    rule: "stock: on hand ≥ 0, 0 ≤ reserved ≤ on hand",
    sql: Prisma.sql`SELECT id, on_hand, reserved FROM product_variants WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand`,
  },
  {
    rule: "stock: on hand and reserved equal the ledger's sums (inventory_movements)",
    sql: Prisma.sql`
      SELECT v.id, v.on_hand, v.reserved, coalesce(sum(m.on_hand_delta), 0)::int AS ledger_on_hand, coalesce(sum(m.reserved_delta), 0)::int AS ledger_reserved
      FROM product_variants v LEFT JOIN inventory_movements m ON m.variant_id = v.id
      GROUP BY v.id HAVING v.on_hand <> coalesce(sum(m.on_hand_delta), 0) OR v.reserved <> coalesce(sum(m.reserved_delta), 0)`,
  },
  {
    rule: "stock: a movement belongs to its variant's seller and changes something",
    sql: Prisma.sql`
      SELECT m.id::text, m.variant_id, m.seller_id, v.seller_id AS variant_seller
      FROM inventory_movements m JOIN product_variants v ON v.id = m.variant_id
      WHERE m.seller_id <> v.seller_id OR (m.on_hand_delta = 0 AND m.reserved_delta = 0 AND m.reason NOT IN ('STOCK_COUNT', 'CORRECTION'))`,
  },
  {
    rule: "stock: a movement's order exists",
    sql: Prisma.sql`SELECT m.id::text, m.order_id FROM inventory_movements m LEFT JOIN orders o ON o.id = m.order_id WHERE m.order_id IS NOT NULL AND o.id IS NULL`,
  },
  // ── catalogue ──
  { rule: "catalogue: a product has at least one variant", sql: Prisma.sql`SELECT p.id, p.status FROM products p WHERE NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id)` },
  {
    rule: "catalogue: a variant's price is a positive number of đồng and its seller is the product's",
    sql: Prisma.sql`SELECT v.id, v.price, v.seller_id, p.seller_id AS product_seller FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.price <= 0 OR v.seller_id <> p.seller_id OR v.weight_grams < 0`,
  },
  { rule: "catalogue: an image's seller is its product's", sql: Prisma.sql`SELECT i.id FROM product_images i JOIN products p ON p.id = i.product_id WHERE i.seller_id <> p.seller_id` },
  {
    rule: "catalogue: a HIDDEN product has a reason; only HIDDEN products remember a status before hiding",
    sql: Prisma.sql`SELECT id, status FROM products WHERE (status = 'HIDDEN' AND coalesce(hidden_reason, '') = '') OR (status <> 'HIDDEN' AND status_before_hidden IS NOT NULL)`,
  },
  {
    rule: "catalogue: a certificate has 3–5 stars, expires 36 months after issue, and belongs to its products' seller",
    sql: Prisma.sql`
      SELECT c.id, c.stars, c.issued_at, c.expires_at FROM ocop_certificates c
      WHERE c.stars NOT BETWEEN 3 AND 5 OR c.expires_at <> (c.issued_at + interval '36 months')::date
         OR EXISTS (SELECT 1 FROM products p WHERE p.certificate_id = c.id AND p.seller_id <> c.seller_id)`,
  },
  // ── sellers ──
  {
    rule: "sellers: REJECTED and SUSPENDED sellers have a reason; APPROVED ones an approval date",
    sql: Prisma.sql`SELECT id, status FROM sellers WHERE (status IN ('REJECTED', 'SUSPENDED') AND coalesce(trim(status_reason), '') = '') OR (status = 'APPROVED' AND approved_at IS NULL)`,
  },
  { rule: "addresses: a seller's ward is in its province", sql: Prisma.sql`SELECT s.id FROM sellers s JOIN wards w ON w.code = s.ward_code WHERE w.province_code <> s.province_code` },
  { rule: "addresses: a saved address's ward is in its province", sql: Prisma.sql`SELECT a.id FROM saved_addresses a LEFT JOIN wards w ON w.code = a.ward_code WHERE w.code IS NULL OR w.province_code <> a.province_code` },
  // ── cart ──
  { rule: "cart: a line has a positive quantity", sql: Prisma.sql`SELECT id, quantity FROM cart_lines WHERE quantity <= 0` },
  // ── orders ──
  { rule: "orders: an order has at least one seller order", sql: Prisma.sql`SELECT o.id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM seller_orders so WHERE so.order_id = o.id)` },
  { rule: "orders: a seller order has at least one line", sql: Prisma.sql`SELECT so.id FROM seller_orders so WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.seller_order_id = so.id)` },
  {
    rule: "orders: a line belongs to its seller order's order and seller, and snapshots its variant's product and seller",
    sql: Prisma.sql`
      SELECT l.id FROM order_lines l JOIN seller_orders so ON so.id = l.seller_order_id JOIN product_variants v ON v.id = l.variant_id
      WHERE l.order_id <> so.order_id OR l.seller_id <> so.seller_id OR v.product_id <> l.product_id OR v.seller_id <> l.seller_id`,
  },
  {
    rule: "orders: a line's quantity is positive and its total is unit price × quantity",
    sql: Prisma.sql`SELECT id, unit_price, quantity, line_total FROM order_lines WHERE quantity <= 0 OR unit_price < 0 OR line_total <> unit_price * quantity`,
  },
  {
    rule: "orders: a seller order's subtotal is the sum of its lines",
    sql: Prisma.sql`
      SELECT so.id, so.subtotal, sum(l.line_total)::int AS lines FROM seller_orders so JOIN order_lines l ON l.seller_order_id = so.id
      GROUP BY so.id HAVING so.subtotal <> sum(l.line_total) OR so.shipping_fee < 0`,
  },
  {
    rule: "orders: subtotal, shipping and total add up over the seller orders",
    sql: Prisma.sql`
      SELECT o.id, o.subtotal, o.shipping_total, o.total, sum(so.subtotal)::int AS parts, sum(so.shipping_fee)::int AS shipping
      FROM orders o JOIN seller_orders so ON so.order_id = o.id
      GROUP BY o.id HAVING o.subtotal <> sum(so.subtotal) OR o.shipping_total <> sum(so.shipping_fee) OR o.total <> o.subtotal + o.shipping_total OR o.currency <> 'VND'`,
  },
  { rule: "orders: an order has a payment", sql: Prisma.sql`SELECT o.id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id)` },
  { rule: "addresses: an order's ward is in its province", sql: Prisma.sql`SELECT o.id FROM orders o LEFT JOIN wards w ON w.code = o.ward_code WHERE w.code IS NULL OR w.province_code <> o.province_code` },
  {
    rule: "orders: an unpaid order's seller orders are unpaid too; an expired order's are expired",
    sql: Prisma.sql`
      SELECT o.id, o.status, so.status AS seller_status FROM orders o JOIN seller_orders so ON so.order_id = o.id
      WHERE (o.status IN ('PENDING_PAYMENT', 'UNDERPAID') AND so.status <> 'PENDING_PAYMENT') OR (o.status = 'EXPIRED' AND so.status <> 'EXPIRED')`,
  },
  {
    // The reservation an order holds, per variant: its lines while unpaid (or partly paid), nothing once paid, expired or cancelled.
    rule: "orders: an unpaid or underpaid order holds exactly its lines' reservation; any other order holds none",
    sql: Prisma.sql`
      WITH held AS (
        SELECT order_id, variant_id, sum(reserved_delta)::int AS reserved FROM inventory_movements WHERE order_id IS NOT NULL GROUP BY order_id, variant_id
      ), wanted AS (
        SELECT order_id, variant_id, sum(quantity)::int AS quantity FROM order_lines GROUP BY order_id, variant_id
      )
      SELECT o.id, o.status, coalesce(w.variant_id, h.variant_id) AS variant_id, coalesce(h.reserved, 0) AS reserved, coalesce(w.quantity, 0) AS ordered
      FROM orders o
      JOIN wanted w ON w.order_id = o.id
      FULL JOIN held h ON h.order_id = w.order_id AND h.variant_id = w.variant_id
      WHERE coalesce(h.reserved, 0) <> CASE WHEN o.status IN ('PENDING_PAYMENT', 'UNDERPAID') THEN coalesce(w.quantity, 0) ELSE 0 END`,
  },
  {
    rule: "orders: no unpaid or underpaid order is left past its expiry (its reservation must have been released)",
    sql: Prisma.sql`SELECT id, expires_at FROM orders WHERE status IN ('PENDING_PAYMENT', 'UNDERPAID') AND expires_at < ${new Date(opts.now.getTime() - opts.expiryGraceSeconds * 1000)}`,
  },
  // ── payments ──
  {
    rule: "payments: amounts are whole non-negative đồng in VND; a paid order was paid in full",
    sql: Prisma.sql`
      SELECT o.id FROM orders o WHERE o.status = 'PAID' AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.status IN ('SUCCEEDED', 'REFUNDED'))
      UNION ALL SELECT p.order_id FROM payments p WHERE p.amount < 0 OR p.amount_received < 0 OR p.currency <> 'VND'`,
  },
  {
    // Partly paid or paid too late: an expired order keeps no money.
    rule: "payments: every đồng received for an expired order is owed back (refunds equal what arrived)",
    sql: Prisma.sql`
      SELECT o.id, p.received, r.refunded FROM orders o
      JOIN LATERAL (SELECT coalesce(sum(amount_received), 0)::int AS received FROM payments WHERE order_id = o.id) p ON true
      JOIN LATERAL (SELECT coalesce(sum(amount), 0)::int AS refunded FROM refunds WHERE order_id = o.id) r ON true
      WHERE o.status = 'EXPIRED' AND p.received <> r.refunded`,
  },
  // ── reviews ──
  {
    rule: "reviews: a rating is 1–5 and the review is of its own product and seller",
    sql: Prisma.sql`SELECT r.id FROM reviews r JOIN order_lines l ON l.id = r.order_line_id WHERE r.rating NOT BETWEEN 1 AND 5 OR r.product_id <> l.product_id OR r.seller_id <> l.seller_id`,
  },
  // ── search ──
  { rule: "search: outbox rows name existing products", sql: Prisma.sql`SELECT o.id::text, o.product_id FROM search_outbox o LEFT JOIN products p ON p.id = o.product_id WHERE p.id IS NULL` },
];

export type InvariantOptions = {
  /** "Now" for the expiry rule (default: the database's clock via new Date()). */
  now?: Date;
  /**
   * How long past its expiry an unpaid order may still be pending (the expiry worker runs every
   * 30 s). Infinity turns the rule off (e.g. mid-run, before the worker had its turn).
   */
  expiryGraceSeconds?: number;
  /** Rules to skip, by a substring of their name. */
  skip?: string[];
};

/** Every rule that does not hold, with up to 20 offending rows each. */
export async function checkInvariants(db: PrismaClient, options: InvariantOptions = {}): Promise<Violation[]> {
  const now = options.now ?? new Date();
  const grace = options.expiryGraceSeconds ?? 120;
  const violations: Violation[] = [];
  for (const check of checks({ now, expiryGraceSeconds: Number.isFinite(grace) ? grace : 0 })) {
    if (!Number.isFinite(grace) && check.rule.startsWith("orders: no unpaid order is left past")) continue;
    if (options.skip?.some((s) => check.rule.includes(s))) continue;
    const rows = await db.$queryRaw<unknown[]>(Prisma.sql`SELECT * FROM (${check.sql}) AS broken LIMIT 20`);
    if (rows.length) violations.push({ rule: check.rule, rows });
  }
  return violations;
}

/** Rows that point at nothing after a crash: what a half-written order would leave. */
export async function orphanRows(db: PrismaClient): Promise<Violation[]> {
  const sql: Check[] = [
    { rule: "seller order without its order", sql: Prisma.sql`SELECT so.id FROM seller_orders so LEFT JOIN orders o ON o.id = so.order_id WHERE o.id IS NULL` },
    { rule: "line without its order", sql: Prisma.sql`SELECT l.id FROM order_lines l LEFT JOIN orders o ON o.id = l.order_id WHERE o.id IS NULL` },
    { rule: "payment without its order", sql: Prisma.sql`SELECT p.id FROM payments p LEFT JOIN orders o ON o.id = p.order_id WHERE o.id IS NULL` },
    { rule: "reservation without an order", sql: Prisma.sql`SELECT m.id::text FROM inventory_movements m WHERE m.reason = 'RESERVE' AND (m.order_id IS NULL OR NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = m.order_id))` },
    { rule: "order event without its order", sql: Prisma.sql`SELECT e.id::text FROM order_events e LEFT JOIN orders o ON o.id = e.order_id WHERE o.id IS NULL` },
  ];
  const out: Violation[] = [];
  for (const check of sql) {
    const rows = await db.$queryRaw<unknown[]>(Prisma.sql`SELECT * FROM (${check.sql}) AS broken LIMIT 20`);
    if (rows.length) out.push({ rule: check.rule, rows });
  }
  return out;
}
