import { describe, expect, it } from "vitest";
import { availabilityOf, chosenImageIndex, chosenVariant, withParam } from "./selection";

const v = (id: string, available: number) => ({ id, sku: id, label: id, price: 1000, available, inStock: available > 0 });
const variants = [v("a", 0), v("b", 3), v("c", 40)];

describe("what the URL chose", () => {
  it("picks ?variant=<id>, the only variant, or none", () => {
    expect(chosenVariant(variants, "b")?.id).toBe("b");
    expect(chosenVariant(variants, null)).toBeNull();
    expect(chosenVariant(variants, "nope")).toBeNull();
    expect(chosenVariant([v("only", 1)], null)?.id).toBe("only");
  });
  it("reads ?image=N (1-based) safely", () => {
    expect(chosenImageIndex("2", 3)).toBe(1);
    for (const bad of [null, "0", "4", "-1", "1.5", "x"]) expect(chosenImageIndex(bad, 3)).toBe(0);
  });
  it("says in stock, out of stock or how few are left", () => {
    expect(availabilityOf(variants, variants[0])).toEqual({ kind: "outOfStock" });
    expect(availabilityOf(variants, variants[1])).toEqual({ kind: "low", count: 3 });
    expect(availabilityOf(variants, variants[2])).toEqual({ kind: "inStock" });
    expect(availabilityOf(variants, null)).toEqual({ kind: "inStock" });
    expect(availabilityOf([v("a", 0)], null)).toEqual({ kind: "outOfStock" });
  });
  it("changes one choice and keeps the other (nothing else)", () => {
    const search = new URLSearchParams("variant=b&lang=en&utm_source=zalo");
    expect(withParam(search, "image", "2")).toBe("?variant=b&image=2");
    expect(withParam(new URLSearchParams("image=3"), "variant", "c")).toBe("?variant=c&image=3");
    expect(withParam(new URLSearchParams("image=2"), "image", null)).toBe("?");
  });
});
