// Placing an order from a cart: ONE PostgreSQL transaction that reads the cart
// and the current state of every variant, product and seller, writes the Order
// (the payment unit), one SellerOrder per seller, the lines with their
// snapshots, the Payment and the first event, reserves every line's stock with
// a conditional update, and empties the ordered lines from the cart. If any
// line cannot be had, nothing is written and the caller learns which line and
// why. The same idempotency key twice — double click, retry, back button,
// concurrent submits — places one order: an advisory lock on the key queues
// such submits, the unique index on orders.idempotency_key is the last word.
import { getDefaultCommissionBps } from "~/modules/settings/index.server";
import { Prisma, type PaymentMethod, type PrismaClient } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { reserveStock, StockError } from "~/modules/inventory/index.server";
import { clearCartVariants } from "~/modules/cart/index.server";
import { enqueueProducts } from "~/modules/search/index.server";
import { newOrderCode } from "~/modules/orders/code";
import type { DeliveryAddress } from "./addresses.server";
import type { OrderProblem, ProblemReason } from "./types";
import { checkoutConfig } from "./config.server";
import { SERVICE_GROUP, shippingFee } from "./shipping";

export type PlaceOrderInput = {
  userId: string;
  cartId: string | null;
  idempotencyKey: string;
  address: DeliveryAddress;
  paymentMethod: PaymentMethod;
  /**
   * The lines exactly as the checkout page showed them (the cart view caps a
   * quantity at what is available). When given, only these variants are
   * ordered, in these quantities, and each price must still be the one shown;
   * other cart lines (say, added in another tab meanwhile) stay in the cart.
   * Without it, every cart line is ordered in its stored quantity.
   */
  expectedLines?: ExpectedLine[];
};

export type ExpectedLine = { variantId: string; quantity: number; unitPrice: number };

export type PlacedOrder = { id: string; code: string; total: number; paymentMethod: PaymentMethod; status: string };

export type PlaceOrderResult =
  | { ok: true; order: PlacedOrder; /** true when the key had already placed this order */ replayed: boolean }
  | {
      ok: false;
      /** cart_changed: a line the page showed has left the cart meanwhile (another tab); show the page again. */
      reason: "empty_cart" | "cart_changed" | "invalid_address" | "problems";
      problems: OrderProblem[];
    };

/** The key is another account's: never show or reuse someone else's order. */
/**
 * The database could not take the order in time (no free connection, or the transaction ran
 * out of time behind a queue of checkouts for the same units). Nothing was written: the
 * shopper can simply submit again; the route answers 503 with Retry-After.
 */
export class CheckoutBusy extends Error {
  constructor() {
    super("checkout busy, nothing written");
    this.name = "CheckoutBusy";
  }
}

export class IdempotencyKeyConflict extends Error {
  constructor() {
    super("idempotency key already used by another account");
    this.name = "IdempotencyKeyConflict";
  }
}

/** Thrown inside the transaction to roll everything back and report the problems. */
class Rollback extends Error {
  constructor(readonly problems: OrderProblem[]) {
    super("order rolled back");
  }
}

const MAX_ATTEMPTS = 4;

/** `db` is the app's client unless a test brings its own (e.g. a bigger pool). */
export async function placeOrder(input: PlaceOrderInput, db: PrismaClient = prisma): Promise<PlaceOrderResult> {
  const replay = await existingOrder(db, input);
  if (replay) return replay;
  // Units already gone are answered from a plain read, without queueing for a write
  // transaction: when hundreds race for the last units, the losers hear "sold out" at once
  // instead of waiting for a connection behind the winners. The transaction re-checks everything.
  const early = await problemsVisibleWithoutLocks(db, input);
  if (early.length > 0) return { ok: false, reason: "problems", problems: early };
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => placeOrderInTransaction(tx, input), { maxWait: 20_000, timeout: 30_000 });
    } catch (error) {
      if (error instanceof Rollback) return { ok: false, reason: "problems", problems: error.problems };
      // A concurrent submit with the same key won (the advisory lock makes this rare).
      if (uniqueViolationOn(error, "idempotency_key")) {
        const existing = await existingOrder(db, input);
        if (existing) return existing;
      }
      // One in ~887 million: another order drew the same code. Draw again.
      if (attempt < MAX_ATTEMPTS && (uniqueViolationOn(error, "code") || isDeadlock(error))) continue;
      if (isBusy(error)) throw new CheckoutBusy();
      throw error;
    }
  }
}

/**
 * The problems a plain read already shows (no locks, nothing written). Only ever used to answer
 * early: an empty list proves nothing, and the transaction checks every line again under lock.
 */
async function problemsVisibleWithoutLocks(db: PrismaClient, input: PlaceOrderInput): Promise<OrderProblem[]> {
  if (!input.cartId) return [];
  const loaded = await loadCartLines(db, input);
  if (!loaded.ok) return [];
  return loaded.lines.flatMap((line) => {
    const reason = lineProblem(line);
    return reason ? [problemOf(line, reason, line.variant.onHand - line.variant.reserved)] : [];
  });
}

