// Cart lines: add, change, remove, merge a guest cart into an account's, and
// what checkout clears. Each change is one SQL statement that caps the
// quantity at what is available in the same statement (no read-then-write
// window), so concurrent adds cannot push a line past the stock.
import crypto from "node:crypto";
import { prisma, type Tx } from "~/lib/db.server";
import { clearCartCookie, getCartIdFromRequest, serializeCartCookie } from "./cookie.server";
import { MAX_LINE_QUANTITY } from "./schemas";

type Db = typeof prisma | Tx;

/** A cuid-like id for rows inserted with raw SQL (Prisma's @default(cuid()) only applies to its own creates). */
function newId(): string {
  return `c${BigInt(`0x${crypto.randomBytes(16).toString("hex")}`).toString(36)}`;
}

// ─────────────────────────────── which cart ───────────────────────────────

export type ResolvedCart = { cartId: string | null; setCookie?: string };

/** The account's cart, created when missing (safe when two requests race: one row per user). */
async function ensureUserCart(db: Db, userId: string): Promise<string> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO carts (id, user_id, created_at, updated_at) VALUES (${newId()}, ${userId}, now(), now())
    ON CONFLICT (user_id) DO UPDATE SET updated_at = now()
    RETURNING id`;
  return rows[0].id;
}

/**
 * The cart of this request: a logged-in user's own cart, else the guest cart in
 * the `__cart` cookie. With `create`, a missing cart is created (only adding
 * needs one) and `setCookie` carries a new guest cart's cookie. A guest cookie
 * still present while logged in is merged into the account's cart and cleared.
 */
export async function resolveCart(request: Request, user: { id: string } | null, options: { create?: boolean } = {}): Promise<ResolvedCart> {
  const guestId = await getCartIdFromRequest(request);
  if (user) {
    let setCookie: string | undefined;
    if (guestId) {
      await mergeGuestCartIntoUser(guestId, user.id);
      setCookie = await clearCartCookie();
    }
    const own = await prisma.cart.findUnique({ where: { userId: user.id }, select: { id: true } });
    if (own) return { cartId: own.id, setCookie };
    if (!options.create) return { cartId: null, setCookie };
    return { cartId: await ensureUserCart(prisma, user.id), setCookie };
  }
  if (guestId) {
    const cart = await prisma.cart.findFirst({ where: { id: guestId, userId: null }, select: { id: true } });
    // A write refreshes the cookie, so an active guest cart does not expire under the shopper.
    if (cart) return { cartId: cart.id, setCookie: options.create ? await serializeCartCookie(cart.id) : undefined };
  }
  if (!options.create) return { cartId: null, setCookie: guestId ? await clearCartCookie() : undefined };
  const cart = await prisma.cart.create({ data: {}, select: { id: true } });
  return { cartId: cart.id, setCookie: await serializeCartCookie(cart.id) };
}

/** Units in the cart (what the header shows). */
export async function cartItemCount(cartId: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: number }[]>`SELECT coalesce(sum(quantity), 0)::int AS n FROM cart_lines WHERE cart_id = ${cartId}`;
  return rows[0]?.n ?? 0;
}

/** The header's count for this request, without creating or merging anything (one query, none for a guest without a cart). */
export async function getCartCount(request: Request, user: { id: string } | null): Promise<number> {
  if (user) {
    const rows = await prisma.$queryRaw<{ n: number }[]>`
      SELECT coalesce(sum(l.quantity), 0)::int AS n FROM cart_lines l JOIN carts c ON c.id = l.cart_id WHERE c.user_id = ${user.id}`;
    return rows[0]?.n ?? 0;
  }
  const guestId = await getCartIdFromRequest(request);
  if (!guestId) return 0;
  const rows = await prisma.$queryRaw<{ n: number }[]>`
    SELECT coalesce(sum(l.quantity), 0)::int AS n FROM cart_lines l JOIN carts c ON c.id = l.cart_id WHERE c.id = ${guestId} AND c.user_id IS NULL`;
  return rows[0]?.n ?? 0;
}

// ─────────────────────────────── changes ───────────────────────────────

/** What a message about a line needs. */
export type CartLineRef = { variantId: string; productSlug: string; productName: string; variantLabel: string };

export type CartChange =
  | {
      ok: true;
      line: CartLineRef;
      /** The line's quantity after the change. */
      quantity: number;
      /** The quantity asked for (after an add: what was in the cart plus what was added). */
      requested: number;
      /** Fewer than requested: that is all there is. */
      capped: boolean;
    }
  | {
      ok: false;
      /**
       * not_found: no such variant, or it is not for sale (product not ACTIVE, seller not
       * APPROVED) — one answer for both, so ids of other sellers' drafts reveal nothing;
       * not_in_cart: update/remove of a variant this cart does not hold;
       * unavailable: a line in the cart whose product or seller stopped selling (remove it);
       * out_of_stock: nothing available now.
       */
      reason: "not_found" | "not_in_cart" | "unavailable" | "out_of_stock";
      line?: CartLineRef;
    };

const variantSelect = {
  id: true,
  label: true,
  price: true,
  onHand: true,
  reserved: true,
  product: { select: { slug: true, name: true, status: true } },
  seller: { select: { status: true } },
} as const;

type VariantRow = { id: string; label: string; price: number; onHand: number; reserved: number; product: { slug: string; name: string; status: string }; seller: { status: string } };

function refOf(v: VariantRow): CartLineRef {
  return { variantId: v.id, productSlug: v.product.slug, productName: v.product.name, variantLabel: v.label };
}

function forSale(v: VariantRow): boolean {
  return v.product.status === "ACTIVE" && v.seller.status === "APPROVED";
}

async function touchCart(cartId: string) {
  await prisma.cart.updateMany({ where: { id: cartId }, data: { updatedAt: new Date() } });
}

/**
 * Inserts a line or adds to it, capped at min(available, MAX_LINE_QUANTITY) in
 * the same statement; a line never drops below 1 (an out-of-stock line stays
 * visible with its problem rather than vanishing).
 */
async function upsertLine(db: Db, input: { cartId: string; variantId: string; quantity: number; priceSeen: number }) {
  const rows = await db.$queryRaw<{ quantity: number; previous: number | null }[]>`
    WITH prev AS (SELECT quantity FROM cart_lines WHERE cart_id = ${input.cartId} AND variant_id = ${input.variantId}),
         cap AS (SELECT GREATEST(LEAST(${MAX_LINE_QUANTITY}::int, on_hand - reserved), 1) AS n FROM product_variants WHERE id = ${input.variantId})
    INSERT INTO cart_lines (id, cart_id, variant_id, quantity, price_seen, created_at, updated_at)
    VALUES (${newId()}, ${input.cartId}, ${input.variantId}, LEAST(${input.quantity}::int, (SELECT n FROM cap)), ${input.priceSeen}::int, now(), now())
    ON CONFLICT (cart_id, variant_id) DO UPDATE
      SET quantity = LEAST(cart_lines.quantity + ${input.quantity}::int, (SELECT n FROM cap)),
          price_seen = EXCLUDED.price_seen,
          updated_at = now()
    RETURNING quantity, (SELECT quantity FROM prev) AS previous`;
  return { quantity: rows[0].quantity, previous: rows[0].previous ?? 0 };
}

/** Adds `quantity` units of a variant that is for sale; the line's price seen becomes today's price. */
export async function addToCart(input: { cartId: string; variantId: string; quantity: number }): Promise<CartChange> {
  positive(input.quantity);
  const variant = await prisma.productVariant.findUnique({ where: { id: input.variantId }, select: variantSelect });
  if (!variant || !forSale(variant)) return { ok: false, reason: "not_found" };
  if (variant.onHand - variant.reserved <= 0) return { ok: false, reason: "out_of_stock", line: refOf(variant) };
  const { quantity, previous } = await upsertLine(prisma, { cartId: input.cartId, variantId: variant.id, quantity: input.quantity, priceSeen: variant.price });
  await touchCart(input.cartId);
  const requested = previous + input.quantity;
  return { ok: true, line: refOf(variant), quantity, requested, capped: quantity < requested };
}

/** Sets a line's quantity, capped at what is available. */
export async function updateCartLine(input: { cartId: string; variantId: string; quantity: number }): Promise<CartChange> {
  positive(input.quantity);
  const line = await prisma.cartLine.findUnique({
    where: { cartId_variantId: { cartId: input.cartId, variantId: input.variantId } },
    select: { variant: { select: variantSelect } },
  });
  if (!line) return { ok: false, reason: "not_in_cart" };
  const { variant } = line;
  if (!forSale(variant)) return { ok: false, reason: "unavailable", line: refOf(variant) };
  if (variant.onHand - variant.reserved <= 0) return { ok: false, reason: "out_of_stock", line: refOf(variant) };
  const rows = await prisma.$queryRaw<{ quantity: number }[]>`
    UPDATE cart_lines l SET quantity = GREATEST(LEAST(${input.quantity}::int, ${MAX_LINE_QUANTITY}::int, v.on_hand - v.reserved), 1), updated_at = now()
    FROM product_variants v
    WHERE v.id = l.variant_id AND l.cart_id = ${input.cartId} AND l.variant_id = ${input.variantId}
    RETURNING l.quantity`;
  if (rows.length === 0) return { ok: false, reason: "not_in_cart" };
  await touchCart(input.cartId);
  return { ok: true, line: refOf(variant), quantity: rows[0].quantity, requested: input.quantity, capped: rows[0].quantity < input.quantity };
}

/** Removes a line (whatever the state of its product). */
export async function removeCartLine(input: { cartId: string; variantId: string }): Promise<CartChange> {
  const line = await prisma.cartLine.findUnique({
    where: { cartId_variantId: { cartId: input.cartId, variantId: input.variantId } },
    select: { quantity: true, variant: { select: variantSelect } },
  });
  if (!line) return { ok: false, reason: "not_in_cart" };
  const { count } = await prisma.cartLine.deleteMany({ where: { cartId: input.cartId, variantId: input.variantId } });
  if (count === 0) return { ok: false, reason: "not_in_cart" };
  await touchCart(input.cartId);
  return { ok: true, line: refOf(line.variant), quantity: 0, requested: 0, capped: false };
}

function positive(quantity: number) {
  if (!Number.isSafeInteger(quantity) || quantity < 1) throw new RangeError(`quantity must be a positive integer, got ${quantity}`);
}

/**
 * The shopper saw the new prices: price seen := current price. With `seen`, only
 * lines whose current price still is the one shown (a price that changed again
 * since the page was rendered stays a problem). Returns the lines changed.
 */
export async function acknowledgePriceChanges(cartId: string, seen?: { variantId: string; price: number }[]): Promise<number> {
  if (seen === undefined) {
    return prisma.$executeRaw`
      UPDATE cart_lines l SET price_seen = v.price, updated_at = now()
      FROM product_variants v
      WHERE v.id = l.variant_id AND l.cart_id = ${cartId} AND l.price_seen <> v.price`;
  }
  let changed = 0;
  for (const { variantId, price } of seen) {
    changed += await prisma.$executeRaw`
      UPDATE cart_lines l SET price_seen = v.price, updated_at = now()
      FROM product_variants v
      WHERE v.id = l.variant_id AND l.cart_id = ${cartId} AND l.variant_id = ${variantId} AND v.price = ${price}::int AND l.price_seen <> v.price`;
  }
  return changed;
}

/**
 * Stores the capped quantities the cart page just showed ("only 3 left — quantity
 * adjusted"), so the cart says what will be bought. Out-of-stock lines are left
 * alone: they show their problem until removed.
 */
export async function capCartQuantities(cartId: string): Promise<number> {
  return prisma.$executeRaw`
    UPDATE cart_lines l SET quantity = LEAST(v.on_hand - v.reserved, ${MAX_LINE_QUANTITY}::int), updated_at = now()
    FROM product_variants v
    WHERE v.id = l.variant_id AND l.cart_id = ${cartId} AND v.on_hand - v.reserved >= 1 AND l.quantity > v.on_hand - v.reserved`;
}

/**
 * On login and registration: the guest cart's lines move into the account's cart
 * (quantities add up, capped at what is available) and the guest cart is
 * deleted. Safe to call twice or concurrently: the guest cart is locked and
 * only the first call finds it. Returns how many lines were merged.
 */
export async function mergeGuestCartIntoUser(guestCartId: string, userId: string): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const guest = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM carts WHERE id = ${guestCartId} AND user_id IS NULL FOR UPDATE`;
    if (guest.length === 0) return 0;
    const lines = await tx.cartLine.findMany({ where: { cartId: guestCartId }, select: { variantId: true, quantity: true, priceSeen: true }, orderBy: { createdAt: "asc" } });
    if (lines.length > 0) {
      const userCartId = await ensureUserCart(tx, userId);
      for (const line of lines) await upsertLine(tx, { cartId: userCartId, variantId: line.variantId, quantity: line.quantity, priceSeen: line.priceSeen });
    }
    await tx.cart.delete({ where: { id: guestCartId } });
    return lines.length;
  });
}

