import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatVnd } from "./format";

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

// format.ts writes vi-VN out by hand (no Intl in the browser at start-up): it must match Intl exactly.
describe("the same text as Intl's vi-VN", () => {
  const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" });
  const time = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hour12: false });

  it("for money and counts", () => {
    const samples = [0, -0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 12345, 100000, 999999, 1000000, 150000, 1234567, 2 ** 31, Number.MAX_SAFE_INTEGER];
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      seed = (seed * 48271) % 2147483647;
      samples.push(seed % 10 ** (1 + (i % 12)));
    }
    for (const n of [...samples, ...samples.map((s) => -s)]) {
      expect(formatVnd(n)).toBe(vnd.format(n).replace(/\u00a0/g, " "));
      expect(formatNumber(n)).toBe(number.format(n));
    }
    for (const n of [2.5, -2.5, 0.4, 1234.5678, NaN, Infinity, 1e21]) expect(formatNumber(n)).toBe(number.format(n));
  });

  it("for dates and times, around midnight and across years", () => {
    const instants = [Date.UTC(1970, 0, 1), Date.UTC(1975, 5, 12, 16, 59), Date.UTC(1976, 0, 1), Date.UTC(2024, 1, 28, 17, 0), Date.UTC(2024, 1, 29, 16, 59, 59)];
    for (let t = Date.UTC(2025, 11, 30); t < Date.UTC(2026, 0, 2); t += 7 * 60 * 1000) instants.push(t);
    let seed = 11;
    for (let i = 0; i < 500; i++) {
      seed = (seed * 48271) % 2147483647;
      instants.push(Date.UTC(1980, 0, 1) + (seed / 2147483647) * (Date.UTC(2100, 0, 1) - Date.UTC(1980, 0, 1)));
    }
    for (const t of instants) {
      const d = new Date(t);
      expect(formatDate(d)).toBe(date.format(d));
      expect(formatDateTime(d)).toBe(`${date.format(d)} ${time.format(d)}`);
      expect(formatDate(d.toISOString())).toBe(date.format(d));
    }
    expect(() => formatDate("not a date")).toThrow(RangeError);
  });
});