/** Prisma's "no connection in time" (P2024) and "transaction expired/closed" (P2028). */
function isBusy(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2024" || error.code === "P2028");
}

async function existingOrder(db: PrismaClient | Tx, input: PlaceOrderInput): Promise<PlaceOrderResult | null> {
  const order = await db.order.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true, code: true, total: true, paymentMethod: true, status: true, buyerId: true },
  });
  if (!order) return null;
  if (order.buyerId !== input.userId) throw new IdempotencyKeyConflict();
  return { ok: true, replayed: true, order: { id: order.id, code: order.code, total: order.total, paymentMethod: order.paymentMethod, status: order.status } };
}

type CartLineState = Prisma.CartLineGetPayload<{
  include: {
    variant: {
      include: {
        product: { select: { id: true; name: true; status: true; category: { select: { groupSlug: true } } } };
        seller: { select: { id: true; name: true; status: true; provinceCode: true; commissionRateBps: true; province: { select: { region: true } } } };
      };
    };
  };
}>;

async function placeOrderInTransaction(tx: Tx, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  // Submits with the same key queue here; the second one then finds the first one's order.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${input.idempotencyKey}, 0))`;
  const replay = await existingOrder(tx, input);
  if (replay) return replay;

  if (!input.cartId) return { ok: false, reason: "empty_cart", problems: [] };
  // Two checkouts of the same cart (two tabs, different keys) take turns: the second sees what the first left.
  const cart = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM carts WHERE id = ${input.cartId} AND user_id = ${input.userId} FOR UPDATE`;
  if (cart.length === 0) return { ok: false, reason: "empty_cart", problems: [] };

  const loaded = await loadCartLines(tx, input);
  if (!loaded.ok) return { ok: false, reason: loaded.reason, problems: [] };
  const { lines } = loaded;

  const buyerProvince = await tx.province.findUnique({ where: { code: input.address.provinceCode }, select: { code: true, region: true } });
  const ward = await tx.ward.findFirst({ where: { code: input.address.wardCode, provinceCode: input.address.provinceCode }, select: { code: true } });
  if (!buyerProvince || !ward) return { ok: false, reason: "invalid_address", problems: [] };

  // What the shopper must sort out before anything is written.
  const problems = lines.flatMap((line) => {
    const reason = lineProblem(line);
    return reason ? [problemOf(line, reason, line.variant.onHand - line.variant.reserved)] : [];
  });
  if (problems.length > 0) return { ok: false, reason: "problems", problems };

  // Per seller: subtotal, parcel weight (services weigh nothing), shipping fee.
  const bySeller = new Map<string, OrderedLine[]>();
  for (const line of lines) bySeller.set(line.variant.sellerId, [...(bySeller.get(line.variant.sellerId) ?? []), line]);
  const parts = [...bySeller.values()].map((sellerLines) => {
    const seller = sellerLines[0].variant.seller;
    const subtotal = sellerLines.reduce((sum, l) => sum + l.variant.price * l.quantity, 0);
    const weightGrams = sellerLines.reduce((sum, l) => sum + (l.variant.product.category.groupSlug === SERVICE_GROUP ? 0 : l.variant.weightGrams * l.quantity), 0);
    const fee = shippingFee({
      sellerProvinceCode: seller.provinceCode,
      sellerRegion: seller.province.region,
      buyerProvinceCode: buyerProvince.code,
      buyerRegion: buyerProvince.region,
      weightGrams,
      subtotal,
    });
    return { seller, lines: sellerLines, subtotal, shippingFee: fee };
  });
  const subtotal = parts.reduce((sum, p) => sum + p.subtotal, 0);
  const shippingTotal = parts.reduce((sum, p) => sum + p.shippingFee, 0);
  const total = subtotal + shippingTotal;

  const now = new Date();
  const code = newOrderCode();
  const order = await tx.order.create({
    data: {
      code,
      buyerId: input.userId,
      idempotencyKey: input.idempotencyKey,
      paymentMethod: input.paymentMethod,
      subtotal,
      shippingTotal,
      total,
      fullName: input.address.fullName,
      phone: input.address.phone,
      provinceCode: input.address.provinceCode,
      wardCode: input.address.wardCode,
      addressLine: input.address.addressLine,
      expiresAt: new Date(now.getTime() + checkoutConfig.ORDER_PAYMENT_TTL_MINUTES * 60_000),
      createdAt: now,
    },
    select: { id: true, code: true, total: true, paymentMethod: true, status: true },
  });
  // The platform default an admin set (PlatformSetting), else PLATFORM_COMMISSION_BPS.
  const defaultCommissionBps = await getDefaultCommissionBps(tx);
  for (const part of parts) {
    const sellerOrder = await tx.sellerOrder.create({
      data: {
        orderId: order.id,
        sellerId: part.seller.id,
        subtotal: part.subtotal,
        shippingFee: part.shippingFee,
        commissionRateBps: part.seller.commissionRateBps ?? defaultCommissionBps,
      },
      select: { id: true },
    });
    await tx.orderLine.createMany({
      data: part.lines.map((l) => ({
        orderId: order.id,
        sellerOrderId: sellerOrder.id,
        sellerId: part.seller.id,
        productId: l.variant.product.id,
        variantId: l.variantId,
        title: l.variant.product.name,
        variantLabel: l.variant.label,
        sku: l.variant.sku,
        sellerName: part.seller.name,
        unitPrice: l.variant.price,
        quantity: l.quantity,
        lineTotal: l.variant.price * l.quantity,
        weightGrams: l.variant.weightGrams,
      })),
    });
  }
  await tx.payment.create({
    data: {
      orderId: order.id,
      provider: input.paymentMethod === "VIETQR" ? "VIETQR" : "STRIPE",
      amount: total,
      transferContent: input.paymentMethod === "VIETQR" ? code : null,
    },
  });
  await tx.orderEvent.create({ data: { orderId: order.id, status: "pending_payment", actorId: input.userId, createdAt: now } });

  // Stock last: the variant rows stay locked only from here to the commit.
  const stockProblems: OrderProblem[] = [];
  const soldOut: string[] = [];
  for (const line of lines) {
    try {
      const row = await reserveStock(tx, { variantId: line.variantId, quantity: line.quantity, orderId: order.id, actorId: input.userId });
      if (row.on_hand - row.reserved <= 0) soldOut.push(line.variant.product.id);
    } catch (error) {
      if (!(error instanceof StockError)) throw error;
      stockProblems.push(problemOf(line, "insufficient", Math.max(0, error.available)));
    }
  }
  if (stockProblems.length > 0) throw new Rollback(stockProblems);
  // The product may have just sold out: its search document says so.
  await enqueueProducts(tx, soldOut);
  await clearCartVariants(tx, input.cartId, lines.map((l) => l.variantId));
  return { ok: true, replayed: false, order };
}

type OrderedLine = CartLineState & { shownPrice: number | null };

/** The cart's lines to order (in locking order), with what checkout showed; or why there are none. */
async function loadCartLines(
  db: PrismaClient | Tx,
  input: PlaceOrderInput,
): Promise<{ ok: true; lines: OrderedLine[] } | { ok: false; reason: "empty_cart" | "cart_changed" }> {
  if (!input.cartId) return { ok: false, reason: "empty_cart" };
  const expected = input.expectedLines ? new Map(input.expectedLines.map((l) => [l.variantId, l])) : null;
  const cartLines: CartLineState[] = await db.cartLine.findMany({
    where: { cartId: input.cartId, cart: { userId: input.userId }, ...(expected ? { variantId: { in: [...expected.keys()] } } : {}) },
    include: {
      variant: {
        include: {
          product: { select: { id: true, name: true, status: true, category: { select: { groupSlug: true } } } },
          seller: { select: { id: true, name: true, status: true, provinceCode: true, commissionRateBps: true, province: { select: { region: true } } } },
        },
      },
    },
    // A fixed locking order: two orders sharing variants never deadlock.
    orderBy: { variantId: "asc" },
  });
  if (cartLines.length === 0) return { ok: false, reason: "empty_cart" };
  if (expected && cartLines.length < expected.size) return { ok: false, reason: "cart_changed" };
  // The quantity to buy: what the page showed (never more than the cart holds), else the stored one.
  const lines: OrderedLine[] = cartLines.map((line) => {
    const shown = expected?.get(line.variantId);
    return { ...line, quantity: shown ? Math.min(shown.quantity, line.quantity) : line.quantity, shownPrice: shown?.unitPrice ?? null };
  });
  return { ok: true, lines };
}


function lineProblem(line: OrderedLine): ProblemReason | null {
  const { variant } = line;
  if (variant.seller.status !== "APPROVED") return "seller_unavailable";
  if (variant.product.status !== "ACTIVE") return "unavailable";
  // A new price is accepted on the cart page (which updates priceSeen), and must be the one checkout showed.
  if (variant.price !== line.priceSeen || (line.shownPrice !== null && variant.price !== line.shownPrice)) return "price_changed";
  if (variant.onHand - variant.reserved < line.quantity) return "insufficient";
  return null;
}

function problemOf(line: OrderedLine, reason: ProblemReason, available: number): OrderProblem {
  return {
    variantId: line.variantId,
    productName: line.variant.product.name,
    variantLabel: line.variant.label,
    reason,
    available: Math.max(0, available),
    quantity: line.quantity,
    price: line.variant.price,
    priceSeen: line.priceSeen,
  };
}

/** A unique violation on the orders column `column` ("idempotency_key", "code"). */
function uniqueViolationOn(error: unknown, column: "idempotency_key" | "code"): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  // Through the pg driver adapter: meta.driverAdapterError.cause.constraint.fields; natively: meta.target.
  const meta = error.meta as { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } } | undefined;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
  return Array.isArray(fields) ? fields.includes(column) : typeof fields === "string" && fields.includes(`orders_${column}_key`);
}

function isDeadlock(error: unknown): boolean {
  return error instanceof Error && /40P01|deadlock/i.test(`${(error as { code?: string }).code ?? ""} ${error.message}`);
}
