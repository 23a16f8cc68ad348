// /checkout: login required, the form's errors (never a 500), the summary for
// the chosen province, and one order per idempotency key.
import crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { createTestUser, db, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { createProduct, createSeller } from "../../prisma/factories";
import { action, loader } from "./checkout";

// Stripe is the payments module's business (faked at its HTTP boundary there); here: whether checkout hands over.
const card = vi.hoisted(() => ({ enabled: false, checkout: vi.fn() }));
vi.mock("~/modules/payments/index.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/modules/payments/index.server")>()),
  isCardPaymentEnabled: () => card.enabled,
  createCardCheckout: card.checkout,
}));

type LoaderData = {
  view: { groups: { seller: { id: string }; shippingFee: number; shippingIsEstimate: boolean; lines: { variantId: string; quantity: number; unitPrice: number }[] }[]; total: number };
  wards: { code: string; name: string }[];
  saved: { id: string }[];
  defaults: { idempotencyKey: string; fullName: string; phone: string; provinceCode: string; wardCode: string; addressId: string; addressLine: string };
};
type ActionData = { result: { error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }; problems: { variantId: string; reason: string }[] };

async function shopperWithCart(quantity = 2, onHand = 10) {
  const shopper = await createTestUser({ name: "Nguyễn Thị Lan" });
  const seller = await createSeller({ provinceCode: "92" });
  const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Hộp 500 g", price: 85_000, onHand, weightGrams: 500 }] });
  const variant = product.variants[0];
  await db.cart.create({ data: { userId: shopper.user.id, lines: { create: [{ variantId: variant.id, quantity, priceSeen: 85_000 }] } } });
  return { ...shopper, seller, product, variant };
}

async function wardOf(provinceCode: string) {
  return (await db.ward.findFirstOrThrow({ where: { provinceCode }, orderBy: { code: "asc" } })).code;
}

async function validFields(overrides: Record<string, string> = {}) {
  return {
    idempotencyKey: crypto.randomUUID(),
    addressId: "new",
    fullName: "Nguyễn Thị Lan",
    phone: "+84 912 345 678",
    provinceCode: "92",
    wardCode: await wardOf("92"),
    addressLine: "Số 126 đường 30 Tháng 4",
    paymentMethod: "vietqr",
    ...overrides,
  };
}

const runLoader = (url: string, cookie?: string) => runRoute<LoaderData>(() => loader({ request: getRequest(url, cookie), context: {}, params: {} }));
const runAction = (fields: Record<string, string>, cookie: string) => runRoute<ActionData>(() => action({ request: formRequest("/checkout", fields, { cookie }), context: {}, params: {} }));

