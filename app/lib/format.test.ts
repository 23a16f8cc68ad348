import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatVnd } from "./format";

describe("formatVnd", () => {
  it("formats đồng the Vietnamese way", () => {
    expect(formatVnd(150000)).toBe("150.000 ₫");
    expect(formatVnd(0)).toBe("0 ₫");
    expect(formatVnd(1234567)).toBe("1.234.567 ₫");
  });
  it("refuses fractions: money is an integer number of đồng", () => {
    expect(() => formatVnd(10.5)).toThrow(TypeError);
  });
});

describe("formatDate", () => {
  it("shows dd/mm/yyyy in Vietnam's time zone", () => {
    expect(formatDate(new Date("2026-07-01T00:00:00Z"))).toBe("01/07/2026");
    // 20:00 UTC on 31 Dec is already 1 Jan in Hồ Chí Minh City.
    expect(formatDate(new Date("2025-12-31T20:00:00Z"))).toBe("01/01/2026");
    expect(formatDateTime(new Date("2026-11-26T07:05:00Z"))).toBe("26/11/2026 14:05");
  });
});
