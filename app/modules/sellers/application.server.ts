// Applying to sell (/sell): any logged-in user submits a business; it becomes
// a PENDING seller with the applicant as OWNER. A REJECTED (or still PENDING)
// application can be corrected and sent again (→ PENDING). Approval is the
// admin's (app/modules/sellers/moderation.server.ts).
import { Prisma, type SellerStatus } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { LOGO_WIDTHS } from "~/lib/images.server";
import { slugify } from "~/lib/slug";
import { discardImages, filesOfKey, inspectImage, storeImages, type StoredImage } from "~/modules/products/index.server";
import { ENUM_TO_KIND, KIND_TO_ENUM, LOGO_MAX_BYTES, type ApplicationInput, type SellerKindInput } from "./schemas";

export type PlaceOption = { code: string; name: string };

const collator = new Intl.Collator("vi");

export async function listProvinces(): Promise<PlaceOption[]> {
  return prisma.province.findMany({ orderBy: { position: "asc" }, select: { code: true, name: true } });
}

/** A province's wards, communes and special zones, alphabetically; [] for an unknown code. */
export async function listWards(provinceCode: string | null | undefined): Promise<PlaceOption[]> {
  if (!provinceCode || !/^\d{2}$/.test(provinceCode)) return [];
  const wards = await prisma.ward.findMany({ where: { provinceCode }, select: { code: true, name: true } });
  return wards.sort((a, b) => collator.compare(a.name, b.name));
}

/** Statuses in which the applicant may still change the application. */
const EDITABLE: readonly SellerStatus[] = ["PENDING", "REJECTED"];

export type OwnApplication = {
  sellerId: string;
  slug: string;
  status: SellerStatus;
  statusReason: string | null;
  submittedAt: Date;
  logoPath: string | null;
  editable: boolean;
  /** The submitted values, in the form's shape (to fill the form for a correction). */
  values: Omit<ApplicationInput, "logo" | "story"> & { story: string };
};

/** The newest seller this user owns (their application), or null. */
export async function getOwnApplication(userId: string): Promise<OwnApplication | null> {
  const seller = await prisma.seller.findFirst({
    where: { members: { some: { userId, role: "OWNER" } } },
    orderBy: { createdAt: "desc" },
  });
  if (!seller) return null;
  return {
    sellerId: seller.id,
    slug: seller.slug,
    status: seller.status,
    statusReason: seller.statusReason,
    submittedAt: seller.submittedAt,
    logoPath: seller.logoPath,
    editable: EDITABLE.includes(seller.status),
    values: {
      businessName: seller.name,
      kind: ENUM_TO_KIND[seller.kind] as SellerKindInput,
      taxCode: seller.taxCode,
      representative: seller.representative,
      phone: seller.phone,
      email: seller.email,
      provinceCode: seller.provinceCode,
      wardCode: seller.wardCode,
      addressLine: seller.addressLine,
      story: seller.story,
      bankBin: seller.bankBin,
      bankAccountNo: seller.bankAccountNo,
      bankAccountName: seller.bankAccountName,
    },
  };
}

export type ApplicationResult =
  | { ok: true; sellerId: string; resubmitted: boolean }
  | { ok: false; fieldErrors: Partial<Record<keyof ApplicationInput, string[]>>; formErrors?: string[] };

async function uniqueSellerSlug(name: string): Promise<string> {
  const base = slugify(name, 60) || "gian-hang";
  const taken = await prisma.seller.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const used = new Set(taken.map((s) => s.slug));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * Creates the application, or resubmits the user's PENDING/REJECTED one (back to PENDING, the
 * old reason cleared). Checks what the form schema cannot: the ward is in the province, the
 * tax code is not already another live seller's, the logo really is an image.
 */
export async function submitApplication(userId: string, input: ApplicationInput): Promise<ApplicationResult> {
  const existing = await getOwnApplication(userId);
  if (existing && !existing.editable) return { ok: false, fieldErrors: {}, formErrors: ["errors.alreadySeller"] };

  const fieldErrors: Partial<Record<keyof ApplicationInput, string[]>> = {};
  const [ward, sameTaxCode] = await Promise.all([
    prisma.ward.findFirst({ where: { code: input.wardCode, provinceCode: input.provinceCode }, select: { code: true } }),
    prisma.seller.findFirst({
      where: { taxCode: input.taxCode, status: { not: "REJECTED" }, ...(existing ? { id: { not: existing.sellerId } } : {}) },
      select: { id: true },
    }),
  ]);
  if (!ward) fieldErrors.wardCode = ["errors.wardNotInProvince"];
  if (sameTaxCode) fieldErrors.taxCode = ["errors.taxCodeTaken"];

  let logo: Awaited<ReturnType<typeof inspectImage>> | null = null;
  if (input.logo && input.logo.size > 0) {
    logo = await inspectImage(input.logo, LOGO_MAX_BYTES);
    if (!logo.ok) fieldErrors.logo = [logo.problem];
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const data = {
    name: input.businessName,
    kind: KIND_TO_ENUM[input.kind],
    taxCode: input.taxCode,
    representative: input.representative,
    phone: input.phone,
    email: input.email,
    provinceCode: input.provinceCode,
    wardCode: input.wardCode,
    addressLine: input.addressLine,
    story: input.story ?? "",
    bankBin: input.bankBin,
    bankAccountNo: input.bankAccountNo,
    bankAccountName: input.bankAccountName,
  };

  // The logo's files are written first (under a fresh key); if the database write fails they are removed.
  let stored: StoredImage[] = [];
  const sellerKeyPrefix = existing ? `sellers/${existing.sellerId}` : null;
  try {
    if (existing) {
      if (logo?.ok) stored = await storeImages(sellerKeyPrefix!, [logo], LOGO_WIDTHS);
      // Conditional: an admin deciding at this very moment wins; the applicant is told.
      const updated = await prisma.seller.updateMany({
        where: { id: existing.sellerId, status: { in: [...EDITABLE] } },
        data: { ...data, status: "PENDING", statusReason: null, submittedAt: new Date(), ...(stored[0] ? { logoPath: stored[0].key } : {}) },
      });
      if (updated.count === 0) {
        await discardImages(stored);
        return { ok: false, fieldErrors: {}, formErrors: ["errors.statusChanged"] };
      }
      if (stored[0] && existing.logoPath) await discardImages([{ files: filesOfKey(existing.logoPath, LOGO_WIDTHS) }]);
      return { ok: true, sellerId: existing.sellerId, resubmitted: true };
    }

    const slug = await uniqueSellerSlug(input.businessName);
    const seller = await prisma.$transaction(async (tx) => {
      const created = await tx.seller.create({ data: { ...data, slug, status: "PENDING" } });
      await tx.sellerMember.create({ data: { sellerId: created.id, userId, role: "OWNER" } });
      if (logo?.ok) {
        stored = await storeImages(`sellers/${created.id}`, [logo], LOGO_WIDTHS);
        await tx.seller.update({ where: { id: created.id }, data: { logoPath: stored[0].key } });
      }
      return created;
    }, { maxWait: 10_000, timeout: 20_000 });
    return { ok: true, sellerId: seller.id, resubmitted: false };
  } catch (error) {
    await discardImages(stored);
    // Two submissions racing for the same slug: the second is asked to try again.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: { businessName: ["errors.tryAgain"] } };
    }
    throw error;
  }
}
