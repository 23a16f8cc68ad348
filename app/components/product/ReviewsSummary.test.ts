import { describe, expect, it } from "vitest";
import { formatAverage } from "./ReviewsSummary";

describe("formatAverage", () => {
  it("writes one decimal, with a comma in Vietnamese", () => {
    expect(formatAverage(4.5, "vi")).toBe("4,5");
    expect(formatAverage(4.5, "en")).toBe("4.5");
    expect(formatAverage(5, "vi")).toBe("5,0");
  });

  it("rounds every average of up to 120 reviews as Intl.NumberFormat does", () => {
    const vi = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const en = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    for (let count = 1; count <= 120; count++) {
      for (let sum = count; sum <= count * 5; sum++) {
        const average = sum / count;
        expect(formatAverage(average, "vi")).toBe(vi.format(average));
        expect(formatAverage(average, "en")).toBe(en.format(average));
      }
    }
  });
});
