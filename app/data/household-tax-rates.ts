// Tax the platform withholds on the sales of household-business sellers
// (hộ kinh doanh) who sell on an e-commerce platform with a payment function.
//
// Source: Decree 117/2025/NĐ-CP (Nghị định 117/2025/NĐ-CP) on tax administration
// for e-commerce and digital-platform business: the platform operator withholds
// and pays on behalf of household businesses
//   - goods (hàng hoá):    VAT 1%  + personal income tax 0.5%
//   - services (dịch vụ):  VAT 5%  + personal income tax 2%
// of the revenue of each sale.
//
// VERIFY AGAINST THE DECREE'S TEXT BEFORE RELYING ON IT (rates, the revenue base,
// the effective date and any threshold below which nothing is withheld): these
// values were written from a summary, not checked against the published text.
//
// Rates are basis points (100 = 1%). Chợ OCOP sells OCOP products, i.e. goods.
export const HOUSEHOLD_TAX_SOURCE = "Nghị định 117/2025/NĐ-CP";
export const HOUSEHOLD_TAX_VERIFY_NOTE = "Kiểm tra lại với văn bản Nghị định 117/2025/NĐ-CP trước khi sử dụng.";

export type HouseholdTaxRate = { vatBps: number; pitBps: number };

export const HOUSEHOLD_TAX_RATES = {
  goods: { vatBps: 100, pitBps: 50 },
  services: { vatBps: 500, pitBps: 200 },
} as const satisfies Record<string, HouseholdTaxRate>;

export type HouseholdTaxCategory = keyof typeof HOUSEHOLD_TAX_RATES;

/** What the marketplace's sales are: physical OCOP products. */
export const MARKETPLACE_TAX_CATEGORY: HouseholdTaxCategory = "goods";
