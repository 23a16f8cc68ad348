// Vietnamese: charts.
const charts = {
  title: "charts",
};

export default charts;
