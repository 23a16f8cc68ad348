// The cart module against real PostgreSQL: lines capped at what is available,
// grouping by seller with per-seller shipping, problems since adding, the
// guest → account merge, and what checkout clears.
import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { FREE_SHIPPING_FROM, SHIPPING_TABLE } from "~/modules/checkout/shipping";
import { reserveStock } from "~/modules/inventory/index.server";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import {
  acknowledgePriceChanges,
  addToCart,
  capCartQuantities,
  cartItemCount,
  clearCartVariants,
  getCartCount,
  getCartIdFromRequest,
  getCartView,
  MAX_LINE_QUANTITY,
  mergeGuestCartIntoUser,
  mergeGuestCartOnLogin,
  removeCartLine,
  resolveCart,
  updateCartLine,
} from "./index.server";

async function guestCart() {
  const { cartId } = await resolveCart(new Request("http://localhost/cart"), null, { create: true });
  return cartId!;
}

/** Stock held for someone else's unpaid order (the movement's order id is only a reference). */
function reserve(variantId: string, quantity: number) {
  return prisma.$transaction((tx) => reserveStock(tx, { variantId, quantity, orderId: `order-${variantId}` }));
}

async function product(options: { onHand?: number; price?: number; weightGrams?: number; sellerStatus?: "APPROVED" | "SUSPENDED"; provinceCode?: string; categorySlug?: string; status?: "ACTIVE" | "DRAFT" | "ARCHIVED" | "HIDDEN" } = {}) {
  const seller = await createSeller({ status: options.sellerStatus ?? "APPROVED", provinceCode: options.provinceCode ?? "92" });
  const created = await createProduct({
    sellerId: seller.id,
    status: options.status ?? "ACTIVE",
    categorySlug: options.categorySlug,
    variants: [{ label: "Túi 1 kg", price: options.price ?? 150_000, onHand: options.onHand ?? 10, weightGrams: options.weightGrams ?? 1000 }],
  });
  return { seller, product: created, variant: created.variants[0] };
}

