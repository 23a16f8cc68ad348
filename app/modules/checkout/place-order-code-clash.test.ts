// The rare case of a new order drawing a code another order already has: the
// database refuses it and placeOrder draws again.
import crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { prisma } from "~/lib/db.server";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import { placeOrder } from "./index.server";

const codes = vi.hoisted(() => ({ queue: [] as string[] }));
vi.mock("~/modules/orders/code", async (importOriginal) => {
  const original = await importOriginal<typeof import("~/modules/orders/code")>();
  return { ...original, newOrderCode: () => codes.queue.shift() ?? original.newOrderCode() };
});

async function shopper() {
  const user = await createUser();
  const seller = await createSeller();
  const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Túi 1 kg", price: 45_000, onHand: 10 }] });
  const cart = await prisma.cart.create({ data: { userId: user.id, lines: { create: [{ variantId: product.variants[0].id, quantity: 1, priceSeen: 45_000 }] } } });
  const ward = await prisma.ward.findFirstOrThrow({ where: { provinceCode: "92" } });
  return {
    input: {
      userId: user.id,
      cartId: cart.id,
      idempotencyKey: crypto.randomUUID(),
      address: { fullName: "Nguyễn Văn Bình", phone: "0912345678", provinceCode: "92", wardCode: ward.code, addressLine: "Số 1" },
      paymentMethod: "VIETQR" as const,
    },
    variant: product.variants[0],
  };
}

describe("order codes", () => {
  it("draws again when the code is taken, and nothing of the failed attempt remains", async () => {
    const a = await shopper();
    codes.queue.push("OCOPAAAAAA");
    const first = await placeOrder(a.input);
    expect(first).toMatchObject({ ok: true, order: { code: "OCOPAAAAAA" } });

    const b = await shopper();
    codes.queue.push("OCOPAAAAAA", "OCOPBBBBBB");
    const second = await placeOrder(b.input);
    expect(second).toMatchObject({ ok: true, order: { code: "OCOPBBBBBB" } });
    expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: b.variant.id } })).toMatchObject({ reserved: 1 });
    expect(await prisma.inventoryMovement.count({ where: { variantId: b.variant.id, reason: "RESERVE" } })).toBe(1);
  });
});
