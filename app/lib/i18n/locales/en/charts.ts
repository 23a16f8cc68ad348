// English: charts (app/components/charts, app/lib/charts.server.ts).
const charts = {
  title: "Chart",
  showData: "Show the numbers",
  date: "Date",
  week: "Week",
  weekOf: "Week of {{date}}",
  orders: "Orders",
  revenue: "Revenue",
  gmv: "Gross merchandise value (GMV)",
  total: "Total",
  revenueOverTime_30d: "Revenue over the last 30 days",
  revenueOverTime_12w: "Revenue over the last 12 weeks",
  gmvOverTime_30d: "GMV and orders over the last 30 days",
  gmvOverTime_12w: "GMV and orders over the last 12 weeks",
  summary_one: "{{what}}, {{from}} to {{to}}: {{total}} in total from {{count}} order; highest {{max}} ({{maxLabel}}).",
  summary_other: "{{what}}, {{from}} to {{to}}: {{total}} in total from {{count}} orders; highest {{max}} ({{maxLabel}}).",
  summaryEmpty: "{{what}}, {{from}} to {{to}}: no paid orders yet.",
};

export default charts;
