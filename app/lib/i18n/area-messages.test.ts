import { describe, expect, it } from "vitest";
import { resources } from "./config";
import { messagesFor, rendersDocument } from "./area-messages.server";
import { BROWSE_NAMESPACES, isPortalPath, STOREFRONT_NAMESPACES } from "./area";

describe("messagesFor", () => {
  it("the catalogue's namespaces, the storefront's, or every one in the portal, one object per language and area", () => {
    const vi = messagesFor("vi", "/products/x");
    expect(Object.keys(vi).sort()).toEqual([...BROWSE_NAMESPACES].sort());
    expect(vi.cart).toBeUndefined();
    expect(vi.product).toBe(resources.vi.product);
    expect(messagesFor("vi", "/")).toBe(vi);
    const cart = messagesFor("vi", "/cart");
    expect(Object.keys(cart).sort()).toEqual([...STOREFRONT_NAMESPACES].sort());
    expect(messagesFor("vi", "/checkout")).toBe(cart);
    expect(cart).not.toBe(vi);
    expect(messagesFor("en", "/").product).toBe(resources.en.product);
    expect(messagesFor("en", "/")).not.toBe(vi);
    expect(messagesFor("vi", "/seller/products")).toBe(resources.vi);
    expect(isPortalPath("/admin")).toBe(true);
    expect(isPortalPath("/sellers")).toBe(false);
  });

  it("a document only when server.js says so", () => {
    expect(rendersDocument({ documentRequest: true })).toBe(true);
    expect(rendersDocument({ documentRequest: false })).toBe(false);
    expect(rendersDocument({})).toBe(false);
    expect(rendersDocument(undefined)).toBe(false);
  });
});
