// Public entry of the products module: a seller's own products (list, create,
// edit with variants, photos, status and certificate link) and its stock pages.
// Shoppers' reads are the catalog module's; admin moderation is moderation.server.ts.
export { createSellerProduct, isId, updateSellerProduct, withParams, type FieldErrors, type WriteResult } from "./products.server";
export {
  getProductFormReference,
  getSellerProduct,
  listSellerProducts,
  PRODUCTS_PER_PAGE,
  type CategoryGroupOption,
  type CertificateOption,
  type EditableProduct,
  type ProductListQuery,
  type SellerProductRow,
} from "./product-reads.server";
export { adjustVariantStock, getInventoryVariant, listInventory, listMovements, setLowStockThreshold, type AdjustResult, type InventoryRow, type MovementRow } from "./stock.server";
export { inspectImage, storeImages, discardImages, filesOfKey, IMAGE_ACCEPT, PHOTO_MAX_BYTES, PHOTOS_PER_PRODUCT, type InspectedImage, type StoredImage } from "./images.server";
export { readUploadForm, filesOf, isMultipart, UploadTooLargeError, type UploadLimits } from "./uploads.server";
export { readProductSubmission, TOO_LARGE_RESULT } from "./form.server";
export { runInventoryIntent, type InventoryActionResult, type InventoryIntent } from "./stock-form.server";
// Status values the routes render (re-exported so route files never import Prisma).
export type { ProductStatus } from "@prisma/client";
export { applySellerCsv, checkSellerCsv, csvDigest, csvTemplate, exportSellerCsv, CSV_COLUMNS, CSV_MAX_BYTES, CSV_MAX_ROWS, type CsvApplyResult, type CsvCheck, type CsvError } from "./csv.server";
