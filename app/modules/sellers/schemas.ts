// The seller application form (/sell), shared by the server and the browser
// (Conform's client-side checks). Messages are keys of the "seller" dictionary.
// Rules that need the database (the ward belongs to the province, a tax code
// already in use) are checked in application.server.ts.
import { z } from "zod";
import { isKnownBankBin } from "~/data/banks";

export const SELLER_KINDS = ["cooperative", "enterprise", "household"] as const;
export type SellerKindInput = (typeof SELLER_KINDS)[number];

/** Form value → Prisma enum. */
export const KIND_TO_ENUM = { cooperative: "COOPERATIVE", enterprise: "ENTERPRISE", household: "HOUSEHOLD" } as const;
export const ENUM_TO_KIND = { COOPERATIVE: "cooperative", ENTERPRISE: "enterprise", HOUSEHOLD: "household" } as const;

export const BUSINESS_NAME_MAX = 150;
export const STORY_MAX = 3000;
export const LOGO_MAX_BYTES = 5 * 1024 * 1024;

/**
 * An enterprise tax code (mã số thuế) carries a check digit:
 * N10 = 10 − (31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11
 * (a result of 10 cannot occur in an issued code; 11 is written 0).
 */
export function hasValidCheckDigit(code10: string): boolean {
  if (!/^\d{10}$/.test(code10)) return false;
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(code10[i]), 0);
  const check = 10 - (sum % 11);
  if (check === 10) return false;
  return Number(code10[9]) === (check === 11 ? 0 : check);
}

/**
 * A 12-digit personal identification number (CCCD/định danh cá nhân): the first three digits
 * are the province of birth (001–096), the fourth encodes century and sex.
 */
export function isPersonalId(code: string): boolean {
  if (!/^\d{12}$/.test(code)) return false;
  const province = Number(code.slice(0, 3));
  return province >= 1 && province <= 96;
}

export type TaxCodeProblem = "errors.taxCodeRequired" | "errors.taxCodeFormat" | "errors.taxCodeHouseholdFormat" | "errors.taxCodeCheckDigit";

/** Spaces and dots are dropped; a 13-digit branch code keeps (or gets) its dash: 0123456789-001. */
export function normalizeTaxCode(raw: string): string {
  const compact = raw.replace(/[\s.]/g, "");
  if (/^\d{13}$/.test(compact)) return `${compact.slice(0, 10)}-${compact.slice(10)}`;
  return compact;
}

/**
 * Cooperatives and enterprises: 10 digits, or 13 written 0123456789-001 (a branch).
 * Household businesses may also use the owner's 12-digit personal ID (allowed since 1 July 2025).
 */
export function taxCodeProblem(code: string, kind: SellerKindInput | undefined): TaxCodeProblem | null {
  if (!code) return "errors.taxCodeRequired";
  if (kind === "household" && /^\d{12}$/.test(code)) return isPersonalId(code) ? null : "errors.taxCodeHouseholdFormat";
  const match = /^(\d{10})(?:-(\d{3}))?$/.exec(code);
  if (!match || match[2] === "000") return kind === "household" ? "errors.taxCodeHouseholdFormat" : "errors.taxCodeFormat";
  return hasValidCheckDigit(match[1]) ? null : "errors.taxCodeCheckDigit";
}

/**
 * Vietnamese phone numbers: mobiles 0[35789]xxxxxxxx, landlines 02xxxxxxxxx; "+84"/"84" becomes 0;
 * spaces, dots and dashes are dropped. Returns null when it is not a Vietnamese number.
 */
export function normalizePhone(raw: string): string | null {
  let digits = raw.replace(/[\s.\-()]/g, "");
  if (digits.startsWith("+84")) digits = `0${digits.slice(3)}`;
  else if (/^84\d{9,10}$/.test(digits)) digits = `0${digits.slice(2)}`;
  if (/^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits)) return digits;
  return null;
}

const text = (required: string, max: number, tooLong = "errors.tooLong") =>
  z.string({ error: required }).trim().min(1, required).max(max, tooLong);

export const applicationSchema = z
  .object({
    businessName: text("errors.businessNameRequired", BUSINESS_NAME_MAX),
    kind: z.enum(SELLER_KINDS, { error: "errors.kindRequired" }),
    taxCode: z.string({ error: "errors.taxCodeRequired" }).transform(normalizeTaxCode),
    representative: text("errors.representativeRequired", 100),
    phone: z
      .string({ error: "errors.phoneRequired" })
      .trim()
      .transform((value, ctx) => {
        const phone = normalizePhone(value);
        if (!phone) {
          ctx.addIssue({ code: "custom", message: "errors.phoneInvalid" });
          return z.NEVER;
        }
        return phone;
      }),
    email: z
      .string({ error: "errors.emailRequired" })
      .trim()
      .toLowerCase()
      .max(254, "errors.tooLong")
      .pipe(z.email({ error: "errors.emailInvalid" })),
    provinceCode: z.string({ error: "errors.provinceRequired" }).regex(/^\d{2}$/, "errors.provinceRequired"),
    wardCode: z.string({ error: "errors.wardRequired" }).regex(/^\d{5}$/, "errors.wardRequired"),
    addressLine: text("errors.addressRequired", 200),
    story: z.string().trim().max(STORY_MAX, "errors.tooLong").optional().default(""),
    logo: z.instanceof(File).optional(),
    bankBin: z.string({ error: "errors.bankRequired" }).refine(isKnownBankBin, "errors.bankRequired"),
    bankAccountNo: z
      .string({ error: "errors.bankAccountNoRequired" })
      .transform((v) => v.replace(/[\s.-]/g, ""))
      .pipe(z.string().regex(/^\d{6,19}$/, "errors.bankAccountNoInvalid")),
    bankAccountName: z
      .string({ error: "errors.bankAccountNameRequired" })
      .trim()
      .min(1, "errors.bankAccountNameRequired")
      .max(100, "errors.tooLong")
      .transform((v) => v.replace(/\s+/g, " ").toUpperCase()),
  })
  .superRefine((value, ctx) => {
    const problem = taxCodeProblem(value.taxCode, value.kind);
    if (problem) ctx.addIssue({ code: "custom", path: ["taxCode"], message: problem });
  });

export type ApplicationInput = z.output<typeof applicationSchema>;
