// Cookies of the cart: `__cart` holds a guest cart's id (signed, so nobody can
// point their browser at another cart); `__cart_flash` carries the one-time
// message shown after a cart change (post → redirect → get).
import { createCookie } from "@remix-run/node";
import { env, isHttps } from "~/lib/env.server";
import type { CartFlash } from "./types";

export const CART_COOKIE_NAME = "__cart";
const CART_TTL_SECONDS = 60 * 60 * 24 * 30;

export const cartCookie = createCookie(CART_COOKIE_NAME, {
  secrets: [env.SESSION_SECRET],
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: isHttps,
  maxAge: CART_TTL_SECONDS,
});

const CART_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The guest cart id in the request's `__cart` cookie, or null (absent, tampered, malformed). */
export async function getCartIdFromRequest(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (!header || !header.includes(`${CART_COOKIE_NAME}=`)) return null;
  try {
    const value: unknown = await cartCookie.parse(header);
    return typeof value === "string" && CART_ID.test(value) ? value : null;
  } catch {
    return null;
  }
}

export function serializeCartCookie(cartId: string): Promise<string> {
  return cartCookie.serialize(cartId);
}

/** Set-Cookie value that removes `__cart` (after its cart was merged into an account's). */
export function clearCartCookie(): Promise<string> {
  return cartCookie.serialize("", { expires: new Date(0), maxAge: 0 });
}

// ─────────────────────────────── flash ───────────────────────────────

const flashCookie = createCookie("__cart_flash", {
  secrets: [env.SESSION_SECRET],
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: isHttps,
  maxAge: 60,
});

export function serializeCartFlash(flash: CartFlash): Promise<string> {
  return flashCookie.serialize(flash);
}

/** The flash in the request, if any, and the Set-Cookie that consumes it. */
export async function readCartFlash(request: Request): Promise<{ flash: CartFlash | null; setCookie: string | null }> {
  const header = request.headers.get("Cookie");
  if (!header || !header.includes("__cart_flash=")) return { flash: null, setCookie: null };
  const setCookie = await flashCookie.serialize("", { expires: new Date(0), maxAge: 0 });
  try {
    const value: unknown = await flashCookie.parse(header);
    return { flash: isFlash(value) ? value : null, setCookie };
  } catch {
    return { flash: null, setCookie };
  }
}

function isFlash(value: unknown): value is CartFlash {
  if (typeof value !== "object" || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  if (kind === "acknowledged") return true;
  return (kind === "added" || kind === "updated" || kind === "removed") && typeof (value as { name?: unknown }).name === "string";
}
