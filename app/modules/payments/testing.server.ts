// Test helpers: an order as checkout leaves it (PENDING_PAYMENT, stock reserved
// with its ledger rows, one Payment), built directly so payment tests do not
// depend on the checkout module. Not imported by application code.
import type { Order, OrderLine, Payment, PaymentMethod, ProductVariant, SellerOrder, User } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { reserveStock } from "~/modules/inventory/index.server";
import { newOrderCode } from "~/modules/orders/code";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import { signBankPayload } from "./bank-signature.server";

export type TestLine = { price: number; quantity: number; onHand?: number; variant?: ProductVariant };
export type TestPart = { shippingFee?: number; lines: TestLine[] };

export type TestOrder = {
  order: Order;
  buyer: User;
  sellerOrders: SellerOrder[];
  lines: OrderLine[];
  variants: ProductVariant[];
  payment: Payment;
};

/** Two sellers by default: 2 × 45.000 + 1 × 120.000 (+ 25.000 shipping) and 1 × 85.000 (+ 18.000) = 338.000 ₫. */
export const DEFAULT_PARTS: TestPart[] = [
  { shippingFee: 25_000, lines: [{ price: 45_000, quantity: 2 }, { price: 120_000, quantity: 1 }] },
  { shippingFee: 18_000, lines: [{ price: 85_000, quantity: 1 }] },
];

/** A variant with stock, for tests that share one variant between orders. */
export async function createTestVariant(price: number, onHand: number): Promise<ProductVariant> {
  const seller = await createSeller({ status: "APPROVED" });
  const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Hộp 500 g", price, onHand }] });
  return product.variants[0];
}

export async function createTestOrder(
  options: { buyer?: User; parts?: TestPart[]; paymentMethod?: PaymentMethod; expiresInMinutes?: number; buyerLocale?: string } = {},
): Promise<TestOrder> {
  const buyer = options.buyer ?? (await createUser({ locale: options.buyerLocale ?? "vi" }));
  const parts = options.parts ?? DEFAULT_PARTS;
  const paymentMethod = options.paymentMethod ?? "VIETQR";
  const ward = await prisma.ward.findFirstOrThrow({ where: { provinceCode: "92" }, orderBy: { code: "asc" } });

  // Products first (each line its own product unless a variant is given), grouped by seller.
  const prepared: { sellerId: string; sellerName: string; shippingFee: number; lines: { variant: ProductVariant; productName: string; quantity: number }[] }[] = [];
  for (const part of parts) {
    const seller = await createSeller({ status: "APPROVED" });
    const lines = [];
    for (const line of part.lines) {
      if (line.variant) {
        const product = await prisma.product.findUniqueOrThrow({ where: { id: line.variant.productId } });
        lines.push({ variant: line.variant, productName: product.name, quantity: line.quantity });
      } else {
        const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Chai 500 ml", price: line.price, onHand: line.onHand ?? 20 }] });
        lines.push({ variant: product.variants[0], productName: product.name, quantity: line.quantity });
      }
    }
    prepared.push({ sellerId: lines[0].variant.sellerId, sellerName: seller.name, shippingFee: part.shippingFee ?? 0, lines });
  }

  const subtotal = prepared.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.variant.price * l.quantity, 0), 0);
  const shippingTotal = prepared.reduce((n, p) => n + p.shippingFee, 0);
  const code = newOrderCode();

  return prisma.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        code,
        buyerId: buyer.id,
        idempotencyKey: `test-${code}`,
        paymentMethod,
        subtotal,
        shippingTotal,
        total: subtotal + shippingTotal,
        fullName: "Nguyễn Thị Lan",
        phone: "0912345678",
        provinceCode: ward.provinceCode,
        wardCode: ward.code,
        addressLine: "12 Đường 30/4",
        expiresAt: new Date(Date.now() + (options.expiresInMinutes ?? 30) * 60_000),
      },
    });
    const sellerOrders: SellerOrder[] = [];
    const lines: OrderLine[] = [];
    for (const part of prepared) {
      const sellerOrder = await tx.sellerOrder.create({
        data: {
          orderId: order.id,
          sellerId: part.sellerId,
          subtotal: part.lines.reduce((m, l) => m + l.variant.price * l.quantity, 0),
          shippingFee: part.shippingFee,
          commissionRateBps: 500,
        },
      });
      sellerOrders.push(sellerOrder);
      for (const line of part.lines) {
        await reserveStock(tx, { variantId: line.variant.id, quantity: line.quantity, orderId: order.id });
        lines.push(
          await tx.orderLine.create({
            data: {
              orderId: order.id,
              sellerOrderId: sellerOrder.id,
              sellerId: part.sellerId,
              productId: line.variant.productId,
              variantId: line.variant.id,
              title: line.productName,
              variantLabel: line.variant.label,
              sku: line.variant.sku,
              sellerName: part.sellerName,
              unitPrice: line.variant.price,
              quantity: line.quantity,
              lineTotal: line.variant.price * line.quantity,
              weightGrams: line.variant.weightGrams,
            },
          }),
        );
      }
    }
    await tx.orderEvent.create({ data: { orderId: order.id, status: "pending_payment" } });
    const payment = await tx.payment.create({
      data: { orderId: order.id, provider: paymentMethod === "CARD" ? "STRIPE" : "VIETQR", amount: order.total, transferContent: paymentMethod === "VIETQR" ? code : null },
    });
    return { order, buyer, sellerOrders, lines, variants: prepared.flatMap((p) => p.lines.map((l) => l.variant)), payment };
  });
}

/** A bank notification as the feed sends it, and its signed request. */
export function bankNotification(fields: { id?: string; amount: number; content: string; accountNumber: string; transactionAt?: string }) {
  return {
    id: fields.id ?? `FT${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    amount: fields.amount,
    content: fields.content,
    accountNumber: fields.accountNumber,
    transactionAt: fields.transactionAt ?? new Date().toISOString(),
  };
}

export function signedBankRequest(body: unknown, secret: string, url = "http://localhost/webhooks/bank-transfer"): Request {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  return new Request(url, { method: "POST", body: raw, headers: { "Content-Type": "application/json", "X-Signature": signBankPayload(raw, secret) } });
}
