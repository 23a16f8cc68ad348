// Demo reviews with the orders behind them: a review exists only for a delivered order line, so
// each demo review gets a real order that went through the same code a shopper's does — stock
// reserved (inventory ledger), paid (payments: commitSale, sales count, confirmation email
// queued), confirmed, shipped and delivered by the seller (fulfilment; the SALE credit in the
// seller ledger) — then the review (factory: counted in the product's rating sums). The order's
// timestamps are then moved back to the demo dates, so the reviews read as weeks old.
// Called by seed.ts after the catalogue is committed; docs/decisions/0019-reviews.md.
import { prisma, type Db } from "~/lib/db.server";
import { reserveStock } from "~/modules/inventory/index.server";
import { confirmSellerOrder, markDelivered, markShipped, newOrderCode } from "~/modules/orders/index.server";
import { confirmOrderPayment } from "~/modules/payments/index.server";
import { enqueueProducts } from "~/modules/search/index.server";
import { slugify } from "~/lib/slug";
import { createReview } from "./factories";

const DAY = 86_400_000;
const SHIPPING_FEE = 25_000;

type DemoReview = { product: string; buyer: string; rating: number; body: string; deliveredDaysAgo: number; reply?: string };

export const DEMO_REVIEWS: DemoReview[] = [
  {
    product: "Gạo ST25 Mỹ Xuyên",
    buyer: "shopper@example.com",
    rating: 5,
    body: "Cơm dẻo, thơm nhẹ mùi lá dứa, để nguội vẫn mềm. Nhà tôi ăn quen rồi, hết lại đặt tiếp.",
    deliveredDaysAgo: 24,
    reply: "Cảm ơn chị Lan đã tin dùng gạo ST25 của hợp tác xã! Chúc gia đình mình nhiều sức khoẻ.",
  },
  {
    product: "Gạo ST25 Mỹ Xuyên",
    buyer: "khoa.tran@example.com",
    rating: 4,
    body: "Gạo ngon, giao nhanh.\nBao bì bị móp một góc nhưng gạo bên trong không sao.",
    deliveredDaysAgo: 12,
  },
  {
    product: "Bánh pía sầu riêng trứng muối",
    buyer: "shopper@example.com",
    rating: 4,
    body: "Vỏ bánh mỏng, nhân sầu riêng thơm; hơi ngọt so với khẩu vị nhà tôi.",
    deliveredDaysAgo: 18,
  },
  {
    product: "Mật ong hoa tràm U Minh Hạ",
    buyer: "khoa.tran@example.com",
    rating: 5,
    body: "Mật sánh, thơm mùi hoa tràm. Sáng pha nước ấm với chanh uống rất dễ chịu.",
    deliveredDaysAgo: 9,
    reply: "Cảm ơn anh Khoa! Mật được quay từ tổ ong nuôi trong rừng tràm, không pha đường.",
  },
  {
    product: "Trà tim sen Tháp Mười",
    buyer: "yen.le@example.com",
    rating: 5,
    body: "Trà thơm, uống buổi tối dễ ngủ. Đóng gói cẩn thận, có hướng dẫn pha.",
    deliveredDaysAgo: 6,
  },
  {
    product: "Tôm khô Rạch Gốc",
    buyer: "yen.le@example.com",
    rating: 3,
    body: "Tôm ngọt nhưng hơi mặn, con không đều như trong hình.",
    deliveredDaysAgo: 15,
    reply: "Cảm ơn chị đã góp ý. Đợt tôm mới hợp tác xã đã phân cỡ kỹ hơn, mong chị ủng hộ lần sau.",
  },
];

