// Shoppers for HTTP tests, made fast: users and their database sessions are inserted in bulk
// (one argon2 hash for all) and each gets the signed `__session` cookie the login form would
// have set (accounts/session.server.ts signs it with SESSION_SECRET, which the harness server
// shares). Then each buyer speaks only HTTP, through the real routes: the cart action and
// POST /checkout, the form a browser without JavaScript posts.
import crypto from "node:crypto";
import { prisma } from "~/lib/db.server";
import { hashPassword } from "~/modules/accounts/password.server";
import { newSessionId, sessionCookie, sessionTtlMs } from "~/modules/accounts/session.server";
import { NEW_ADDRESS } from "~/modules/checkout/schemas";
import { postForm, type HttpResponse } from "./client";

export type Buyer = { id: string; email: string; cookie: string };

let passwordHash: Promise<string> | undefined;

/** `count` shoppers, each with a live session and its Cookie header value. */
export async function createBuyers(count: number, label = "buyer"): Promise<Buyer[]> {
  passwordHash ??= hashPassword("ocop-demo-2026");
  const hash = await passwordHash;
  const run = crypto.randomBytes(4).toString("hex");
  const buyers: Buyer[] = [];
  for (let start = 0; start < count; start += 1000) {
    const size = Math.min(1000, count - start);
    const users = await prisma.user.createManyAndReturn({
      data: Array.from({ length: size }, (_, i) => ({
        email: `${label}-${run}-${start + i}@example.com`,
        name: `Khách thử ${start + i + 1}`,
        passwordHash: hash,
      })),
      select: { id: true, email: true },
    });
    const expiresAt = new Date(Date.now() + sessionTtlMs());
    const sessions = users.map((u) => ({ id: newSessionId(), userId: u.id, expiresAt, ipAddress: "127.0.0.1", userAgent: "reliability-suite" }));
    await prisma.session.createMany({ data: sessions });
    for (const [i, user] of users.entries()) {
      const setCookie = await sessionCookie.serialize(sessions[i].id, { expires: expiresAt });
      buyers.push({ id: user.id, email: user.email, cookie: setCookie.split(";")[0] });
    }
  }
  return buyers;
}

/** A delivery address the checkout form accepts (a real ward of the province). */
export async function deliveryAddress(provinceCode = "92") {
  const ward = await prisma.ward.findFirstOrThrow({ where: { provinceCode }, orderBy: { code: "asc" }, select: { code: true } });
  return { fullName: "Nguyễn Thị Lan", phone: "0912345678", provinceCode, wardCode: ward.code, addressLine: "Số 126 đường 30 Tháng 4" };
}

/** POST /cart intent=add, as the product page's "Thêm vào giỏ" button. */
export function addToCart(baseUrl: string, buyer: Buyer, variantId: string, quantity = 1): Promise<HttpResponse> {
  return postForm(`${baseUrl}/cart`, { intent: "add", variantId, quantity: String(quantity) }, { cookie: buyer.cookie });
}

/** POST /checkout with a new address and VietQR, with the page's one-time idempotency key. */
export function checkout(
  baseUrl: string,
  buyer: Buyer,
  address: Awaited<ReturnType<typeof deliveryAddress>>,
  options: { idempotencyKey?: string; paymentMethod?: "vietqr" | "card" } = {},
): Promise<HttpResponse> {
  return postForm(
    `${baseUrl}/checkout`,
    {
      idempotencyKey: options.idempotencyKey ?? crypto.randomUUID(),
      addressId: NEW_ADDRESS,
      ...address,
      paymentMethod: options.paymentMethod ?? "vietqr",
    },
    { cookie: buyer.cookie },
  );
}

/** The order id in a successful checkout's redirect (`/account/orders/<id>/pay`), or null. */
export function placedOrderId(response: HttpResponse): string | null {
  if (response.status !== 302 && response.status !== 303) return null;
  return /^\/account\/orders\/([^/]+)\/pay$/.exec(response.headers.location ?? "")?.[1] ?? null;
}
