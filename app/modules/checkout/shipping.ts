// The shipping fee of one seller's parcel (docs/decisions/0011-shipping-fee.md).
// A simple published table, like the national carriers' (GHN, GHTK, Viettel
// Post) base rates: by zone (same province / same region / elsewhere) and by
// weight, first kilogram then each further started kilogram; free from
// FREE_SHIPPING_FROM per seller. Community tourism services ship nothing.

export type Zone = "same_province" | "same_region" | "national";

export const SHIPPING_TABLE: Record<Zone, { firstKg: number; extraKg: number }> = {
  same_province: { firstKg: 18_000, extraKg: 4_000 },
  same_region: { firstKg: 25_000, extraKg: 6_000 },
  national: { firstKg: 35_000, extraKg: 9_000 },
};

/** A seller's subtotal from which its parcel ships free (đồng). */
export const FREE_SHIPPING_FROM = 500_000;

export type ShippingInput = {
  sellerProvinceCode: string;
  sellerRegion: string;
  buyerProvinceCode: string | null;
  buyerRegion: string | null;
  /** Sum of line weight × quantity of the lines that ship (services excluded). */
  weightGrams: number;
  /** The seller's part of the order, đồng. */
  subtotal: number;
};

export function shippingZone(input: Pick<ShippingInput, "sellerProvinceCode" | "sellerRegion" | "buyerProvinceCode" | "buyerRegion">): Zone {
  if (input.buyerProvinceCode && input.buyerProvinceCode === input.sellerProvinceCode) return "same_province";
  if (input.buyerRegion && input.buyerRegion === input.sellerRegion) return "same_region";
  return "national";
}

/** Fee in đồng; 0 when nothing ships or the parcel qualifies for free shipping. */
export function shippingFee(input: ShippingInput): number {
  if (!Number.isSafeInteger(input.weightGrams) || input.weightGrams < 0) throw new RangeError("weightGrams must be a non-negative integer");
  if (input.weightGrams === 0 || input.subtotal >= FREE_SHIPPING_FROM) return 0;
  const { firstKg, extraKg } = SHIPPING_TABLE[shippingZone(input)];
  const extraKgs = Math.max(0, Math.ceil(input.weightGrams / 1000) - 1);
  return firstKg + extraKgs * extraKg;
}

/** The OCOP group whose products are services, not parcels. */
export const SERVICE_GROUP = "dich-vu-du-lich";
