// The "add an OCOP certificate" form, shared by the server and the browser.
// Messages are keys of the "seller" dictionary.
import { z } from "zod";
import { OCOP_GROUP_SLUGS } from "~/lib/ocop";

export const SCAN_MAX_BYTES = 10 * 1024 * 1024;
export const SCAN_ACCEPT = "application/pdf,image/jpeg,image/png,image/webp";
/** The OCOP programme (Decision 490/QĐ-TTg) began in May 2018: no certificate is older. */
export const OCOP_START = "2018-05-07";

/** "07/05/2024" (or "7/5/2024", "2024-05-07") → "2024-05-07"; null when it is not a real date. */
export function parseDayMonthYear(raw: string): string | null {
  const s = raw.trim();
  let d: number, m: number, y: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export const certificateSchema = z.object({
  productName: z.string({ error: "errors.certProductRequired" }).trim().min(1, "errors.certProductRequired").max(200, "errors.tooLong"),
  decisionNumber: z.string({ error: "errors.decisionRequired" }).trim().min(1, "errors.decisionRequired").max(60, "errors.tooLong"),
  issuingAuthority: z.string({ error: "errors.authorityRequired" }).trim().min(1, "errors.authorityRequired").max(200, "errors.tooLong"),
  issuedAt: z.string({ error: "errors.issuedAtRequired" }).transform((value, ctx) => {
    const date = parseDayMonthYear(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "errors.issuedAtFormat" });
      return z.NEVER;
    }
    if (date < OCOP_START) {
      ctx.addIssue({ code: "custom", message: "errors.issuedAtTooEarly" });
      return z.NEVER;
    }
    return date;
  }),
  stars: z.number({ error: "errors.starsRequired" }).int("errors.starsRequired").min(3, "errors.starsRequired").max(5, "errors.starsRequired"),
  groupSlug: z.enum(OCOP_GROUP_SLUGS, { error: "errors.groupRequired" }),
  scan: z.instanceof(File, { error: "errors.scanRequired" }),
});

export type CertificateFormInput = z.output<typeof certificateSchema>;
