// Browser-safe: the periods a sales chart can show (the admin overview's toggle).
export const SALES_RANGES = ["30d", "12w"] as const;
export type SalesRange = (typeof SALES_RANGES)[number];

export function isSalesRange(value: unknown): value is SalesRange {
  return typeof value === "string" && (SALES_RANGES as readonly string[]).includes(value);
}
