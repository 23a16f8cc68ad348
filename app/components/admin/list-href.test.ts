import { describe, expect, it } from "vitest";
import { adminListHref } from "./list-href";

describe("adminListHref", () => {
  it("keeps the given order and leaves out empty values and page 1", () => {
    expect(adminListHref("/admin/orders", { q: "OCOP", status: "PAID", page: 3 })).toBe("/admin/orders?q=OCOP&status=PAID&page=3");
    expect(adminListHref("/admin/sellers", { status: "PENDING", q: "Mỹ Xuyên", page: 2 })).toBe("/admin/sellers?status=PENDING&q=M%E1%BB%B9+Xuy%C3%AAn&page=2");
    expect(adminListHref("/admin/users", { q: "", role: null, page: 1 })).toBe("/admin/users");
    expect(adminListHref("/admin/products", { q: undefined, seller: "s1" })).toBe("/admin/products?seller=s1");
  });
});
