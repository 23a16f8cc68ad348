// The demo seed on a fresh migrated database: the data obeys the domain rules
// and looks like the brief (accounts, sellers, products, certificates, images).
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { verifyPassword } from "~/modules/accounts/password.server";
import { getHomePage } from "~/modules/catalog/index.server";
import { DEMO_PRODUCTS } from "./demo-data/products";
import { DEMO_SELLERS } from "./demo-data/sellers";
import { DEFAULT_PASSWORD, isValidTaxCode } from "./factories";
import { seed, seedBaseDate, type SeedResult } from "./seed";

const base = new Date("2026-01-15T00:00:00Z");
const uploads = await fs.mkdtemp(path.join(os.tmpdir(), "ocop-seed-"));
const previousUploads = process.env.UPLOADS_DIR;
let result: SeedResult;

beforeAll(async () => {
  process.env.UPLOADS_DIR = uploads;
  result = await seed(prisma, { base, reindex: false, log: () => {} });
}, 60_000);

afterAll(async () => {
  process.env.UPLOADS_DIR = previousUploads;
  await fs.rm(uploads, { recursive: true, force: true });
});

describe("demo data (plain data checks)", () => {
  it("uses real wards of each seller's province and valid tax codes", async () => {
    const wards = await prisma.ward.findMany({ where: { code: { in: DEMO_SELLERS.map((s) => s.wardCode) } } });
    const province = new Map(wards.map((w) => [w.code, w.provinceCode]));
    for (const s of DEMO_SELLERS) {
      expect(province.get(s.wardCode), s.name).toBe(s.provinceCode);
      if (s.kind === "HOUSEHOLD") expect(s.taxCode, s.name).toMatch(/^0\d{11}$/);
      else expect(isValidTaxCode(s.taxCode), s.name).toBe(true);
      expect(s.phone, s.name).toMatch(/^09\d{8}$/);
      expect(s.story.split(/[.!?…](?:\s|$)/).filter(Boolean).length, s.name).toBeGreaterThanOrEqual(2);
    }
  });

  it("prices are whole thousands of đồng in a realistic range", () => {
    for (const p of DEMO_PRODUCTS) {
      for (const [label, price, onHand, weight] of p.variants) {
        expect(price % 1000, `${p.name} ${label}`).toBe(0);
        expect(price, `${p.name} ${label}`).toBeGreaterThanOrEqual(35_000);
        expect(price, `${p.name} ${label}`).toBeLessThanOrEqual(1_500_000);
        expect(onHand).toBeGreaterThanOrEqual(0);
        expect(weight).toBeGreaterThan(0);
      }
      const sentences = p.description.split(/[.!?](?:\s|$)/).filter((x) => x.trim()).length;
      expect(sentences, p.name).toBeGreaterThanOrEqual(2);
      expect(sentences, p.name).toBeLessThanOrEqual(4);
    }
  });
});