describe("resolveCart and the __cart cookie", () => {
  it("creates a guest cart only when asked, and reads it back from the signed cookie", async () => {
    const bare = new Request("http://localhost/cart");
    expect(await resolveCart(bare, null)).toEqual({ cartId: null, setCookie: undefined });

    const created = await resolveCart(bare, null, { create: true });
    expect(created.cartId).toBeTruthy();
    expect(created.setCookie).toMatch(/^__cart=.+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/);
    const cookie = created.setCookie!.split(";")[0];
    const again = new Request("http://localhost/cart", { headers: { Cookie: cookie } });
    expect(await getCartIdFromRequest(again)).toBe(created.cartId);
    expect((await resolveCart(again, null)).cartId).toBe(created.cartId);
  });

  it("ignores a tampered cookie and a cookie naming an account's cart", async () => {
    const user = await createUser();
    const userCart = await resolveCart(new Request("http://localhost/"), user, { create: true });
    const { cartCookie } = await import("./cookie.server");
    const forged = `__cart=${Buffer.from(JSON.stringify(userCart.cartId)).toString("base64")}`;
    expect(await getCartIdFromRequest(new Request("http://localhost/", { headers: { Cookie: forged } }))).toBeNull();
    // Even correctly signed, an account's cart id is never a guest cart.
    const signed = (await cartCookie.serialize(userCart.cartId)).split(";")[0];
    expect((await resolveCart(new Request("http://localhost/", { headers: { Cookie: signed } }), null)).cartId).toBeNull();
  });

  it("a logged-in user's cart is Cart.userId, created once even when two requests race", async () => {
    const user = await createUser();
    const req = new Request("http://localhost/cart");
    expect((await resolveCart(req, user)).cartId).toBeNull();
    const [a, b] = await Promise.all([resolveCart(req, user, { create: true }), resolveCart(req, user, { create: true })]);
    expect(a.cartId).toBe(b.cartId);
    expect(await prisma.cart.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("add, update, remove", () => {
  it("adds, adds again (quantities add up), updates and removes", async () => {
    const cartId = await guestCart();
    const { variant, product: p } = await product({ onHand: 10 });

    const added = await addToCart({ cartId, variantId: variant.id, quantity: 2 });
    expect(added).toMatchObject({ ok: true, quantity: 2, capped: false, line: { productName: p.name, variantLabel: "Túi 1 kg", productSlug: p.slug } });
    expect(await addToCart({ cartId, variantId: variant.id, quantity: 3 })).toMatchObject({ ok: true, quantity: 5, requested: 5, capped: false });
    expect(await cartItemCount(cartId)).toBe(5);

    expect(await updateCartLine({ cartId, variantId: variant.id, quantity: 1 })).toMatchObject({ ok: true, quantity: 1, capped: false });
    expect(await cartItemCount(cartId)).toBe(1);

    expect(await removeCartLine({ cartId, variantId: variant.id })).toMatchObject({ ok: true, line: { productName: p.name } });
    expect(await cartItemCount(cartId)).toBe(0);
    expect(await removeCartLine({ cartId, variantId: variant.id })).toEqual({ ok: false, reason: "not_in_cart" });
  });

  it("caps at what is available (on hand − reserved), adding and updating", async () => {
    const cartId = await guestCart();
    const { variant } = await product({ onHand: 5 });
    await reserve(variant.id, 2);

    expect(await addToCart({ cartId, variantId: variant.id, quantity: 10 })).toMatchObject({ ok: true, quantity: 3, requested: 10, capped: true });
    expect(await addToCart({ cartId, variantId: variant.id, quantity: 1 })).toMatchObject({ ok: true, quantity: 3, requested: 4, capped: true });
    expect(await updateCartLine({ cartId, variantId: variant.id, quantity: 50 })).toMatchObject({ ok: true, quantity: 3, capped: true });
    expect(await updateCartLine({ cartId, variantId: variant.id, quantity: 2 })).toMatchObject({ ok: true, quantity: 2, capped: false });
  });

  it("concurrent adds never push a line past the stock", async () => {
    const cartId = await guestCart();
    const { variant } = await product({ onHand: 7 });
    const results = await Promise.all(Array.from({ length: 10 }, () => addToCart({ cartId, variantId: variant.id, quantity: 2 })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await cartItemCount(cartId)).toBe(7);
  });

  it("refuses what is not for sale with the same answer as an unknown id", async () => {
    const cartId = await guestCart();
    const draft = await product({ status: "DRAFT" });
    const hidden = await product({ status: "HIDDEN" });
    const suspended = await product({ sellerStatus: "SUSPENDED" });
    const pending = await createSeller({ status: "PENDING" });
    const pendingProduct = await createProduct({ sellerId: pending.id, variants: [{ label: "Chai", price: 90_000, onHand: 5 }] });
    for (const variantId of [draft.variant.id, hidden.variant.id, suspended.variant.id, pendingProduct.variants[0].id, "no-such-variant"]) {
      expect(await addToCart({ cartId, variantId, quantity: 1 })).toEqual({ ok: false, reason: "not_found" });
    }
    expect(await prisma.cartLine.count({ where: { cartId } })).toBe(0);
  });

  it("refuses an out-of-stock variant, naming it", async () => {
    const cartId = await guestCart();
    const { variant, product: p } = await product({ onHand: 0 });
    expect(await addToCart({ cartId, variantId: variant.id, quantity: 1 })).toMatchObject({ ok: false, reason: "out_of_stock", line: { productName: p.name } });
  });

  it("update/remove only touch this cart's lines: another cart's variant is 'not in cart' and left alone", async () => {
    const mine = await guestCart();
    const theirs = await guestCart();
    const { variant } = await product({ onHand: 10 });
    await addToCart({ cartId: theirs, variantId: variant.id, quantity: 4 });
    expect(await updateCartLine({ cartId: mine, variantId: variant.id, quantity: 1 })).toEqual({ ok: false, reason: "not_in_cart" });
    expect(await removeCartLine({ cartId: mine, variantId: variant.id })).toEqual({ ok: false, reason: "not_in_cart" });
    expect(await cartItemCount(theirs)).toBe(4);
  });

  it("a line whose product stopped selling can be removed but not changed", async () => {
    const cartId = await guestCart();
    const { variant, product: p } = await product();
    await addToCart({ cartId, variantId: variant.id, quantity: 2 });
    await prisma.product.update({ where: { id: p.id }, data: { status: "ARCHIVED" } });
    expect(await updateCartLine({ cartId, variantId: variant.id, quantity: 1 })).toMatchObject({ ok: false, reason: "unavailable", line: { productName: p.name } });
    expect(await removeCartLine({ cartId, variantId: variant.id })).toMatchObject({ ok: true });
  });

  it("never stores more than MAX_LINE_QUANTITY units on a line", async () => {
    const cartId = await guestCart();
    const { variant } = await product({ onHand: 5000 });
    await addToCart({ cartId, variantId: variant.id, quantity: MAX_LINE_QUANTITY });
    expect(await addToCart({ cartId, variantId: variant.id, quantity: 5 })).toMatchObject({ ok: true, quantity: MAX_LINE_QUANTITY, capped: true });
  });
});

describe("getCartView", () => {
  it("groups lines by seller with each seller's subtotal and shipping; the national rate is an estimate without a province", async () => {
    const cartId = await guestCart();
    const canTho = await product({ provinceCode: "92", price: 120_000, weightGrams: 800 });
    const haNoi = await product({ provinceCode: "01", price: 60_000, weightGrams: 1500 });
    const canTho2 = await createProduct({ sellerId: canTho.seller.id, variants: [{ label: "Hũ 500 g", price: 45_000, onHand: 10, weightGrams: 500 }] });
    await addToCart({ cartId, variantId: canTho.variant.id, quantity: 2 });
    await addToCart({ cartId, variantId: haNoi.variant.id, quantity: 1 });
    await addToCart({ cartId, variantId: canTho2.variants[0].id, quantity: 1 });

    const view = await getCartView(cartId, { locale: "vi" });
    expect(view.groups.map((g) => g.seller.id)).toEqual([canTho.seller.id, haNoi.seller.id]);
    const [a, b] = view.groups;
    expect(a.seller).toMatchObject({ slug: canTho.seller.slug, name: canTho.seller.name, provinceCode: "92", region: "dong-bang-song-cuu-long", status: "APPROVED" });
    expect(a.seller.provinceName).toContain("Cần Thơ");
    expect(a.lines.map((l) => l.variantId)).toEqual([canTho.variant.id, canTho2.variants[0].id]);
    expect(a.lines[0]).toMatchObject({ unitPrice: 120_000, priceSeen: 120_000, quantity: 2, lineTotal: 240_000, available: 10, problems: [], isService: false, purchasable: true, sku: canTho.variant.sku });
    expect(a.subtotal).toBe(285_000);
    expect(a.weightGrams).toBe(2100);
    // 2.1 kg elsewhere: first kg + 2 further started kg.
    expect(a.shippingFee).toBe(SHIPPING_TABLE.national.firstKg + 2 * SHIPPING_TABLE.national.extraKg);
    expect(a.shippingIsEstimate).toBe(true);
    expect(b.subtotal).toBe(60_000);
    expect(b.shippingFee).toBe(SHIPPING_TABLE.national.firstKg + SHIPPING_TABLE.national.extraKg);
    expect(view).toMatchObject({ subtotal: 345_000, shippingTotal: a.shippingFee + b.shippingFee, total: 345_000 + a.shippingFee + b.shippingFee, itemCount: 4, hasProblems: false });

    // A buyer in Cần Thơ: same province for one seller, elsewhere (other region) for the other.
    const local = await getCartView(cartId, { buyerProvinceCode: "92", locale: "vi" });
    expect(local.groups[0].shippingFee).toBe(SHIPPING_TABLE.same_province.firstKg + 2 * SHIPPING_TABLE.same_province.extraKg);
    expect(local.groups[0].shippingIsEstimate).toBe(false);
    expect(local.groups[1].shippingFee).toBe(SHIPPING_TABLE.national.firstKg + SHIPPING_TABLE.national.extraKg);
    expect(local.buyerProvinceCode).toBe("92");
  });

  it("services weigh nothing and a seller's part from the threshold ships free", async () => {
    const cartId = await guestCart();
    const tour = await product({ categorySlug: "tour-trai-nghiem", price: 300_000, weightGrams: 500 });
    const big = await product({ price: FREE_SHIPPING_FROM, weightGrams: 3000 });
    await addToCart({ cartId, variantId: tour.variant.id, quantity: 1 });
    await addToCart({ cartId, variantId: big.variant.id, quantity: 1 });
    const view = await getCartView(cartId);
    expect(view.groups[0].lines[0]).toMatchObject({ isService: true, weightGrams: 0 });
    expect(view.groups[0]).toMatchObject({ weightGrams: 0, shippingFee: 0 });
    expect(view.groups[1]).toMatchObject({ weightGrams: 3000, shippingFee: 0 });
    expect(view.shippingTotal).toBe(0);
  });

  it("shows a price change, an archived product, a suspended seller, sold out and a capped quantity as problems", async () => {
    const cartId = await guestCart();
    const priced = await product({ price: 150_000 });
    const archived = await product();
    const suspended = await product();
    const soldOut = await product({ onHand: 4 });
    const low = await product({ onHand: 10 });
    for (const p of [priced, archived, suspended, soldOut, low]) await addToCart({ cartId, variantId: p.variant.id, quantity: 4 });

    await prisma.productVariant.update({ where: { id: priced.variant.id }, data: { price: 165_000 } });
    await prisma.product.update({ where: { id: archived.product.id }, data: { status: "ARCHIVED" } });
    await prisma.seller.update({ where: { id: suspended.seller.id }, data: { status: "SUSPENDED", statusReason: "Kiểm tra phản ánh" } });
    await reserve(soldOut.variant.id, 4);
    await reserve(low.variant.id, 7);

    const view = await getCartView(cartId);
    const line = (id: string) => view.groups.flatMap((g) => g.lines).find((l) => l.variantId === id)!;
    expect(line(priced.variant.id)).toMatchObject({ problems: ["price_changed"], priceSeen: 150_000, unitPrice: 165_000, lineTotal: 660_000, purchasable: true });
    expect(line(archived.variant.id)).toMatchObject({ problems: ["archived"], purchasable: false });
    expect(line(suspended.variant.id)).toMatchObject({ problems: ["seller_suspended"], purchasable: false });
    expect(view.groups.find((g) => g.seller.id === suspended.seller.id)!.seller.status).toBe("SUSPENDED");
    expect(line(soldOut.variant.id)).toMatchObject({ problems: ["out_of_stock"], available: 0, purchasable: false });
    expect(line(low.variant.id)).toMatchObject({ problems: ["quantity_capped"], quantity: 3, requestedQuantity: 4, available: 3, lineTotal: 450_000, purchasable: true });
    expect(view.hasProblems).toBe(true);
    // Lines that cannot be bought count for nothing.
    expect(view.subtotal).toBe(660_000 + 450_000);

    // The shopper saw the new price; the cart page stores the capped quantity.
    expect(await acknowledgePriceChanges(cartId)).toBe(1);
    expect(await capCartQuantities(cartId)).toBe(1);
    const after = await getCartView(cartId);
    const again = (id: string) => after.groups.flatMap((g) => g.lines).find((l) => l.variantId === id)!;
    expect(again(priced.variant.id).problems).toEqual([]);
    expect(again(priced.variant.id).priceSeen).toBe(165_000);
    expect(again(low.variant.id)).toMatchObject({ problems: [], quantity: 3, requestedQuantity: 3 });
    expect(again(soldOut.variant.id).requestedQuantity).toBe(4);
    // Removing what cannot be bought clears the way to checkout.
    for (const p of [archived, suspended, soldOut]) await removeCartLine({ cartId, variantId: p.variant.id });
    expect((await getCartView(cartId)).hasProblems).toBe(false);
  });

  it("acknowledging with the prices shown leaves a price that changed again as a problem", async () => {
    const cartId = await guestCart();
    const p = await product({ price: 100_000 });
    await addToCart({ cartId, variantId: p.variant.id, quantity: 1 });
    await prisma.productVariant.update({ where: { id: p.variant.id }, data: { price: 110_000 } });
    // The page showed 110.000 ₫, then the seller changed it again to 120.000 ₫.
    await prisma.productVariant.update({ where: { id: p.variant.id }, data: { price: 120_000 } });
    expect(await acknowledgePriceChanges(cartId, [{ variantId: p.variant.id, price: 110_000 }])).toBe(0);
    expect((await getCartView(cartId)).hasProblems).toBe(true);
    expect(await acknowledgePriceChanges(cartId, [{ variantId: p.variant.id, price: 120_000 }])).toBe(1);
    expect((await getCartView(cartId)).hasProblems).toBe(false);
  });

  it("adding again sets the price seen to today's price", async () => {
    const cartId = await guestCart();
    const p = await product({ price: 100_000 });
    await addToCart({ cartId, variantId: p.variant.id, quantity: 1 });
    await prisma.productVariant.update({ where: { id: p.variant.id }, data: { price: 90_000 } });
    expect((await getCartView(cartId)).hasProblems).toBe(true);
    await addToCart({ cartId, variantId: p.variant.id, quantity: 1 });
    const view = await getCartView(cartId);
    expect(view.hasProblems).toBe(false);
    expect(view.groups[0].lines[0]).toMatchObject({ priceSeen: 90_000, quantity: 2 });
  });
});

describe("merging a guest cart into the account's", () => {
  it("quantities add up, capped at what is available; the guest cart is deleted", async () => {
    const user = await createUser();
    const both = await product({ onHand: 6 });
    const guestOnly = await product({ onHand: 10 });
    const userOnly = await product({ onHand: 10 });
    const { cartId: userCartId } = await resolveCart(new Request("http://localhost/"), user, { create: true });
    await addToCart({ cartId: userCartId!, variantId: both.variant.id, quantity: 4 });
    await addToCart({ cartId: userCartId!, variantId: userOnly.variant.id, quantity: 1 });
    const guest = await guestCart();
    await addToCart({ cartId: guest, variantId: both.variant.id, quantity: 5 });
    await addToCart({ cartId: guest, variantId: guestOnly.variant.id, quantity: 2 });

    expect(await mergeGuestCartIntoUser(guest, user.id)).toBe(2);
    const lines = await prisma.cartLine.findMany({ where: { cartId: userCartId! } });
    const qty = (id: string) => lines.find((l) => l.variantId === id)?.quantity;
    expect(qty(both.variant.id)).toBe(6);
    expect(qty(guestOnly.variant.id)).toBe(2);
    expect(qty(userOnly.variant.id)).toBe(1);
    expect(await prisma.cart.findUnique({ where: { id: guest } })).toBeNull();
    // Twice (a retried login) changes nothing.
    expect(await mergeGuestCartIntoUser(guest, user.id)).toBe(0);
  });

  it("creates the account's cart when it has none, and runs once when two logins race", async () => {
    const user = await createUser();
    const p = await product({ onHand: 10 });
    const guest = await guestCart();
    await addToCart({ cartId: guest, variantId: p.variant.id, quantity: 3 });
    const merged = await Promise.all([mergeGuestCartIntoUser(guest, user.id), mergeGuestCartIntoUser(guest, user.id)]);
    expect(merged.sort()).toEqual([0, 1]);
    const cart = await prisma.cart.findUniqueOrThrow({ where: { userId: user.id }, include: { lines: true } });
    expect(cart.lines.map((l) => l.quantity)).toEqual([3]);
  });

  it("mergeGuestCartOnLogin reads the cookie and answers the Set-Cookie that clears it", async () => {
    const user = await createUser();
    const p = await product();
    const created = await resolveCart(new Request("http://localhost/"), null, { create: true });
    await addToCart({ cartId: created.cartId!, variantId: p.variant.id, quantity: 2 });
    const request = new Request("http://localhost/login", { headers: { Cookie: created.setCookie!.split(";")[0] } });
    const clear = await mergeGuestCartOnLogin(request, user.id);
    expect(clear).toMatch(/^__cart=; Max-Age=0;/);
    expect(await getCartCount(new Request("http://localhost/"), user)).toBe(2);
    expect(await mergeGuestCartOnLogin(new Request("http://localhost/login"), user.id)).toBeNull();
  });

  it("a logged-in request still carrying a guest cookie merges it on the way", async () => {
    const user = await createUser();
    const p = await product();
    const created = await resolveCart(new Request("http://localhost/"), null, { create: true });
    await addToCart({ cartId: created.cartId!, variantId: p.variant.id, quantity: 1 });
    const resolved = await resolveCart(new Request("http://localhost/cart", { headers: { Cookie: created.setCookie!.split(";")[0] } }), user);
    expect(resolved.setCookie).toMatch(/^__cart=; Max-Age=0;/);
    expect(await cartItemCount(resolved.cartId!)).toBe(1);
  });
});

describe("checkout's part", () => {
  it("clearCartVariants removes only the ordered lines, inside the caller's transaction", async () => {
    const cartId = await guestCart();
    const a = await product();
    const b = await product();
    await addToCart({ cartId, variantId: a.variant.id, quantity: 1 });
    await addToCart({ cartId, variantId: b.variant.id, quantity: 1 });
    await expect(
      prisma.$transaction(async (tx) => {
        await clearCartVariants(tx, cartId, [a.variant.id]);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await cartItemCount(cartId)).toBe(2);
    expect(await prisma.$transaction((tx) => clearCartVariants(tx, cartId, [a.variant.id]))).toBe(1);
    expect((await prisma.cartLine.findMany({ where: { cartId } })).map((l) => l.variantId)).toEqual([b.variant.id]);
  });
});