/** Checkout, inside its order transaction: the lines just ordered leave the cart. */
export async function clearCartVariants(tx: Tx, cartId: string, variantIds: string[]): Promise<number> {
  if (variantIds.length === 0) return 0;
  const { count } = await tx.cartLine.deleteMany({ where: { cartId, variantId: { in: variantIds } } });
  return count;
}

/** Guest carts nobody touched since `before` (the worker's housekeeping). */
export async function pruneGuestCarts(before: Date): Promise<number> {
  const { count } = await prisma.cart.deleteMany({ where: { userId: null, updatedAt: { lt: before } } });
  return count;
}

/**
 * For the login and registration actions: merges the request's guest cart into
 * the user's and returns the Set-Cookie that clears `__cart` (null when there was
 * none). A failed merge never fails the login: the cookie stays and the cart
 * page merges it on the next visit.
 */
export async function mergeGuestCartOnLogin(request: Request, userId: string): Promise<string | null> {
  const guestId = await getCartIdFromRequest(request);
  if (!guestId) return null;
  try {
    await mergeGuestCartIntoUser(guestId, userId);
  } catch (error) {
    console.error("cart: merging the guest cart failed", error);
    return null;
  }
  return clearCartCookie();
}

/** A variant's names for a message (and a link back to its product), only when it is for sale. */
export async function describeVariantForSale(variantId: string): Promise<CartLineRef | null> {
  const variant = await prisma.productVariant.findUnique({ where: { id: variantId }, select: variantSelect });
  return variant && forSale(variant) ? refOf(variant) : null;
}
