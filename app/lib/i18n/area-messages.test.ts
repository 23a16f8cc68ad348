import { describe, expect, it } from "vitest";
import { resources } from "./config";
import { messagesFor, rendersDocument } from "./area-messages.server";
import { AREA_NAMESPACES } from "./area";

describe("messagesFor", () => {
  it("each area's namespaces, one object per language and area", () => {
    const vi = messagesFor("vi", "/products/x");
    expect(Object.keys(vi).sort()).toEqual([...AREA_NAMESPACES.browse].sort());
    expect(vi.cart).toBeUndefined();
    expect(vi.product).toBe(resources.vi.product);
    expect(messagesFor("vi", "/")).toBe(vi);
    expect(messagesFor("en", "/").product).toBe(resources.en.product);
    expect(messagesFor("en", "/")).not.toBe(vi);
    const cart = messagesFor("vi", "/cart");
    expect(Object.keys(cart).sort()).toEqual([...AREA_NAMESPACES.cart].sort());
    expect(cart.product).toBeUndefined();
    expect(messagesFor("vi", "/checkout")).toBe(cart);
    expect(Object.keys(messagesFor("vi", "/no-such-page")).sort()).toEqual([...AREA_NAMESPACES.shop].sort());
    const seller = messagesFor("vi", "/seller/products");
    expect(seller.seller).toBe(resources.vi.seller);
    expect(seller.admin).toBeUndefined();
    const admin = messagesFor("vi", "/admin/audit");
    expect(admin.admin).toBe(resources.vi.admin);
    expect(admin.seller).toBeUndefined();
  });

  it("a document only when server.js says so", () => {
    expect(rendersDocument({ documentRequest: true })).toBe(true);
    expect(rendersDocument({ documentRequest: false })).toBe(false);
    expect(rendersDocument({})).toBe(false);
    expect(rendersDocument(undefined)).toBe(false);
  });
});
