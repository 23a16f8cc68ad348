// A bar chart (with an optional line) drawn from a model the server computed
// (app/lib/charts.server.ts): plain SVG, no chart library in the browser.
// Accessible: a <figure> with its caption, the SVG as one image with a summary,
// and the numbers themselves in a real table under "Xem số liệu".
import { useT } from "~/lib/i18n/react";
import type { ChartModel, ChartTable } from "./types";

export function BarChart({ id, title, chart, table, children }: { id: string; title: string; chart: ChartModel; table: ChartTable; children?: React.ReactNode }) {
  const { t } = useT("charts");
  const { plot } = chart;
  return (
    <figure aria-labelledby={`${id}-caption`} className="rounded-xl border border-stone-200 bg-white p-4">
      <figcaption id={`${id}-caption`} className="text-lg font-semibold text-stone-900">
        {title}
      </figcaption>
      {children}
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={chart.summary} className="mt-2 block h-auto w-full max-w-lg" fontSize={10.5}>
        <g className="text-stone-200" stroke="currentColor">
          {chart.yTicks.map((tick) => (
            <line key={tick.label} x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} strokeWidth={tick.y === plot.bottom ? 1 : 0.5} />
          ))}
        </g>
        <g className="fill-stone-600">
          {chart.yTicks.map((tick) => (
            <text key={tick.label} x={plot.left - 4} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {tick.label}
            </text>
          ))}
          {chart.y2Ticks.map((tick) => (
            <text key={tick.label} x={plot.right + 4} y={tick.y} dominantBaseline="middle" className="fill-amber-700">
              {tick.label}
            </text>
          ))}
          {chart.xTicks.map((tick) => (
            <text key={tick.label} x={tick.x} y={plot.bottom + 14} textAnchor="middle">
              {tick.label}
            </text>
          ))}
        </g>
        <g className="fill-brand-600">
          {chart.bars.map((bar) => (
            <rect key={bar.title} x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={1}>
              <title>{bar.title}</title>
            </rect>
          ))}
        </g>
        {chart.line ? (
          <g className="text-amber-600">
            <path d={chart.line.path} fill="none" stroke="currentColor" strokeWidth={1.5} />
            {chart.line.points.map((p) => (
              <circle key={p.title} cx={p.x} cy={p.y} r={1.8} fill="currentColor">
                <title>{p.title}</title>
              </circle>
            ))}
          </g>
        ) : null}
      </svg>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700" aria-hidden="true">
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-brand-600" /> {chart.legend.bars}
        </span>
        {chart.legend.line ? (
          <span className="inline-flex items-center gap-1">
            <span className="inline-block h-0.5 w-4 bg-amber-600" /> {chart.legend.line}
          </span>
        ) : null}
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{t("showData")}</summary>
        <div className="mt-2 max-h-96 overflow-auto">
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">{table.caption}</caption>
            <thead className="sticky top-0 bg-white text-xs text-stone-500">
              <tr>
                {table.columns.map((c, i) => (
                  <th key={c} scope="col" className={`py-1 pr-3 font-medium ${i > 0 ? "text-right" : ""}`}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key} className="border-t border-stone-100">
                  {row.cells.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className="py-1 pr-3 font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className="py-1 pr-3 text-right">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
            {table.totals ? (
              <tfoot className="border-t-2 border-stone-300 font-semibold">
                <tr>
                  {table.totals.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className="py-1 pr-3">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className="py-1 pr-3 text-right">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      </details>
    </figure>
  );
}
