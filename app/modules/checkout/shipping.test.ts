import { describe, expect, it } from "vitest";
import { FREE_SHIPPING_FROM, shippingFee, shippingZone } from "./shipping";

const base = { sellerProvinceCode: "96", sellerRegion: "dong-bang-song-cuu-long", subtotal: 100_000 };

describe("shipping fee", () => {
  it("depends on the zone", () => {
    expect(shippingZone({ ...base, buyerProvinceCode: "96", buyerRegion: "dong-bang-song-cuu-long" })).toBe("same_province");
    expect(shippingZone({ ...base, buyerProvinceCode: "92", buyerRegion: "dong-bang-song-cuu-long" })).toBe("same_region");
    expect(shippingZone({ ...base, buyerProvinceCode: "01", buyerRegion: "dong-bang-song-hong" })).toBe("national");
    expect(shippingZone({ ...base, buyerProvinceCode: null, buyerRegion: null })).toBe("national");
  });

  it("charges the first kilogram, then each started kilogram", () => {
    const hn = { ...base, buyerProvinceCode: "01", buyerRegion: "dong-bang-song-hong" };
    expect(shippingFee({ ...hn, weightGrams: 400 })).toBe(35_000);
    expect(shippingFee({ ...hn, weightGrams: 1000 })).toBe(35_000);
    expect(shippingFee({ ...hn, weightGrams: 1001 })).toBe(44_000);
    expect(shippingFee({ ...hn, weightGrams: 3500 })).toBe(35_000 + 3 * 9_000);
    expect(shippingFee({ ...base, buyerProvinceCode: "96", buyerRegion: "dong-bang-song-cuu-long", weightGrams: 2500 })).toBe(18_000 + 2 * 4_000);
  });

  it("is free for services and from the free-shipping threshold", () => {
    expect(shippingFee({ ...base, buyerProvinceCode: "01", buyerRegion: "x", weightGrams: 0 })).toBe(0);
    expect(shippingFee({ ...base, subtotal: FREE_SHIPPING_FROM, buyerProvinceCode: "01", buyerRegion: "x", weightGrams: 5000 })).toBe(0);
    expect(shippingFee({ ...base, subtotal: FREE_SHIPPING_FROM - 1, buyerProvinceCode: "01", buyerRegion: "x", weightGrams: 500 })).toBe(35_000);
  });

  it("refuses nonsense weights", () => {
    expect(() => shippingFee({ ...base, buyerProvinceCode: "01", buyerRegion: "x", weightGrams: -1 })).toThrow(RangeError);
  });
});
