// Bulk CSV against real PostgreSQL: a re-import of an export changes nothing, a file with any bad
// row writes nothing and names each row's error, a good file creates products, variants, IMPORT
// movements and outbox rows, another seller is never touched, and 2,000 rows go through.
import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { ledgerMismatches, reserveStock } from "~/modules/inventory/index.server";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import { applySellerCsv, checkSellerCsv, csvTemplate, exportSellerCsv } from "./csv.server";

const HEADER = "sku,product_slug,product_name,category,description,variant_label,price,weight_grams,on_hand,status";

async function shop() {
  const actor = await createUser();
  const seller = await createSeller({ owner: actor });
  const product = await createProduct({
    sellerId: seller.id,
    name: "Mật ong U Minh",
    categorySlug: "mat-ong",
    description: "Mật ong rừng, \"nguyên chất\", thu hoạch tháng 4",
    variants: [
      { label: "Chai 500 ml", sku: "MO-500", price: 150_000, onHand: 10 },
      { label: "Chai 1 lít", sku: "MO-1000", price: 280_000, onHand: 3 },
    ],
    actorId: actor.id,
  });
  return { actor, seller, product };
}

async function outboxOf(sellerId: string) {
  const ids = (await prisma.product.findMany({ where: { sellerId }, select: { id: true } })).map((p) => p.id);
  return prisma.searchOutbox.count({ where: { productId: { in: ids } } });
}

async function snapshot(sellerId: string) {
  const [products, variants, movements, outbox] = await Promise.all([
    prisma.product.findMany({ where: { sellerId }, orderBy: { id: "asc" } }),
    prisma.productVariant.findMany({ where: { sellerId }, orderBy: { id: "asc" } }),
    prisma.inventoryMovement.count({ where: { sellerId } }),
    outboxOf(sellerId),
  ]);
  return { products, variants, movements, outbox };
}

describe("export and template", () => {
  it("exports with a BOM and the documented columns; the template is valid", async () => {
    const { seller, product } = await shop();
    const text = await exportSellerCsv(seller.id);
    expect(text.startsWith("\ufeff" + HEADER + "\r\n")).toBe(true);
    expect(text).toContain(`MO-500,${product.slug},Mật ong U Minh,mat-ong,"Mật ong rừng, ""nguyên chất"", thu hoạch tháng 4",Chai 500 ml,150000,500,10,ACTIVE`);
    expect(csvTemplate().split("\r\n")[0]).toBe("\ufeff" + HEADER);
    const other = await createSeller();
    expect((await checkSellerCsv(other.id, csvTemplate())).errors).toEqual([]);
  });

  it("re-importing the export changes nothing", async () => {
    const { actor, seller } = await shop();
    await createProduct({ sellerId: seller.id, name: "Gạo ST25", description: "Dòng một\nDòng hai; có \"ngoặc\"", variants: [{ label: "Túi 5 kg", sku: "ST-5", price: 180_000, onHand: 0 }], actorId: actor.id });
    const before = await snapshot(seller.id);
    // As a browser posts it back: every line break CRLF, inside quoted cells too.
    const exported = (await exportSellerCsv(seller.id)).replace(/\r\n|\n/g, "\r\n");
    const result = await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text: exported });
    expect(result).toEqual({ ok: true, total: 3, createdProducts: 0, changedProducts: 0, stockMovements: 0 });
    expect(await snapshot(seller.id)).toEqual(before);
  });
});

