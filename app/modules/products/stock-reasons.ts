// Reasons a seller may give for a manual stock adjustment (a subset of the
// inventory module's ADJUSTMENT_REASONS: IMPORT is the CSV import's own).
export const ADJUSTMENT_REASONS_FOR_SELLERS = ["RESTOCK", "DAMAGE", "CORRECTION", "STOCK_COUNT"] as const;
export type SellerAdjustmentReason = (typeof ADJUSTMENT_REASONS_FOR_SELLERS)[number];
