// /cart's loader and action called as Remix would, with real requests and cookies.
import { describe, expect, it } from "vitest";
import { getFixedT } from "~/lib/i18n/i18n";
import { cookieHeader, createTestUser, db, formRequest, getRequest, runRoute, TEST_PASSWORD, testEmail } from "~/modules/accounts/testing.server";
import { getCartIdFromRequest, type CartFlash, type CartView } from "~/modules/cart/index.server";
import type { CartActionError } from "~/components/cart/CartMessages";
import { createProduct, createSeller } from "../../prisma/factories";
import { action, loader } from "./cart";
import { action as loginAction } from "./_auth.login";
import { action as registerAction } from "./_auth.register";

type LoaderData = { view: CartView; flash: CartFlash | null; provinceCode: string | null; provinces: { code: string; name: string }[] };
type ActionData = { error: CartActionError };

const post = (fields: Record<string, string>, cookie?: string, url = "/cart") => runRoute<ActionData>(() => action({ request: formRequest(url, fields, { cookie }), context: {}, params: {} }));
const load = (cookie?: string, url = "/cart") => runRoute<LoaderData>(() => loader({ request: getRequest(url, cookie), context: {}, params: {} }));

/** Set-Cookie headers → one Cookie header, later values replacing earlier ones (as a browser would). */
function jar(previous: string | undefined, headers: Headers): string {
  const cookies = new Map<string, string>();
  for (const part of (previous ?? "").split("; ").filter(Boolean)) cookies.set(part.split("=")[0], part);
  for (const set of headers.getSetCookie()) {
    const pair = cookieHeader(set);
    const [name, value] = [pair.split("=")[0], pair.slice(pair.indexOf("=") + 1)];
    if (value === "" || /Max-Age=0/.test(set)) cookies.delete(name);
    else cookies.set(name, pair);
  }
  return [...cookies.values()].join("; ");
}

async function sellerWithProduct(options: { onHand?: number; price?: number; status?: "APPROVED" | "SUSPENDED"; productStatus?: "ACTIVE" | "DRAFT"; provinceCode?: string } = {}) {
  const seller = await createSeller({ status: options.status ?? "APPROVED", provinceCode: options.provinceCode ?? "92" });
  const product = await createProduct({ sellerId: seller.id, status: options.productStatus ?? "ACTIVE", variants: [{ label: "Chai 500 ml", price: options.price ?? 150_000, onHand: options.onHand ?? 10 }] });
  return { seller, product, variant: product.variants[0] };
}

describe("GET /cart", () => {
  it("an empty cart: 200, private no-store, no cart created", async () => {
    const res = await load();
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(res.data?.view.groups).toEqual([]);
    expect(res.data?.provinces).toHaveLength(34);
    expect(await db.cart.count()).toBe(0);
  });
});