describe("import", () => {
  it("a file with bad rows writes nothing and names every row's error", async () => {
    const { actor, seller } = await shop();
    const before = await snapshot(seller.id);
    const text = [
      HEADER,
      "TRA-1,,Trà shan tuyết,tra,,Gói 100 g,120.000,150,5,ACTIVE", // good
      "TRA-2,,Trà móc câu,tra,,Gói 200 g,12.5,250,5,ACTIVE", // bad price
      "X-1,,Thứ gì đó,khong-co,,Gói,50000,100,1,DRAFT", // unknown category
      "X-2,,Thứ khác nữa,tra,,Gói,50000,100,-3,DRAFT", // negative stock
      "TRA-1,,Trà shan tuyết,tra,,Gói 100 g,120000,150,5,ACTIVE", // duplicate sku in file
    ].join("\n");
    const result = await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, "price", "errors.priceFormat"],
      [4, "category", "errors.categoryUnknown"],
      [5, "on_hand", "errors.stockNegative"],
      [6, "sku", "errors.skuDuplicate"],
    ]);
    expect(result.errors[3].params).toEqual({ row: 2 });
    expect(await snapshot(seller.id)).toEqual(before);
    expect(await prisma.product.count({ where: { sellerId: seller.id, name: "Trà shan tuyết" } })).toBe(0);
  });

  it("numbers rows as the file does (blank lines count), reads \";\" files from Excel, flags a wrong column count", async () => {
    const { seller } = await shop();
    const text = [HEADER, "", "A-1,,Trà xanh Tân Cương,tra,,Gói,50000,100,1,DRAFT", "A-2,,Trà xanh Tân Cương 2,tra,,Gói,50,000,100,1,DRAFT", ""].join("\n");
    expect((await checkSellerCsv(seller.id, text)).errors).toEqual([{ row: 4, column: "", message: "errors.columnCount" }]);
    const semicolons = [HEADER.replaceAll(",", ";"), "A-1;;Trà xanh;tra;;Gói;50.000;100;1;DRAFT"].join("\r\n");
    const check = await checkSellerCsv(seller.id, "\ufeff" + semicolons);
    expect(check.errors).toEqual([]);
    expect(check.plan[0].variants[0]).toMatchObject({ sku: "A-1", price: 50_000 });
  });

  it("creates products and variants with IMPORT movements and outbox rows; updates by SKU", async () => {
    const { actor, seller, product } = await shop();
    const text = [
      HEADER,
      "CF-250,ca-phe-robusta,Cà phê Robusta Đắk Lắk,ca-phe,Rang mộc,Gói 250 g,95.000,300,40,ACTIVE",
      "CF-500,ca-phe-robusta,Cà phê Robusta Đắk Lắk,ca-phe,Rang mộc,Gói 500 g,180000,550,0,ACTIVE",
      "MAM-1,,Nước mắm Phú Quốc,nuoc-mam-gia-vi,,Chai 500 ml,85000,800,12,DRAFT",
      // Existing SKU of this seller: price and stock change.
      `mo-500,${product.slug},Mật ong U Minh,mat-ong,"Mật ong rừng, ""nguyên chất"", thu hoạch tháng 4",Chai 500 ml,160.000,500,7,ACTIVE`,
    ].join("\r\n");
    const check = await checkSellerCsv(seller.id, text);
    expect(check.errors).toEqual([]);
    expect(check.summary).toEqual({ newProducts: 2, updatedProducts: 1, newVariants: 3, updatedVariants: 1 });
    const outboxBefore = await outboxOf(seller.id);

    const result = await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text });
    expect(result).toEqual({ ok: true, total: 4, createdProducts: 2, changedProducts: 1, stockMovements: 3 });

    const coffee = await prisma.product.findFirstOrThrow({ where: { sellerId: seller.id, name: "Cà phê Robusta Đắk Lắk" }, include: { variants: { orderBy: { position: "asc" } }, category: true } });
    expect(coffee).toMatchObject({ slug: "ca-phe-robusta", status: "ACTIVE", description: "Rang mộc", category: { slug: "ca-phe" } });
    expect(coffee.publishedAt).not.toBeNull();
    expect(coffee.variants.map((v) => [v.sku, v.label, v.price, v.weightGrams, v.onHand, v.position])).toEqual([
      ["CF-250", "Gói 250 g", 95_000, 300, 40, 0],
      ["CF-500", "Gói 500 g", 180_000, 550, 0, 1],
    ]);
    const mo = await prisma.productVariant.findFirstOrThrow({ where: { sellerId: seller.id, sku: "MO-500" } });
    expect(mo).toMatchObject({ price: 160_000, onHand: 7 });
    const imports = await prisma.inventoryMovement.findMany({ where: { sellerId: seller.id, reason: "IMPORT" }, include: { variant: true }, orderBy: { id: "asc" } });
    expect(imports.map((m) => [m.variant.sku, m.onHandDelta, m.actorId])).toEqual([
      ["CF-250", 40, actor.id],
      ["MAM-1", 12, actor.id],
      ["MO-500", -3, actor.id],
    ]);
    expect(await ledgerMismatches(prisma)).toEqual([]);
    expect(await outboxOf(seller.id)).toBe(outboxBefore + 3);

    // And the new export re-imports as a no-op.
    const again = await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text: await exportSellerCsv(seller.id) });
    expect(again).toMatchObject({ ok: true, createdProducts: 0, changedProducts: 0, stockMovements: 0 });
  });

  it("never touches another seller: the same SKU there is just a new SKU here", async () => {
    const a = await shop();
    const b = await shop(); // also has MO-500 and MO-1000
    const bBefore = await snapshot(b.seller.id);
    const text = [HEADER, `MO-500,${b.product.slug},Mật ong của A,mat-ong,,Chai,99000,500,1,DRAFT`].join("\n");
    // A slug of B's product is not A's: a new product of A (with a free slug) — but MO-500 is A's own.
    const check = await checkSellerCsv(a.seller.id, text);
    expect(check.errors.map((e) => e.message)).toEqual(["errors.skuOtherProduct"]);
    const fresh = [HEADER, `MO-9,${b.product.slug},Mật ong của A,mat-ong,,Chai,99000,500,1,DRAFT`].join("\n");
    const result = await applySellerCsv({ sellerId: a.seller.id, actorId: a.actor.id, text: fresh });
    expect(result).toMatchObject({ ok: true, createdProducts: 1 });
    const created = await prisma.product.findFirstOrThrow({ where: { sellerId: a.seller.id, name: "Mật ong của A" } });
    expect(created.slug).not.toBe(b.product.slug);
    // B's SKU in A's file: a new SKU for B, nothing of A's touched.
    const aBefore = await snapshot(a.seller.id);
    const forB = [HEADER, "MO-9,,Mật ong của B,mat-ong,,Chai,99000,500,4,DRAFT"].join("\n");
    expect(await applySellerCsv({ sellerId: b.seller.id, actorId: b.actor.id, text: forB })).toMatchObject({ ok: true, createdProducts: 1 });
    expect(await snapshot(a.seller.id)).toEqual(aBefore);
    const bAfter = await snapshot(b.seller.id);
    expect(bAfter.variants.filter((v) => bBefore.variants.some((o) => o.id === v.id))).toEqual(bBefore.variants);
  });

  it("refuses stock below what orders hold, and HIDDEN products", async () => {
    const { actor, seller, product } = await shop();
    const v = product.variants.find((x) => x.sku === "MO-500")!;
    await prisma.$transaction((tx) => reserveStock(tx, { variantId: v.id, quantity: 6, orderId: "o-csv" }));
    const hidden = await createProduct({ sellerId: seller.id, status: "HIDDEN", variants: [{ label: "Gói", sku: "AN-1", price: 50_000, onHand: 2 }], actorId: actor.id });
    const text = [
      HEADER,
      `MO-500,,Mật ong U Minh,mat-ong,x,Chai 500 ml,150000,500,5,ACTIVE`,
      `AN-1,,${hidden.name},gao-ngu-coc,,Gói,50000,500,2,ACTIVE`,
    ].join("\n");
    const result = await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text });
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, "on_hand", "errors.belowReserved"],
      [3, "status", "errors.productHidden"],
    ]);
  });

  it("imports 2,000 rows in one go", async () => {
    const { actor, seller } = await shop();
    const lines = [HEADER];
    for (let i = 0; i < 2000; i++) {
      const p = Math.floor(i / 4);
      lines.push(`BULK-${i},bulk-${seller.id.slice(-6)}-${p},Sản phẩm số ${p},gao-ngu-coc,,Loại ${i % 4},"${(10 + (i % 50)) * 1000}",500,${i % 7},ACTIVE`);
    }
    const text = lines.join("\r\n");
    const t0 = performance.now();
    const check = await checkSellerCsv(seller.id, text);
    const t1 = performance.now();
    expect(check.errors).toEqual([]);
    const result = await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text });
    const t2 = performance.now();
    expect(result).toMatchObject({ ok: true, total: 2000, createdProducts: 500 });
    console.info(`2,000-row CSV: check ${Math.round(t1 - t0)} ms, apply (check + write) ${Math.round(t2 - t1)} ms`);
    expect(await prisma.productVariant.count({ where: { sellerId: seller.id, sku: { startsWith: "BULK-" } } })).toBe(2000);
    expect(await ledgerMismatches(prisma)).toEqual([]);
    const t3 = performance.now();
    expect(await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text: await exportSellerCsv(seller.id) })).toMatchObject({ ok: true, changedProducts: 0, stockMovements: 0 });
    console.info(`2,000-row CSV: re-import of the export ${Math.round(performance.now() - t3)} ms`);
  }, 120_000);

  it("previews and applies 5,000 rows: counts, and every variant's stock equals its IMPORT movements", async () => {
    const { actor, seller } = await shop();
    const tag = seller.id.slice(-6);
    const lines = [HEADER];
    for (let i = 0; i < 5000; i++) {
      const p = Math.floor(i / 5);
      lines.push(`FIVE-${i},five-${tag}-${p},Đặc sản số ${p},tra,,Gói ${i % 5},${20_000 + (i % 9) * 1000},250,${i % 11},${p % 2 ? "ACTIVE" : "DRAFT"}`);
    }
    const text = lines.join("\r\n");
    const check = await checkSellerCsv(seller.id, text);
    expect(check).toMatchObject({ total: 5000, checked: 5000, errors: [], summary: { newProducts: 1000, updatedProducts: 0, newVariants: 5000, updatedVariants: 0 } });
    expect(await prisma.productVariant.count({ where: { sellerId: seller.id, sku: { startsWith: "FIVE-" } } })).toBe(0);

    const withStock = Array.from({ length: 5000 }, (_, i) => i % 11).filter((n) => n > 0).length;
    const result = await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text });
    expect(result).toEqual({ ok: true, total: 5000, createdProducts: 1000, changedProducts: 0, stockMovements: withStock });
    const variants = await prisma.productVariant.findMany({ where: { sellerId: seller.id, sku: { startsWith: "FIVE-" } }, select: { sku: true, onHand: true, price: true, position: true, product: { select: { slug: true, status: true, publishedAt: true } } } });
    expect(variants).toHaveLength(5000);
    for (const v of variants) {
      const i = Number(v.sku.slice(5));
      expect([v.onHand, v.price, v.position, v.product.slug, v.product.status]).toEqual([i % 11, 20_000 + (i % 9) * 1000, i % 5, `five-${tag}-${Math.floor(i / 5)}`, Math.floor(i / 5) % 2 ? "ACTIVE" : "DRAFT"]);
      expect(v.product.publishedAt === null).toBe(v.product.status === "DRAFT");
    }
    const movements = await prisma.inventoryMovement.groupBy({ by: ["variantId"], where: { sellerId: seller.id, reason: "IMPORT" }, _sum: { onHandDelta: true }, _count: { _all: true } });
    expect(movements).toHaveLength(withStock);
    expect(movements.every((m) => m._count._all === 1)).toBe(true);
    expect(movements.reduce((n, m) => n + (m._sum.onHandDelta ?? 0), 0)).toBe(variants.reduce((n, v) => n + v.onHand, 0));
    expect(await ledgerMismatches(prisma)).toEqual([]);
    expect(await outboxOf(seller.id)).toBeGreaterThanOrEqual(1000);

    // A stock count over the whole file: one movement per changed variant, nothing else.
    const counted = text.replace(/,(\d+),(ACTIVE|DRAFT)$/gm, (_, n: string, status: string) => `,${Number(n) + 1},${status}`);
    const recount = await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text: counted });
    expect(recount).toEqual({ ok: true, total: 5000, createdProducts: 0, changedProducts: 1000, stockMovements: 5000 });
    expect(await prisma.inventoryMovement.count({ where: { sellerId: seller.id, reason: "IMPORT" } })).toBe(withStock + 5000);
    expect(await ledgerMismatches(prisma)).toEqual([]);
  }, 120_000);
});
