// The chart model the server computes (app/lib/charts.server.ts) and the SVG
// component draws: only numbers and strings, so no chart library reaches the
// browser. Coordinates are in the SVG's viewBox units.
export type ChartModel = {
  width: number;
  height: number;
  /** The plot area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  bars: { x: number; y: number; width: number; height: number; title: string }[];
  /** A second series drawn as a line (its own axis on the right), or null. */
  line: { path: string; points: { x: number; y: number; title: string }[] } | null;
  yTicks: { y: number; label: string }[];
  y2Ticks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  /** One sentence for screen readers (role="img"). */
  summary: string;
  legend: { bars: string; line: string | null };
};

/** The numbers behind a chart, shown as a real table. */
export type ChartTable = {
  caption: string;
  columns: string[];
  rows: { key: string; cells: string[] }[];
  totals: string[] | null;
};
