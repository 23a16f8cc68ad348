import { describe, expect, it } from "vitest";
import { getFixedT } from "~/lib/i18n/i18n";
import { buildBarChart, dayMonth, salesChart } from "./charts.server";

const days = (n: number, amount: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => {
    const start = new Date(Date.UTC(2026, 10, 1 + i)).toISOString().slice(0, 10);
    return { start, orders: amount(i) > 0 ? 1 : 0, amount: amount(i) };
  });

describe("chart model", () => {
  it("lays 30 bars inside the plot, tallest at the top, with integer money ticks in đồng", () => {
    const points = days(30, (i) => (i === 29 ? 1_250_000 : i * 10_000));
    const { chart, table } = salesChart({ range: "30d", bucket: "day", points, totals: { orders: 30, amount: 1_500_000 }, previous: { orders: 0, amount: 0 } }, getFixedT("vi", "charts"), "revenue");
    expect(chart.bars).toHaveLength(30);
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right + 0.1);
      expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom, 0);
    }
    // The axis is niced to 1.500.000 ₫ (about four ticks); the top tick sits at the top of the plot.
    expect(chart.yTicks.map((t) => t.label)).toEqual(["0 ₫", "500.000 ₫", "1.000.000 ₫", "1.500.000 ₫"]);
    expect(chart.yTicks.at(-1)!.y).toBeCloseTo(chart.plot.top, 0);
    expect(chart.bars[29].y).toBeCloseTo(chart.plot.top + (chart.plot.bottom - chart.plot.top) * (1 - 1_250_000 / 1_500_000), 0);
    expect(chart.line?.path).toMatch(/^M[\d.]+,[\d.]+/);
    expect(chart.xTicks.at(-1)?.label).toBe("30/11");
    expect(chart.summary).toBe("Doanh thu 30 ngày qua, từ 01/11 đến 30/11: tổng 1.500.000 ₫ từ 30 đơn; cao nhất 1.250.000 ₫ (30/11).");
    expect(table.rows[0].cells).toEqual(["30/11", "1", "1.250.000 ₫"]);
    expect(table.totals).toEqual(["Tổng", "30", "1.500.000 ₫"]);
    // Only numbers and strings: safe to send as loader data.
    expect(JSON.parse(JSON.stringify(chart))).toEqual(chart);
  });

  it("an empty series still has a sensible axis and says there were no orders", () => {
    const points = days(30, () => 0);
    const { chart } = salesChart({ range: "30d", bucket: "day", points, totals: { orders: 0, amount: 0 }, previous: { orders: 0, amount: 0 } }, getFixedT("en", "charts"), "gmv");
    expect(chart.bars.every((b) => b.height === 0)).toBe(true);
    expect(chart.yTicks.length).toBeGreaterThan(1);
    expect(chart.yTicks.every((t) => /^[\d.]+ ₫$/.test(t.label))).toBe(true);
    expect(chart.summary).toBe("GMV and orders over the last 30 days, 01/11 to 30/11: no paid orders yet.");
  });

  it("counts get whole-number ticks even when tiny", () => {
    const chart = buildBarChart({ points: [{ key: "a", axisLabel: "a", label: "a", bar: 1 }], formatBar: String, summary: "", legend: { bars: "x", line: null } });
    expect(chart.yTicks.map((t) => t.label)).toEqual(["0", "1"]);
    expect(chart.line).toBeNull();
    expect(dayMonth("2026-03-09")).toBe("09/03");
  });
});
