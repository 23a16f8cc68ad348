import { describe, expect, it } from "vitest";
import { db, addSellerMember, createTestSeller, createTestUser, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { loader } from "./seller._index";

type Page = {
  summaries: { sellerId: string; status: string; statusReason: string | null; products: { total: number; byStatus: Record<string, number> } }[];
  otherApplications: { sellerId: string; status: string }[];
};

const load = (cookie?: string) => runRoute<Page>(() => loader({ request: getRequest("/seller", cookie), context: {}, params: {} }));

describe("/seller", () => {
  it("anonymous → login", async () => {
    const res = await load();
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2Fseller");
  });

  it("403 with a reason for a shopper and for a PENDING or REJECTED application", async () => {
    const shopper = await createTestUser();
    const none = await load(shopper.cookie);
    expect(none.status).toBe(403);
    expect(await none.response?.json()).toEqual({ reason: "no_seller" });

    for (const status of ["PENDING", "REJECTED"] as const) {
      const seller = await createTestSeller(status);
      const member = await createTestUser();
      await addSellerMember(member.user.id, seller.id);
      const res = await load(member.cookie);
      expect(res.status).toBe(403);
      expect(await res.response?.json()).toMatchObject({ reason: status === "PENDING" ? "seller_pending" : "seller_rejected", sellerName: seller.name });
    }
  });

  it("shows an approved seller's product counts, and a suspended seller's reason", async () => {
    const approved = await createTestSeller("APPROVED");
    const suspended = await createTestSeller("SUSPENDED", "Sản phẩm bị phản ánh về chất lượng");
    const pending = await createTestSeller("PENDING");
    const { user, cookie } = await createTestUser();
    for (const s of [approved, suspended, pending]) await addSellerMember(user.id, s.id);
    const category = await db.category.findFirstOrThrow();
    await db.product.createMany({
      data: [
        { sellerId: approved.id, categoryId: category.id, slug: `p-${approved.id}-1`, name: "Mật ong U Minh", status: "DRAFT" },
        { sellerId: approved.id, categoryId: category.id, slug: `p-${approved.id}-2`, name: "Mắm tép", status: "DRAFT" },
        { sellerId: suspended.id, categoryId: category.id, slug: `p-${suspended.id}-1`, name: "Khô cá", status: "DRAFT" },
      ],
    });

    const res = await load(cookie);
    expect(res.status).toBe(200);
    const byId = new Map(res.data!.summaries.map((s) => [s.sellerId, s]));
    expect(byId.get(approved.id)?.products.total).toBe(2);
    expect(byId.get(approved.id)?.products.byStatus.DRAFT).toBe(2);
    expect(byId.get(suspended.id)).toMatchObject({ status: "SUSPENDED", statusReason: "Sản phẩm bị phản ánh về chất lượng", products: { total: 1 } });
    expect(byId.has(pending.id)).toBe(false);
    expect(res.data!.otherApplications).toEqual([{ sellerId: pending.id, name: pending.name, status: "PENDING" }]);
  });
});