export async function seedDemoReviews(db: Db = prisma, { base, log = () => {} }: { base: Date; log?: (message: string) => void }): Promise<number> {
  const ward = await db.ward.findFirstOrThrow({ where: { provinceCode: "92" }, orderBy: { code: "asc" } });
  let count = 0;
  for (const [i, demo] of DEMO_REVIEWS.entries()) {
    const buyer = await db.user.findUniqueOrThrow({ where: { email: demo.buyer }, select: { id: true, name: true } });
    const product = await db.product.findUniqueOrThrow({
      where: { slug: slugify(demo.product) },
      select: { id: true, name: true, sellerId: true, seller: { select: { name: true, commissionRateBps: true, members: { select: { userId: true }, take: 1 } } }, variants: { orderBy: { position: "asc" }, take: 1 } },
    });
    const variant = product.variants[0];
    const delivered = new Date(base.getTime() - demo.deliveredDaysAgo * DAY + (9 + i) * 3_600_000);
    const placed = new Date(delivered.getTime() - 4 * DAY);
    const paid = new Date(placed.getTime() + 20 * 60_000);
    const confirmed = new Date(paid.getTime() + 3 * 3_600_000);
    const shipped = new Date(confirmed.getTime() + DAY);
    const code = newOrderCode();

    // The order as checkout leaves it: lines snapshotted, stock reserved, one payment expected.
    const { orderId, sellerOrderId, lineId, total } = await db.$transaction(async (tx) => {
      const order = await tx.order.create({
        data: {
          code,
          buyerId: buyer.id,
          idempotencyKey: `seed-review-${i}-${code}`,
          paymentMethod: "VIETQR",
          subtotal: variant.price,
          shippingTotal: SHIPPING_FEE,
          total: variant.price + SHIPPING_FEE,
          fullName: buyer.name,
          phone: "0912345678",
          provinceCode: ward.provinceCode,
          wardCode: ward.code,
          addressLine: "Số 126 đường 30 Tháng 4",
          expiresAt: new Date(Date.now() + 30 * 60_000),
        },
      });
      const sellerOrder = await tx.sellerOrder.create({
        data: { orderId: order.id, sellerId: product.sellerId, subtotal: variant.price, shippingFee: SHIPPING_FEE, commissionRateBps: product.seller.commissionRateBps ?? 500 },
      });
      await reserveStock(tx, { variantId: variant.id, quantity: 1, orderId: order.id });
      const line = await tx.orderLine.create({
        data: {
          orderId: order.id,
          sellerOrderId: sellerOrder.id,
          sellerId: product.sellerId,
          productId: product.id,
          variantId: variant.id,
          title: product.name,
          variantLabel: variant.label,
          sku: variant.sku,
          sellerName: product.seller.name,
          unitPrice: variant.price,
          quantity: 1,
          lineTotal: variant.price,
          weightGrams: variant.weightGrams,
        },
      });
      await tx.orderEvent.create({ data: { orderId: order.id, status: "pending_payment" } });
      await tx.payment.create({ data: { orderId: order.id, provider: "VIETQR", amount: order.total, transferContent: code } });
      return { orderId: order.id, sellerOrderId: sellerOrder.id, lineId: line.id, total: order.total };
    });

    const payment = await confirmOrderPayment({ orderId, provider: "VIETQR", amount: total, currency: "VND", reference: `SEED${i + 1}` });
    if (payment.result !== "paid") throw new Error(`demo order ${code}: payment ${payment.result}`);
    const actor = { sellerId: product.sellerId, sellerOrderId, actorId: product.seller.members[0]?.userId ?? buyer.id };
    for (const step of [
      () => confirmSellerOrder({ ...actor, now: confirmed }),
      () => markShipped({ ...actor, carrier: "GHTK", trackingNumber: `GHTK${String(820_000 + i * 137)}`, now: shipped }),
      () => markDelivered({ ...actor, now: delivered }),
    ]) {
      const result = await step();
      if (!result.ok) throw new Error(`demo order ${code}: ${result.reason}`);
    }

    // Back-date what the steps stamped "now" (placing, paying, the events and ledger rows).
    await db.$transaction([
      db.$executeRaw`UPDATE orders SET created_at = ${placed}, paid_at = ${paid}, expires_at = ${new Date(placed.getTime() + 30 * 60_000)} WHERE id = ${orderId}`,
      db.$executeRaw`UPDATE seller_orders SET created_at = ${placed} WHERE id = ${sellerOrderId}`,
      db.$executeRaw`UPDATE payments SET created_at = ${placed}, paid_at = ${paid} WHERE order_id = ${orderId}`,
      db.$executeRaw`UPDATE order_events SET created_at = ${placed} WHERE order_id = ${orderId} AND status = 'pending_payment'`,
      db.$executeRaw`UPDATE order_events SET created_at = ${paid} WHERE order_id = ${orderId} AND status = 'paid'`,
      db.$executeRaw`UPDATE inventory_movements SET created_at = CASE WHEN reason = 'RESERVE' THEN ${placed}::timestamp ELSE ${paid}::timestamp END WHERE order_id = ${orderId}`,
      db.$executeRaw`UPDATE seller_ledger_entries SET created_at = ${delivered} WHERE seller_order_id = ${sellerOrderId}`,
    ]);

    const reviewed = new Date(delivered.getTime() + DAY + 2 * 3_600_000);
    await db.$transaction(async (tx) => {
      await createReview({ orderLineId: lineId, rating: demo.rating, body: demo.body, reply: demo.reply ?? null, repliedAt: demo.reply ? new Date(reviewed.getTime() + 5 * 3_600_000) : null, createdAt: reviewed }, tx);
      await enqueueProducts(tx, [product.id]);
    });
    count += 1;
  }
  log(`Seeded ${count} reviews, each on a delivered demo order.`);
  return count;
}
