// The six OCOP product groups, by slug (labels come from the dictionaries).
// The same slugs are the primary keys of the ocop_groups table (reference data migration).
export const OCOP_GROUP_SLUGS = [
  "thuc-pham",
  "do-uong",
  "thao-duoc",
  "vai-may-mac",
  "luu-niem-noi-that-trang-tri",
  "dich-vu-du-lich",
] as const;
export type OcopGroupSlug = (typeof OCOP_GROUP_SLUGS)[number];

/** OCOP certificates are valid for 36 months from the decision date. */
export const CERTIFICATE_VALIDITY_MONTHS = 36;
