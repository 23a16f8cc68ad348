// Who is asking, and may they? Guards throw the Response a loader/action should end with:
// a 302 to /login for anonymous visitors, 403 for the wrong role, 404 where merely answering
// would reveal that something exists (docs/decisions/0005-sessions-and-guards.md).
import { redirect } from "@remix-run/node";
import type { SellerRole, SellerStatus, UserRole } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { loginUrlFor } from "./redirect";
import { getSessionId } from "./session.server";

export type CurrentUserSeller = { sellerId: string; slug: string; name: string; status: SellerStatus; statusReason: string | null; role: SellerRole };

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  locale: string;
  /** The session in use (for "log out other sessions"). */
  sessionId: string;
  /** Every membership, whatever the seller's status. */
  sellers: CurrentUserSeller[];
};

/** Sellers whose members may open the seller portal (SUSPENDED: read-only, see `canSellerWrite`). */
export const PORTAL_SELLER_STATUSES: readonly SellerStatus[] = ["APPROVED", "SUSPENDED"];

async function loadUser(sessionId: string): Promise<CurrentUser | null> {
  const session = await prisma.session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: {
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          locale: true,
          memberships: {
            select: { role: true, seller: { select: { id: true, slug: true, name: true, status: true, statusReason: true } } },
            orderBy: { createdAt: "asc" },
          },
        },
      },
    },
  });
  if (!session) return null;
  const { memberships, ...user } = session.user;
  return {
    ...user,
    sessionId,
    sellers: memberships.map((m) => ({
      sellerId: m.seller.id,
      slug: m.seller.slug,
      name: m.seller.name,
      status: m.seller.status,
      statusReason: m.seller.statusReason,
      role: m.role,
    })),
  };
}

// Remix hands each loader its own copy of the Request, so a WeakMap on the Request only helps
// repeated calls within one loader. The root loader and the route loader run concurrently, so
// lookups of the same session that are in flight at the same time share one query instead.
const byRequest = new WeakMap<Request, Promise<CurrentUser | null>>();
const inFlight = new Map<string, Promise<CurrentUser | null>>();

/** The logged-in user, or null when anonymous (no cookie, bad signature, revoked or expired session). */
export function getCurrentUser(request: Request): Promise<CurrentUser | null> {
  let pending = byRequest.get(request);
  if (!pending) {
    pending = (async () => {
      const sessionId = await getSessionId(request);
      if (!sessionId) return null;
      let lookup = inFlight.get(sessionId);
      if (!lookup) {
        lookup = loadUser(sessionId).finally(() => inFlight.delete(sessionId));
        inFlight.set(sessionId, lookup);
      }
      return lookup;
    })();
    byRequest.set(request, pending);
  }
  return pending;
}

export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getCurrentUser(request);
  if (!user) throw redirect(loginUrlFor(request));
  return user;
}

/** Logged-in visitors on /login or /register are sent on to where they were going. */
export async function requireAnonymous(request: Request, to: string): Promise<void> {
  if (await getCurrentUser(request)) throw redirect(to);
}

/** Why access was refused; the route's ErrorBoundary turns it into a sentence. */
export type ForbiddenReason = "not_admin" | "no_seller" | "seller_pending" | "seller_rejected";

export function forbidden(reason: ForbiddenReason, extra: Record<string, unknown> = {}): Response {
  return Response.json({ reason, ...extra }, { status: 403, headers: { "Cache-Control": "private, no-store" } });
}

export function notFound(): Response {
  return new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
}

export async function requireAdmin(request: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (user.role !== "ADMIN") throw forbidden("not_admin");
  return user;
}

function refusalFor(status: SellerStatus): ForbiddenReason {
  return status === "REJECTED" ? "seller_rejected" : "seller_pending";
}

/**
 * A member of this seller, and the seller is APPROVED or SUSPENDED. Not a member → 404 (the
 * seller's existence is not revealed); a PENDING/REJECTED seller → 403. A SUSPENDED seller's
 * members may read; check `canSellerWrite(seller)` before changing anything.
 */
export async function requireSellerMember(request: Request, sellerId: string) {
  const user = await requireUser(request);
  const membership = user.sellers.find((s) => s.sellerId === sellerId);
  if (!membership) throw notFound();
  if (!PORTAL_SELLER_STATUSES.includes(membership.status)) {
    throw forbidden(refusalFor(membership.status), { sellerName: membership.name, statusReason: membership.statusReason });
  }
  const seller = { id: membership.sellerId, slug: membership.slug, name: membership.name, status: membership.status, statusReason: membership.statusReason };
  return { user, membership: { sellerId: membership.sellerId, userId: user.id, role: membership.role }, seller };
}

/** For the /seller landing: at least one APPROVED or SUSPENDED seller, else 403 saying why. */
export async function requireAnySellerMembership(request: Request) {
  const user = await requireUser(request);
  const sellers = user.sellers.filter((s) => PORTAL_SELLER_STATUSES.includes(s.status));
  if (sellers.length === 0) {
    const other = user.sellers[0];
    throw other
      ? forbidden(refusalFor(other.status), { sellerName: other.name, statusReason: other.statusReason })
      : forbidden("no_seller");
  }
  return { user, sellers };
}

/** A suspended seller's members can look but not change listings, stock or orders. */
export function canSellerWrite(seller: { status: SellerStatus }): boolean {
  return seller.status === "APPROVED";
}
