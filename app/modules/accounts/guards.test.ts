// Integration: every guard, against real sessions and memberships.
import type { SellerStatus } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { getCurrentUser, requireAdmin, requireAnySellerMembership, requireSellerMember, requireUser } from "./guards.server";
import { createSession } from "./session.server";

let seq = 0;
async function makeUser(role: "SHOPPER" | "ADMIN" = "SHOPPER") {
  const user = await prisma.user.create({ data: { email: `guard-${++seq}-${Date.now()}@example.com`, name: `Guard ${seq}`, passwordHash: "x", role } });
  const session = await createSession(user.id);
  return { user, cookie: session.cookie.split(";")[0] };
}

let provinceCode: string;
let wardCode: string;
beforeAll(async () => {
  const ward = await prisma.ward.findFirstOrThrow({ select: { code: true, provinceCode: true } });
  provinceCode = ward.provinceCode;
  wardCode = ward.code;
});

async function makeSeller(status: SellerStatus, reason?: string) {
  const i = ++seq;
  // A REJECTED or SUSPENDED seller always carries a reason (a CHECK constraint).
  const statusReason = reason ?? (status === "REJECTED" || status === "SUSPENDED" ? "Hồ sơ thiếu giấy phép" : null);
  return prisma.seller.create({
    data: {
      slug: `htx-guard-${i}-${Date.now()}`,
      name: `HTX Thử ${i}`,
      kind: "COOPERATIVE",
      taxCode: `0${String(100000000 + i)}`,
      representative: "Nguyễn Văn A",
      phone: "0901234567",
      email: `htx${i}@example.com`,
      provinceCode,
      wardCode,
      addressLine: "Ấp 1",
      bankBin: "970436",
      bankAccountNo: "0123456789",
      bankAccountName: "HTX THU",
      status,
      statusReason,
    },
  });
}

function req(path: string, cookie?: string) {
  return new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected the guard to throw a Response");
}

describe("anonymous visitors", () => {
  it.each([
    ["requireUser", (r: Request) => requireUser(r)],
    ["requireAdmin", (r: Request) => requireAdmin(r)],
    ["requireSellerMember", (r: Request) => requireSellerMember(r, "any-seller")],
    ["requireAnySellerMembership", (r: Request) => requireAnySellerMembership(r)],
  ])("%s → 302 to /login with redirectTo", async (_name, guard) => {
    const response = await thrown(guard(req("/seller/products?page=2")));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fseller%2Fproducts%3Fpage%3D2");
  });

  it("getCurrentUser is null", async () => {
    expect(await getCurrentUser(req("/"))).toBeNull();
  });
});

describe("requireAdmin", () => {
  it("refuses a shopper with 403", async () => {
    const { cookie } = await makeUser();
    const response = await thrown(requireAdmin(req("/admin", cookie)));
    expect(response.status).toBe(403);
  });
  it("lets an admin in", async () => {
    const { user, cookie } = await makeUser("ADMIN");
    expect((await requireAdmin(req("/admin", cookie))).id).toBe(user.id);
  });
});

describe("requireSellerMember", () => {
  it("answers 404 to a non-member, so the seller's existence is not revealed", async () => {
    const seller = await makeSeller("APPROVED");
    const { cookie } = await makeUser();
    expect((await thrown(requireSellerMember(req("/seller", cookie), seller.id))).status).toBe(404);
    expect((await thrown(requireSellerMember(req("/seller", cookie), "no-such-seller"))).status).toBe(404);
  });

  it("admits a member of an APPROVED seller", async () => {
    const seller = await makeSeller("APPROVED");
    const { user, cookie } = await makeUser();
    await prisma.sellerMember.create({ data: { sellerId: seller.id, userId: user.id, role: "OWNER" } });
    const result = await requireSellerMember(req("/seller", cookie), seller.id);
    expect(result.user.id).toBe(user.id);
    expect(result.membership).toEqual({ sellerId: seller.id, userId: user.id, role: "OWNER" });
    expect(result.seller).toMatchObject({ id: seller.id, slug: seller.slug, status: "APPROVED" });
  });

  it("admits a member of a SUSPENDED seller (to read), with the reason", async () => {
    const seller = await makeSeller("SUSPENDED", "Giấy chứng nhận hết hạn");
    const { user, cookie } = await makeUser();
    await prisma.sellerMember.create({ data: { sellerId: seller.id, userId: user.id } });
    const result = await requireSellerMember(req("/seller", cookie), seller.id);
    expect(result.seller).toMatchObject({ status: "SUSPENDED", statusReason: "Giấy chứng nhận hết hạn" });
  });

  it.each(["PENDING", "REJECTED"] as const)("refuses a member of a %s seller with 403", async (status) => {
    const seller = await makeSeller(status);
    const { user, cookie } = await makeUser();
    await prisma.sellerMember.create({ data: { sellerId: seller.id, userId: user.id } });
    const response = await thrown(requireSellerMember(req("/seller", cookie), seller.id));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ reason: status === "PENDING" ? "seller_pending" : "seller_rejected", sellerName: seller.name });
  });

  it("an admin who is not a member gets 404 too", async () => {
    const seller = await makeSeller("APPROVED");
    const { cookie } = await makeUser("ADMIN");
    expect((await thrown(requireSellerMember(req("/seller", cookie), seller.id))).status).toBe(404);
  });
});

describe("requireAnySellerMembership", () => {
  it("403 without any membership", async () => {
    const { cookie } = await makeUser();
    const response = await thrown(requireAnySellerMembership(req("/seller", cookie)));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ reason: "no_seller" });
  });

  it("403 with only a PENDING application, saying so", async () => {
    const seller = await makeSeller("PENDING");
    const { user, cookie } = await makeUser();
    await prisma.sellerMember.create({ data: { sellerId: seller.id, userId: user.id, role: "OWNER" } });
    const response = await thrown(requireAnySellerMembership(req("/seller", cookie)));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ reason: "seller_pending" });
  });

  it("returns the approved and suspended sellers only", async () => {
    const approved = await makeSeller("APPROVED");
    const suspended = await makeSeller("SUSPENDED");
    const pending = await makeSeller("PENDING");
    const { user, cookie } = await makeUser();
    for (const s of [approved, suspended, pending]) await prisma.sellerMember.create({ data: { sellerId: s.id, userId: user.id } });
    const { sellers } = await requireAnySellerMembership(req("/seller", cookie));
    expect(sellers.map((s) => s.sellerId).sort()).toEqual([approved.id, suspended.id].sort());
    const current = await getCurrentUser(req("/", cookie));
    expect(current?.sellers).toHaveLength(3);
    expect(current?.sellers[0]).toEqual({ sellerId: approved.id, slug: approved.slug, name: approved.name, status: "APPROVED", statusReason: null, role: "STAFF" });
  });
});

describe("getCurrentUser caching", () => {
  it("concurrent lookups of one session share a query; later lookups see changes", async () => {
    const { user, cookie } = await makeUser();
    const [a, b] = await Promise.all([getCurrentUser(req("/", cookie)), getCurrentUser(req("/x", cookie))]);
    expect(a).toBe(b);
    const r = req("/", cookie);
    expect(getCurrentUser(r)).toBe(getCurrentUser(r));
    await prisma.user.update({ where: { id: user.id }, data: { name: "Tên mới" } });
    expect((await getCurrentUser(req("/", cookie)))?.name).toBe("Tên mới");
  });
});