describe("seed", () => {
  it("fills an empty database", () => {
    expect(result).toMatchObject({ skipped: false });
  });

  it("creates the demo accounts with the demo password", async () => {
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    expect(admin).toMatchObject({ role: "ADMIN", name: "Quản trị viên" });
    expect(await verifyPassword(admin.passwordHash, DEFAULT_PASSWORD)).toBe(true);
    const shopper = await prisma.user.findUniqueOrThrow({ where: { email: "shopper@example.com" }, include: { addresses: true } });
    expect(shopper.role).toBe("SHOPPER");
    expect(shopper.addresses).toHaveLength(1);
    const seller = await prisma.user.findUniqueOrThrow({ where: { email: "seller@example.com" }, include: { memberships: { include: { seller: true } } } });
    expect(seller.memberships).toEqual([expect.objectContaining({ role: "OWNER", seller: expect.objectContaining({ status: "APPROVED", provinceCode: "92", name: "Hợp tác xã Nông nghiệp Mỹ Xuyên" }) })]);
  });

  it("has enough sellers in enough provinces, one pending and one suspended", async () => {
    const sellers = await prisma.seller.findMany({ include: { members: true } });
    expect(sellers.length).toBeGreaterThanOrEqual(12);
    const provinces = new Set(sellers.map((s) => s.provinceCode));
    expect(provinces.size).toBeGreaterThanOrEqual(8);
    for (const mekong of ["92", "96", "82", "91", "86"]) expect(provinces.has(mekong), mekong).toBe(true);
    expect(sellers.filter((s) => s.status === "PENDING")).toHaveLength(1);
    expect(sellers.filter((s) => s.status === "SUSPENDED")).toEqual([expect.objectContaining({ statusReason: expect.stringMatching(/.{20}/) })]);
    expect(new Set(sellers.map((s) => s.kind))).toEqual(new Set(["COOPERATIVE", "ENTERPRISE", "HOUSEHOLD"]));
    for (const s of sellers) {
      expect(s.members.filter((m) => m.role === "OWNER"), s.name).toHaveLength(1);
      expect(s.bankAccountName).toMatch(/^[A-Z ]+$/);
      expect(s.logoPath).toBe(`sellers/${s.id}/logo`);
    }
  });

  it("has at least 80 products across the six OCOP groups, with the statuses the demos need", async () => {
    const products = await prisma.product.findMany({ include: { category: true } });
    expect(products.length).toBeGreaterThanOrEqual(80);
    expect(new Set(products.map((p) => p.category.groupSlug)).size).toBe(6);
    const status = (s: string) => products.filter((p) => p.status === s).length;
    expect(status("DRAFT")).toBeGreaterThanOrEqual(1);
    expect(status("ARCHIVED")).toBeGreaterThanOrEqual(1);
    expect(status("HIDDEN")).toBe(1);
    const multi = await prisma.product.count({ where: { variants: { some: { position: 1 } } } });
    expect(multi / products.length).toBeGreaterThan(0.5);
  });

  it("keeps the stock ledger: movements add up to on hand and reserved for every variant", async () => {
    const rows = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM product_variants v
      LEFT JOIN (SELECT variant_id, sum(on_hand_delta) AS oh, sum(reserved_delta) AS r FROM inventory_movements GROUP BY variant_id) m ON m.variant_id = v.id
      WHERE coalesce(m.oh, 0) <> v.on_hand OR coalesce(m.r, 0) <> v.reserved`;
    expect(rows[0].n).toBe(0);
    expect(await prisma.productVariant.count({ where: { onHand: 0 } })).toBeGreaterThan(0);
    expect(await prisma.inventoryMovement.count({ where: { reason: "INITIAL", actorId: null } })).toBe(0);
  });

  it("certificates: groups match categories, most verified, some pending, one revoked, one expired, two expiring soon", async () => {
    const certs = await prisma.ocopCertificate.findMany({ include: { products: { include: { category: true } } } });
    for (const c of certs) for (const p of c.products) expect(c.groupSlug, p.name).toBe(p.category.groupSlug);
    const verified = certs.filter((c) => c.status === "VERIFIED");
    expect(verified.length / certs.length).toBeGreaterThan(0.8);
    expect(certs.filter((c) => c.status === "PENDING").length).toBeGreaterThanOrEqual(2);
    expect(certs.filter((c) => c.status === "REVOKED")).toHaveLength(1);
    expect(verified.filter((c) => c.expiresAt <= base)).toHaveLength(1);
    const soon = verified.filter((c) => c.expiresAt > base && c.expiresAt.getTime() - base.getTime() <= 60 * 86_400_000);
    expect(soon).toHaveLength(2);
    for (const c of certs) {
      expect(c.decisionNumber).toMatch(/^\d{3,4}\/QĐ-/);
      expect(c.stars).toBeGreaterThanOrEqual(3);
      expect(c.issuedAt.getTime()).toBeLessThanOrEqual(base.getTime());
    }
  });

  it("draws 1–3 pictures per product as WebP in three widths", async () => {
    const images = await prisma.productImage.findMany({ orderBy: [{ productId: "asc" }, { position: "asc" }] });
    const perProduct = new Map<string, number>();
    for (const image of images) perProduct.set(image.productId, (perProduct.get(image.productId) ?? 0) + 1);
    expect(perProduct.size).toBe(await prisma.product.count());
    for (const n of perProduct.values()) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(3);
    }
    const first = images[0];
    expect(first.key).toBe(`products/${first.productId}/1`);
    for (const width of [320, 640, 960]) {
      const file = await fs.readFile(path.join(uploads, `${first.key}-${width}.webp`));
      expect(file.subarray(8, 12).toString()).toBe("WEBP");
    }
  });

  it("makes the home page look alive", async () => {
    const home = await getHomePage({ now: new Date(base.getTime() + 3_600_000) });
    expect(home.featured.length).toBeGreaterThanOrEqual(6);
    expect(home.featured.every((p) => p.stars === 5)).toBe(true);
    expect(home.regions[0].region).toBe("dong-bang-song-cuu-long");
    expect(home.regions.length).toBe(3);
    expect(home.newest).toHaveLength(8);
    expect(home.sellers.length).toBeGreaterThanOrEqual(4);
    const suspended = DEMO_SELLERS.find((s) => s.status === "SUSPENDED")!;
    expect([...home.featured, ...home.newest].some((p) => p.seller.slug === suspended.slug)).toBe(false);
  });

  it("does nothing the second time", async () => {
    const again = await seed(prisma, { base, reindex: false, log: () => {} });
    expect(again).toMatchObject({ skipped: true });
  });

  it("reads SEED_BASE_DATE", () => {
    expect(seedBaseDate("2026-01-15").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(() => seedBaseDate("15/01/2026")).toThrow();
  });
});
