// The CSV format sellers upload and download: shared by the server module and
// the import page (which lists the columns), so it holds no server code.
export const CSV_COLUMNS = ["sku", "product_slug", "product_name", "category", "description", "variant_label", "price", "weight_grams", "on_hand", "status"] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const CSV_MAX_BYTES = 5 * 1024 * 1024;
export const CSV_MAX_ROWS = 10_000;

export type CsvError = { row: number; column: CsvColumn | ""; message: string; params?: Record<string, string | number> };