describe("/checkout", () => {
  it("sends anonymous visitors to log in and back; an empty cart goes back to the cart", async () => {
    const anonymous = await runLoader("/checkout");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe("/login?redirectTo=%2Fcheckout");
    const { cookie } = await createTestUser();
    const empty = await runLoader("/checkout", cookie);
    expect(empty.status).toBe(302);
    expect(empty.headers.get("Location")).toBe("/cart");
  });

  it("shows the summary with shipping for the chosen province and keeps what was typed (GET reload)", async () => {
    const { cookie, seller } = await shopperWithCart();
    const first = await runLoader("/checkout", cookie);
    expect(first.status).toBe(200);
    expect(first.headers.get("Cache-Control")).toBe("private, no-store");
    expect(first.data!.defaults.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.data!.view.groups[0].shippingIsEstimate).toBe(true);
    expect(first.data!.wards).toEqual([]);

    const key = first.data!.defaults.idempotencyKey;
    const reload = await runLoader(`/checkout?addressId=new&fullName=${encodeURIComponent("Trần Văn Tư")}&phone=0912&provinceCode=92&idempotencyKey=${key}`, cookie);
    const d = reload.data!;
    expect(d.defaults).toMatchObject({ fullName: "Trần Văn Tư", phone: "0912", provinceCode: "92", idempotencyKey: key, addressId: "new" });
    expect(d.wards.length).toBeGreaterThan(50);
    const group = d.view.groups.find((g) => g.seller.id === seller.id)!;
    // Same province, 1 kg: 18.000 ₫.
    expect(group).toMatchObject({ shippingIsEstimate: false, shippingFee: 18_000 });
  });

  it("bad input comes back as field errors with what was typed, never a 500, and writes nothing", async () => {
    const { cookie, user } = await shopperWithCart();
    const bad = await runAction(await validFields({ fullName: "", phone: "0212345678", addressLine: "", paymentMethod: "cash" }), cookie);
    expect(bad.status).toBe(400);
    expect(bad.data!.result.error).toMatchObject({
      fullName: ["errors.fullNameRequired"],
      phone: ["errors.phoneInvalid"],
      addressLine: ["errors.addressLineRequired"],
      paymentMethod: ["errors.paymentMethodRequired"],
    });
    expect(bad.data!.result.initialValue).toMatchObject({ phone: "0212345678", provinceCode: "92" });

    const hanoiWard = await wardOf("01");
    const wrongWard = await runAction(await validFields({ wardCode: hanoiWard }), cookie);
    expect(wrongWard.status).toBe(400);
    expect(wrongWard.data!.result.error).toMatchObject({ wardCode: ["errors.wardNotInProvince"] });

    const noKey = await runAction(await validFields({ idempotencyKey: "x" }), cookie);
    expect(noKey.status).toBe(400);
    expect(noKey.data!.result.error).toMatchObject({ idempotencyKey: ["errors.expired"] });

    const card = await runAction(await validFields({ paymentMethod: "card" }), cookie);
    expect(card.status).toBe(400);
    expect(card.data!.result.error).toMatchObject({ paymentMethod: ["errors.cardUnavailable"] });

    const other = await createTestUser();
    const theirs = await db.savedAddress.create({ data: { userId: other.user.id, fullName: "Người khác", phone: "0987654321", provinceCode: "92", wardCode: await wardOf("92"), addressLine: "Số 1" } });
    const stolen = await runAction({ idempotencyKey: crypto.randomUUID(), addressId: theirs.id, paymentMethod: "vietqr" }, cookie);
    expect(stolen.status).toBe(400);
    expect(stolen.data!.result.error).toMatchObject({ addressId: ["errors.savedAddressNotFound"] });

    expect(await db.order.count({ where: { buyerId: user.id } })).toBe(0);
  });

  it("places one VietQR order per key, lands on the payment page, and saves the address once", async () => {
    const { cookie, user, variant } = await shopperWithCart();
    const fields = { ...(await validFields()), saveAddress: "on", line: `${variant.id}:2:85000` };
    const first = await runAction(fields, cookie);
    expect(first.status).toBe(302);
    const order = await db.order.findFirstOrThrow({ where: { buyerId: user.id } });
    expect(first.headers.get("Location")).toBe(`/account/orders/${order.id}/pay`);
    expect(order).toMatchObject({ phone: "0912345678", total: 2 * 85_000 + 18_000, paymentMethod: "VIETQR" });

    // Double click / back button: the same key again.
    const again = await runAction(fields, cookie);
    expect(again.status).toBe(302);
    expect(again.headers.get("Location")).toBe(`/account/orders/${order.id}/pay`);
    expect(await db.order.count({ where: { buyerId: user.id } })).toBe(1);
    expect(await db.savedAddress.count({ where: { userId: user.id } })).toBe(1);

    // The cart is empty now: checkout sends the shopper back to it.
    expect((await runLoader("/checkout", cookie)).headers.get("Location")).toBe("/cart");
  });

  it("pays with a saved address", async () => {
    const { cookie, user } = await shopperWithCart(1);
    const address = await db.savedAddress.create({ data: { userId: user.id, fullName: "Nguyễn Thị Lan", phone: "0912345678", provinceCode: "79", wardCode: await wardOf("79"), addressLine: "Số 34 Lê Thánh Tôn", isDefault: true } });
    const page = await runLoader("/checkout", cookie);
    expect(page.data!.defaults.addressId).toBe(address.id);
    // Shipping for Hồ Chí Minh (another region), 0,5 kg: 35.000 ₫.
    expect(page.data!.view.groups[0]).toMatchObject({ shippingFee: 35_000, shippingIsEstimate: false });
    const res = await runAction({ idempotencyKey: page.data!.defaults.idempotencyKey, addressId: address.id, paymentMethod: "vietqr" }, cookie);
    expect(res.status).toBe(302);
    const order = await db.order.findFirstOrThrow({ where: { buyerId: user.id } });
    expect(order).toMatchObject({ provinceCode: "79", addressLine: "Số 34 Lê Thánh Tôn", shippingTotal: 35_000 });
  });

  it("shows which line could not be had, keeping what was typed", async () => {
    const { cookie, user, variant } = await shopperWithCart(3, 3);
    // Someone else bought two meanwhile.
    await db.productVariant.update({ where: { id: variant.id }, data: { reserved: 2 } });
    await db.inventoryMovement.create({ data: { variantId: variant.id, sellerId: variant.sellerId, onHandDelta: 0, reservedDelta: 2, reason: "RESERVE", orderId: "elsewhere" } });
    const fields = { ...(await validFields({ fullName: "Nguyễn Thị Lan" })), line: `${variant.id}:3:85000` };
    const res = await runAction(fields, cookie);
    expect(res.status).toBe(409);
    expect(res.data!.problems).toEqual([expect.objectContaining({ variantId: variant.id, reason: "insufficient" })]);
    expect(res.data!.result.initialValue).toMatchObject({ fullName: "Nguyễn Thị Lan", addressLine: "Số 126 đường 30 Tháng 4" });
    expect(await db.order.count({ where: { buyerId: user.id } })).toBe(0);
  });

  it("a card order goes to Stripe Checkout; if Stripe cannot be reached, to the payment page", async () => {
    card.enabled = true;
    try {
      const { cookie, user } = await shopperWithCart(1);
      card.checkout.mockResolvedValueOnce("https://checkout.stripe.test/c/pay/cs_test_123");
      const res = await runAction(await validFields({ paymentMethod: "card" }), cookie);
      expect(res.status).toBe(302);
      expect(res.headers.get("Location")).toBe("https://checkout.stripe.test/c/pay/cs_test_123");
      const order = await db.order.findFirstOrThrow({ where: { buyerId: user.id } });
      expect(order.paymentMethod).toBe("CARD");
      expect(card.checkout).toHaveBeenCalledWith(order.id, {
        successUrl: `http://localhost/account/orders/${order.id}?payment=card`,
        cancelUrl: `http://localhost/account/orders/${order.id}/pay`,
      });

      const other = await shopperWithCart(1);
      card.checkout.mockRejectedValueOnce(new Error("Stripe unreachable"));
      const failed = await runAction(await validFields({ paymentMethod: "card" }), other.cookie);
      const placed = await db.order.findFirstOrThrow({ where: { buyerId: other.user.id } });
      expect(failed.headers.get("Location")).toBe(`/account/orders/${placed.id}/pay`);
    } finally {
      card.enabled = false;
    }
  });
});
