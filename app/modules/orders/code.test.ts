import { describe, expect, it } from "vitest";
import { findOrderCode, newOrderCode, ORDER_CODE_PATTERN } from "./code";

describe("order codes", () => {
  it("are short ASCII without look-alikes", () => {
    for (let i = 0; i < 200; i++) {
      const code = newOrderCode();
      expect(code).toMatch(/^OCOP[2-9A-HJKMNP-Z]{6}$/);
      expect(code.length).toBeLessThanOrEqual(25);
      expect(ORDER_CODE_PATTERN.test(code)).toBe(true);
    }
  });

  it("are found in real-looking transfer contents", () => {
    expect(findOrderCode("MBVCB.3278.OCOP7K2F9Q.CT tu 0123456789 toi 0011004")).toBe("OCOP7K2F9Q");
    expect(findOrderCode("ocop 7k2f 9q chuyen tien")).toBe("OCOP7K2F9Q");
    expect(findOrderCode("IBFT OCOP-7K2F-9Q NGUYEN THI LAN")).toBe("OCOP7K2F9Q");
    expect(findOrderCode("chuyen tien hang")).toBeNull();
  });
});
