// Vietnamese: charts (app/components/charts, app/lib/charts.server.ts).
const charts = {
  title: "Biểu đồ",
  showData: "Xem số liệu",
  date: "Ngày",
  week: "Tuần",
  weekOf: "Tuần từ {{date}}",
  orders: "Số đơn",
  revenue: "Doanh thu",
  gmv: "Giá trị giao dịch (GMV)",
  total: "Tổng",
  revenueOverTime_30d: "Doanh thu 30 ngày qua",
  revenueOverTime_12w: "Doanh thu 12 tuần qua",
  gmvOverTime_30d: "GMV và số đơn 30 ngày qua",
  gmvOverTime_12w: "GMV và số đơn 12 tuần qua",
  summary_one: "{{what}}, từ {{from}} đến {{to}}: tổng {{total}} từ {{count}} đơn; cao nhất {{max}} ({{maxLabel}}).",
  summary_other: "{{what}}, từ {{from}} đến {{to}}: tổng {{total}} từ {{count}} đơn; cao nhất {{max}} ({{maxLabel}}).",
  summaryEmpty: "{{what}}, từ {{from}} đến {{to}}: chưa có đơn hàng nào được thanh toán.",
};

export default charts;
