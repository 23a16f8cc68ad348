// Reports: read-only figures over time (sales per day or week) for dashboards.
export { platformSalesSeries, sellerSalesSeries, type SalesPoint, type SalesSeries } from "./sales.server";
export { isSalesRange, SALES_RANGES, type SalesRange } from "./types";
