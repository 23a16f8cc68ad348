// Charts are computed here, on the server, with d3-scale and d3-shape; the page
// receives only coordinates and labels (app/components/charts/types.ts) and
// draws them as plain SVG, so no chart code is shipped to the browser
// (docs/decisions/0018-charts.md). The viewBox is sized for a 360 px phone:
// there the chart is ~300 px wide, about one CSS pixel per SVG unit, so the
// 10.5-unit labels stay legible; on wider screens the SVG is capped at 512 px.
import { scaleBand, scaleLinear } from "d3-scale";
import { curveMonotoneX, line as d3line } from "d3-shape";
import type { TFunction } from "i18next";
import type { ChartModel, ChartTable } from "~/components/charts/types";
import { formatDate, formatNumber, formatVnd } from "~/lib/format";
import type { SalesSeries } from "~/modules/reports/index.server";

const WIDTH = 320;
const HEIGHT = 190;
const FONT_WIDTH = 6; // average glyph width at font-size 10.5, for the axis margins
const round = (n: number) => Math.round(n * 10) / 10;

export type ChartPoint = { key: string; axisLabel: string; label: string; bar: number; line?: number };

type BarChartInput = {
  points: ChartPoint[];
  formatBar: (n: number) => string;
  formatLine?: (n: number) => string;
  /** The smallest top of the axis, so an empty or tiny series still gets a sensible scale. */
  barFloor?: number;
  summary: string;
  legend: { bars: string; line: string | null };
  /** Show every n-th x label counting back from the last point (default: about 6 labels). */
  xLabelEvery?: number;
};

/** Integer ticks of a niced linear scale (money and counts are whole numbers). */
function integerTicks(max: number, floor: number) {
  const scale = scaleLinear()
    .domain([0, Math.max(max, floor)])
    .nice(4);
  return { scale, ticks: scale.ticks(4).filter((v) => Number.isInteger(v)) };
}

export function buildBarChart(input: BarChartInput): ChartModel {
  const { points } = input;
  const hasLine = Boolean(input.formatLine) && points.some((p) => p.line !== undefined);
  const bars = integerTicks(Math.max(0, ...points.map((p) => p.bar)), input.barFloor ?? 1);
  const lines = integerTicks(Math.max(0, ...points.map((p) => p.line ?? 0)), 4);
  const yLabels = bars.ticks.map((v) => input.formatBar(v));
  const y2Labels = hasLine ? lines.ticks.map((v) => input.formatLine!(v)) : [];
  const left = Math.ceil(Math.max(0, ...yLabels.map((l) => l.length)) * FONT_WIDTH) + 8;
  const right = hasLine ? Math.ceil(Math.max(0, ...y2Labels.map((l) => l.length)) * FONT_WIDTH) + 8 : 8;
  const plot = { left, top: 8, right: WIDTH - right, bottom: HEIGHT - 20 };

  const x = scaleBand<string>()
    .domain(points.map((p) => p.key))
    .range([plot.left, plot.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const y = bars.scale.range([plot.bottom, plot.top]);
  const y2 = lines.scale.range([plot.bottom, plot.top]);
  const center = (key: string) => (x(key) ?? 0) + x.bandwidth() / 2;

  const every = input.xLabelEvery ?? Math.max(1, Math.ceil(points.length / 6));
  const linePoints = hasLine ? points.map((p) => ({ x: round(center(p.key)), y: round(y2(p.line ?? 0)), title: `${p.label}: ${input.formatLine!(p.line ?? 0)}` })) : [];
  const path = hasLine
    ? (d3line<{ x: number; y: number }>()
        .x((d) => d.x)
        .y((d) => d.y)
        .curve(curveMonotoneX)(linePoints) ?? "")
    : "";

  return {
    width: WIDTH,
    height: HEIGHT,
    plot,
    bars: points.map((p) => ({
      x: round(x(p.key) ?? 0),
      y: round(y(p.bar)),
      width: round(x.bandwidth()),
      height: round(plot.bottom - y(p.bar)),
      title: `${p.label}: ${input.formatBar(p.bar)}`,
    })),
    line: hasLine ? { path, points: linePoints } : null,
    yTicks: bars.ticks.map((v, i) => ({ y: round(y(v)), label: yLabels[i] })),
    y2Ticks: hasLine ? lines.ticks.map((v, i) => ({ y: round(y2(v)), label: y2Labels[i] })) : [],
    xTicks: points.filter((_, i) => (points.length - 1 - i) % every === 0).map((p) => ({ x: round(center(p.key)), label: p.axisLabel })),
    summary: input.summary,
    legend: input.legend,
  };
}

/** "2026-03-09" (a Vietnam calendar day) → "09/03". */
export function dayMonth(isoDay: string): string {
  return formatDate(`${isoDay}T12:00:00+07:00`).slice(0, 5);
}

/**
 * A sales series as a chart (money as bars, orders as a line) and its table.
 * `kind` names the money: a seller's goods revenue or the platform's GMV.
 * `t` is the "charts" namespace in the visitor's language.
 */
export function salesChart(series: SalesSeries, t: TFunction, kind: "revenue" | "gmv"): { chart: ChartModel; table: ChartTable } {
  const weekly = series.bucket === "week";
  const label = (start: string) => (weekly ? t("weekOf", { date: dayMonth(start) }) : dayMonth(start));
  const points: ChartPoint[] = series.points.map((p) => ({ key: p.start, axisLabel: dayMonth(p.start), label: label(p.start), bar: p.amount, line: p.orders }));
  const what = t(kind === "gmv" ? "gmvOverTime" : "revenueOverTime", { context: series.range });
  const from = dayMonth(series.points[0].start);
  const to = dayMonth(series.points.at(-1)!.start);
  const best = series.points.reduce((a, b) => (b.amount > a.amount ? b : a), series.points[0]);
  const summary =
    series.totals.orders === 0
      ? t("summaryEmpty", { what, from, to })
      : t("summary", { what, from, to, total: formatVnd(series.totals.amount), count: series.totals.orders, max: formatVnd(best.amount), maxLabel: label(best.start) });
  const money = t(kind);
  const chart = buildBarChart({
    points,
    formatBar: formatVnd,
    formatLine: formatNumber,
    barFloor: 100_000,
    summary,
    legend: { bars: money, line: t("orders") },
    xLabelEvery: weekly ? 2 : 7,
  });
  const table: ChartTable = {
    caption: what,
    columns: [t(weekly ? "week" : "date"), t("orders"), money],
    // Newest first: the figure a person looks for is usually today's.
    rows: [...series.points].reverse().map((p) => ({ key: p.start, cells: [label(p.start), formatNumber(p.orders), formatVnd(p.amount)] })),
    totals: [t("total"), formatNumber(series.totals.orders), formatVnd(series.totals.amount)],
  };
  return { chart, table };
}