describe("POST /cart", () => {
  it("add (as the product page posts it) → redirect to /cart with the cart cookie and a one-time 'added' message", async () => {
    const { variant, product } = await sellerWithProduct();
    const res = await post({ intent: "add", variantId: variant.id, quantity: "2" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/cart");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    const cookie = jar(undefined, res.headers);
    expect(cookie).toMatch(/__cart=/);

    const page = await load(cookie);
    expect(page.data?.flash).toMatchObject({ kind: "added", name: `${product.name} (Chai 500 ml)`, quantity: 2 });
    expect(getFixedT("vi", "cart")("flash.added", { name: "Nước mắm (Chai 500 ml)" })).toBe("Đã thêm Nước mắm (Chai 500 ml) vào giỏ hàng");
    expect(page.data?.view.groups[0].lines[0]).toMatchObject({ variantId: variant.id, quantity: 2, lineTotal: 300_000 });
    expect(page.data?.view.itemCount).toBe(2);
    // The flash is consumed.
    const again = await load(jar(cookie, page.headers));
    expect(again.data?.flash).toBeNull();
  });

  it("update and remove, keeping ?provinceCode across the redirect", async () => {
    const { variant, product } = await sellerWithProduct({ onHand: 3 });
    let cookie = jar(undefined, (await post({ intent: "add", variantId: variant.id, quantity: "1" })).headers);
    const update = await post({ intent: "update", variantId: variant.id, quantity: "5" }, cookie, "/cart?provinceCode=92");
    expect(update.headers.get("Location")).toBe("/cart?provinceCode=92");
    cookie = jar(cookie, update.headers);
    const page = await load(cookie, "/cart?provinceCode=92");
    expect(page.data?.flash).toMatchObject({ kind: "updated", cappedTo: 3 });
    expect(getFixedT("vi", "cart")("flash.capped", { count: 3 })).toBe("Chỉ còn 3 sản phẩm — đã điều chỉnh số lượng.");
    expect(page.data?.provinceCode).toBe("92");
    expect(page.data?.view.groups[0]).toMatchObject({ shippingIsEstimate: false });
    expect(page.data?.view.groups[0].lines[0].quantity).toBe(3);

    const remove = await post({ intent: "remove", variantId: variant.id }, cookie);
    expect(remove.status).toBe(302);
    cookie = jar(cookie, remove.headers);
    const after = await load(cookie);
    expect(after.data?.flash).toEqual({ kind: "removed", name: `${product.name} (Chai 500 ml)`, quantity: 0 });
    expect(after.data?.view.groups).toEqual([]);
  });

  it("bad input: a clear message, the typed value kept, the cart unchanged, never a 500", async () => {
    const { variant } = await sellerWithProduct();
    const suspended = await sellerWithProduct({ status: "SUSPENDED" });
    const cookie = jar(undefined, (await post({ intent: "add", variantId: variant.id, quantity: "2" })).headers);
    const cases: [Record<string, string>, number, string][] = [
      [{ intent: "update", variantId: variant.id, quantity: "0" }, 400, "errors.quantity"],
      [{ intent: "update", variantId: variant.id, quantity: "-1" }, 400, "errors.quantity"],
      [{ intent: "update", variantId: variant.id, quantity: "abc" }, 400, "errors.quantity"],
      [{ intent: "update", variantId: variant.id, quantity: "100000" }, 400, "errors.quantity"],
      [{ intent: "update", variantId: variant.id, quantity: "1.5" }, 400, "errors.quantity"],
      [{ intent: "update", variantId: variant.id, quantity: "" }, 400, "errors.quantity"],
      [{ intent: "add", variantId: variant.id, quantity: "abc" }, 400, "errors.quantity"],
      [{ intent: "add", variantId: "unknown-variant-id", quantity: "1" }, 404, "errors.notFound"],
      [{ intent: "add", variantId: "<script>", quantity: "1" }, 404, "errors.notFound"],
      [{ intent: "add", variantId: suspended.variant.id, quantity: "1" }, 404, "errors.notFound"],
      [{ intent: "add", quantity: "1" }, 400, "errors.variantRequired"],
      [{ intent: "update", variantId: "unknown-variant-id", quantity: "1" }, 404, "errors.notInCart"],
      [{ intent: "remove", variantId: suspended.variant.id }, 404, "errors.notInCart"],
      [{ intent: "explode", variantId: variant.id }, 400, "errors.intent"],
      [{ variantId: variant.id, quantity: "1" }, 400, "errors.intent"],
    ];
    for (const [fields, status, key] of cases) {
      const res = await post(fields, cookie);
      expect(res.status, JSON.stringify(fields)).toBe(status);
      expect(res.data?.error.key, JSON.stringify(fields)).toBe(key);
      expect(res.data?.error.quantity ?? null).toBe(fields.quantity ?? null);
      expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    }
    const page = await load(cookie);
    expect(page.data?.view.groups.flatMap((g) => g.lines).map((l) => [l.variantId, l.quantity])).toEqual([[variant.id, 2]]);
    // Translated in both languages.
    expect(getFixedT("vi", "cart")("errors.quantity", { max: 999 })).toBe("Số lượng phải là số nguyên từ 1 đến 999.");
    expect(getFixedT("en", "cart")("errors.quantity", { max: 999 })).toBe("The quantity must be a whole number from 1 to 999.");
  });

  it("a bad quantity on the product page's add offers the way back to that product", async () => {
    const { variant, product } = await sellerWithProduct();
    const res = await post({ intent: "add", variantId: variant.id, quantity: "0" });
    expect(res.data?.error.product).toEqual({ slug: product.slug, variantId: variant.id });
  });

  it("a body that is not a form is refused with 400", async () => {
    const request = new Request("http://localhost/cart", { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } });
    const res = await runRoute<ActionData>(() => action({ request, context: {}, params: {} }));
    expect(res.status).toBe(400);
    expect(res.data?.error.key).toBe("errors.intent");
  });

  it("an out-of-stock product is refused by name, with the way back", async () => {
    const { variant, product } = await sellerWithProduct({ onHand: 0 });
    const res = await post({ intent: "add", variantId: variant.id, quantity: "1" });
    expect(res.status).toBe(409);
    expect(res.data?.error).toMatchObject({ key: "errors.outOfStock", params: { name: `${product.name} (Chai 500 ml)` }, product: { slug: product.slug } });
  });

  it("seller B's variant ids reveal nothing: a draft answers exactly like an unknown id", async () => {
    const b = await sellerWithProduct({ productStatus: "DRAFT" });
    const draft = await post({ intent: "add", variantId: b.variant.id, quantity: "1" });
    const unknown = await post({ intent: "add", variantId: "c0000000000000000000000000", quantity: "1" });
    expect(draft.status).toBe(unknown.status);
    expect({ ...draft.data?.error, variantId: null }).toEqual({ ...unknown.data?.error, variantId: null });
    expect(JSON.stringify(draft.data)).not.toContain(b.product.name);
    expect(await db.cartLine.count({ where: { variantId: b.variant.id } })).toBe(0);
  });

  it("another shopper's lines cannot be changed or removed through their variant ids", async () => {
    const { variant } = await sellerWithProduct();
    const theirs = jar(undefined, (await post({ intent: "add", variantId: variant.id, quantity: "4" })).headers);
    const mine = jar(undefined, (await post({ intent: "add", variantId: (await sellerWithProduct()).variant.id, quantity: "1" })).headers);
    expect((await post({ intent: "update", variantId: variant.id, quantity: "1" }, mine)).status).toBe(404);
    expect((await post({ intent: "remove", variantId: variant.id }, mine)).status).toBe(404);
    expect((await load(theirs)).data?.view.itemCount).toBe(4);
  });

  it("a logged-in shopper's cart is their account's cart (no guest cookie)", async () => {
    const { user, cookie } = await createTestUser();
    const { variant } = await sellerWithProduct();
    const res = await post({ intent: "add", variantId: variant.id, quantity: "2" }, cookie);
    expect(res.status).toBe(302);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("__cart="))).toBe(false);
    expect((await db.cart.findUniqueOrThrow({ where: { userId: user.id }, include: { lines: true } })).lines).toHaveLength(1);
  });

  it("price changes block checkout until acknowledged with the prices shown", async () => {
    const { variant } = await sellerWithProduct({ price: 150_000 });
    let cookie = jar(undefined, (await post({ intent: "add", variantId: variant.id, quantity: "1" })).headers);
    await db.productVariant.update({ where: { id: variant.id }, data: { price: 165_000 } });
    const page = await load(cookie);
    expect(page.data?.view.hasProblems).toBe(true);
    expect(page.data?.view.groups[0].lines[0]).toMatchObject({ problems: ["price_changed"], priceSeen: 150_000, unitPrice: 165_000 });
    const ack = await post({ intent: "acknowledge", seen: `${variant.id}:165000` }, cookie);
    expect(ack.status).toBe(302);
    cookie = jar(cookie, ack.headers);
    const after = await load(cookie);
    expect(after.data?.flash).toEqual({ kind: "acknowledged" });
    expect(after.data?.view.hasProblems).toBe(false);
  });
});

