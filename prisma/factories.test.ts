import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { verifyPassword } from "~/modules/accounts/password.server";
import {
  addMonths,
  bankAccountName,
  createCertificate,
  createProduct,
  createSeller,
  createUser,
  DEFAULT_PASSWORD,
  isValidTaxCode,
  taxCodeWithCheckDigit,
} from "./factories";

async function ledgerMismatches(): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM product_variants v
    LEFT JOIN (SELECT variant_id, sum(on_hand_delta) AS oh, sum(reserved_delta) AS r FROM inventory_movements GROUP BY variant_id) m ON m.variant_id = v.id
    WHERE coalesce(m.oh, 0) <> v.on_hand OR coalesce(m.r, 0) <> v.reserved`;
  return rows[0].n;
}

describe("factories", () => {
  it("createUser hashes the default password and lower-cases the email", async () => {
    const user = await createUser({ email: "Lan.Nguyen@Example.com", name: "Nguyễn Thị Lan" });
    expect(user.email).toBe("lan.nguyen@example.com");
    expect(user.role).toBe("SHOPPER");
    expect(await verifyPassword(user.passwordHash, DEFAULT_PASSWORD)).toBe(true);
    const admin = await createUser({ role: "ADMIN", password: "another-password-1" });
    expect(await verifyPassword(admin.passwordHash, "another-password-1")).toBe(true);
  });

  it("createSeller makes an approved cooperative with an OWNER and a real ward of its province", async () => {
    const seller = await createSeller({ provinceCode: "96" });
    expect(seller.status).toBe("APPROVED");
    expect(seller.approvedAt).not.toBeNull();
    expect(isValidTaxCode(seller.taxCode)).toBe(true);
    const ward = await prisma.ward.findUniqueOrThrow({ where: { code: seller.wardCode } });
    expect(ward.provinceCode).toBe("96");
    const members = await prisma.sellerMember.findMany({ where: { sellerId: seller.id } });
    expect(members).toEqual([expect.objectContaining({ userId: seller.ownerId, role: "OWNER" })]);
  });

  it("createSeller accepts an existing owner, no owner, and statuses that need a reason", async () => {
    const owner = await createUser();
    const a = await createSeller({ owner });
    const b = await createSeller({ owner });
    expect(await prisma.sellerMember.count({ where: { userId: owner.id } })).toBe(2);
    expect(a.slug).not.toBe(b.slug);
    const suspended = await createSeller({ status: "SUSPENDED", owner: false, kind: "HOUSEHOLD" });
    expect(suspended.statusReason).toBeTruthy();
    expect(suspended.taxCode).toMatch(/^\d{12}$/);
    expect(await prisma.sellerMember.count({ where: { sellerId: suspended.id } })).toBe(0);
    const pending = await createSeller({ status: "PENDING" });
    expect(pending.approvedAt).toBeNull();
  });

  it("createCertificate is verified and valid for 36 months by default", async () => {
    const seller = await createSeller();
    const issuedAt = new Date("2025-03-10T00:00:00Z");
    const cert = await createCertificate({ sellerId: seller.id, stars: 5, groupSlug: "do-uong", issuedAt });
    expect(cert.status).toBe("VERIFIED");
    expect(cert.expiresAt.toISOString().slice(0, 10)).toBe("2028-03-10");
    const revoked = await createCertificate({ sellerId: seller.id, status: "REVOKED" });
    expect(revoked.statusReason).toBeTruthy();
    await expect(createCertificate({ sellerId: seller.id, stars: 6 })).rejects.toThrow();
  });

  it("createProduct writes variants and INITIAL movements so the ledger holds; slugs and SKUs stay unique", async () => {
    const seller = await createSeller();
    const variants = [
      { label: "Chai 500 ml", price: 95_000, onHand: 40 },
      { label: "Chai 1 lít", price: 180_000, onHand: 0 },
    ];
    const first = await createProduct({ sellerId: seller.id, name: "Nước mắm Phú Quốc", categorySlug: "nuoc-mam-gia-vi", variants });
    const second = await createProduct({ sellerId: seller.id, name: "Nước mắm Phú Quốc", categorySlug: "nuoc-mam-gia-vi", variants });
    expect(first.slug).toMatch(/^nuoc-mam-phu-quoc-/);
    expect(first.slug).not.toBe(second.slug);
    expect(first.status).toBe("ACTIVE");
    expect(first.publishedAt).not.toBeNull();
    expect(first.variants.map((v) => v.sku)).not.toEqual(second.variants.map((v) => v.sku));
    const movements = await prisma.inventoryMovement.findMany({ where: { variant: { productId: first.id } } });
    // Only the variant with stock has a movement (a zero movement is refused by a CHECK).
    expect(movements).toEqual([expect.objectContaining({ variantId: first.variants[0].id, onHandDelta: 40, reservedDelta: 0, reason: "INITIAL", sellerId: seller.id })]);
    expect(await ledgerMismatches()).toBe(0);
  });

  it("createProduct can create the certificate, with the category's OCOP group", async () => {
    const seller = await createSeller();
    const product = await createProduct({ sellerId: seller.id, categorySlug: "ca-phe", certificate: { stars: 5 } });
    const cert = await prisma.ocopCertificate.findUniqueOrThrow({ where: { id: product.certificateId! } });
    expect(cert).toMatchObject({ stars: 5, groupSlug: "do-uong", sellerId: seller.id, productName: product.name });
  });

  it("createProduct keeps HIDDEN and DRAFT consistent with the constraints", async () => {
    const seller = await createSeller();
    const hidden = await createProduct({ sellerId: seller.id, status: "HIDDEN" });
    expect(hidden.hiddenReason).toBeTruthy();
    const draft = await createProduct({ sellerId: seller.id, status: "DRAFT" });
    expect(draft.publishedAt).toBeNull();
    await expect(createProduct({ sellerId: seller.id, variants: [{ label: "x", price: 0, onHand: 1 }] })).rejects.toThrow();
    await expect(createProduct({ sellerId: seller.id, categorySlug: "khong-co" })).rejects.toThrow(/unknown category/);
  });

  it("joins an outer transaction: a rollback leaves nothing behind", async () => {
    const seller = await createSeller();
    const before = await prisma.product.count();
    await expect(
      prisma.$transaction(async (tx) => {
        await createProduct({ sellerId: seller.id }, tx);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await prisma.product.count()).toBe(before);
    expect(await prisma.inventoryMovement.count({ where: { sellerId: seller.id } })).toBe(0);
  });
});

describe("helpers", () => {
  it("computes the tax code check digit", () => {
    // 0100109106 is a published, valid enterprise tax code.
    expect(taxCodeWithCheckDigit("010010910")).toBe("0100109106");
    expect(isValidTaxCode("0100109106")).toBe(true);
    expect(isValidTaxCode("0100109107")).toBe(false);
    expect(isValidTaxCode("2200734153")).toBe(true);
  });

  it("writes bank account names in upper-case ASCII", () => {
    expect(bankAccountName("Hợp tác xã Nông nghiệp Mỹ Xuyên")).toBe("HOP TAC XA NONG NGHIEP MY XUYEN");
    expect(bankAccountName("Đặng Thị Kim Hoa")).toBe("DANG THI KIM HOA");
  });

  it("adds months in UTC", () => {
    expect(addMonths(new Date("2024-01-05T00:00:00Z"), 36).toISOString()).toBe("2027-01-05T00:00:00.000Z");
  });
});