describe("the guest cart survives login and registration", () => {
  it("login merges the guest cart (quantities add, capped) and clears the __cart cookie", async () => {
    const { user, cookie: sessionCookie } = await createTestUser();
    const { variant } = await sellerWithProduct({ onHand: 5 });
    await post({ intent: "add", variantId: variant.id, quantity: "3" }, sessionCookie);
    const guest = jar(undefined, (await post({ intent: "add", variantId: variant.id, quantity: "4" })).headers);
    const guestCartId = await getCartIdFromRequest(getRequest("/", guest));

    const res = await runRoute(() =>
      loginAction({ request: formRequest("/login", { email: user.email, password: TEST_PASSWORD, redirectTo: "/cart" }, { cookie: guest }), context: { clientIp: "10.1.2.3" }, params: {} }),
    );
    expect(res.status).toBe(302);
    const cookies = res.headers.getSetCookie();
    expect(cookies.some((c) => c.startsWith("__session="))).toBe(true);
    expect(cookies.some((c) => /^__cart=; Max-Age=0/.test(c))).toBe(true);
    const cart = await db.cart.findUniqueOrThrow({ where: { userId: user.id }, include: { lines: true } });
    expect(cart.lines.map((l) => l.quantity)).toEqual([5]);
    expect(await db.cart.findUnique({ where: { id: guestCartId! } })).toBeNull();
  });

  it("registration adopts the guest cart", async () => {
    const { variant } = await sellerWithProduct();
    const guest = jar(undefined, (await post({ intent: "add", variantId: variant.id, quantity: "2" })).headers);
    const email = testEmail("cart");
    const res = await runRoute(() =>
      registerAction({
        request: formRequest("/register", { name: "Lê Thị Hoa", email, password: "cay-dua-ben-tre-2026", redirectTo: "/cart" }, { cookie: guest }),
        context: { clientIp: "10.1.2.4" },
        params: {},
      }),
    );
    expect(res.status).toBe(302);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const session = cookieHeader(res.headers.getSetCookie().find((c) => c.startsWith("__session="))!);
    const page = await load(jar(guest, res.headers).replace(/__session=[^;]*/, "") + `; ${session}`);
    expect(page.data?.view.itemCount).toBe(2);
    expect((await db.cart.findUniqueOrThrow({ where: { userId: user.id }, include: { lines: true } })).lines).toHaveLength(1);
  });
});
