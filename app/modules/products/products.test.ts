// A seller's product writes against real PostgreSQL: variants, their opening
// stock in the ledger, photos and the search outbox move together or not at all.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "~/lib/db.server";
import { ledgerMismatches, reserveStock } from "~/modules/inventory/index.server";
import { createCertificate, createProduct, createSeller, createUser } from "../../../prisma/factories";
import { getSellerProduct, listSellerProducts } from "./product-reads.server";
import { createSellerProduct, updateSellerProduct } from "./products.server";
import type { ProductInput } from "./schemas";
import { file, listFiles, pngBytes, useTemporaryUploads } from "./testing.server";

// The search outbox, with a switch to make it fail (to prove the whole write rolls back).
const outbox = vi.hoisted(() => ({ fail: false }));
vi.mock("~/modules/search/index.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("~/modules/search/index.server")>();
  return {
    ...actual,
    enqueueProducts: async (...args: Parameters<typeof actual.enqueueProducts>) => {
      if (outbox.fail) throw new Error("outbox down");
      return actual.enqueueProducts(...args);
    },
  };
});

let uploads: Awaited<ReturnType<typeof useTemporaryUploads>>;
beforeAll(async () => {
  uploads = await useTemporaryUploads();
});
afterAll(() => uploads.restore());

function input(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    name: "Gạo ST25 Mỹ Xuyên",
    categorySlug: "gao-ngu-coc",
    description: "Gạo lúa – tôm.",
    status: "DRAFT",
    variants: [
      { label: "Túi 2 kg", sku: "ST25-2KG", price: 90_000, weightGrams: 2_000, initialStock: 10 },
      { label: "Túi 5 kg", sku: "ST25-5KG", price: 210_000, weightGrams: 5_000, initialStock: 4 },
    ],
    photos: [],
    removeImages: [],
    ...overrides,
  };
}

async function sellerWithActor() {
  const actor = await createUser();
  const seller = await createSeller({ owner: actor });
  return { seller, actor };
}

describe("createSellerProduct", () => {
  it("writes the product, both variants, their INITIAL movements and an outbox row", async () => {
    const { seller, actor } = await sellerWithActor();
    const result = await createSellerProduct({ sellerId: seller.id, actorId: actor.id, input: input() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const product = await prisma.product.findUniqueOrThrow({ where: { id: result.productId }, include: { variants: { orderBy: { position: "asc" } } } });
    expect(product).toMatchObject({ sellerId: seller.id, name: "Gạo ST25 Mỹ Xuyên", status: "DRAFT", categoryId: "cat_gao-ngu-coc", publishedAt: null });
    expect(product.variants.map((v) => [v.sku, v.label, v.price, v.onHand, v.sellerId])).toEqual([
      ["ST25-2KG", "Túi 2 kg", 90_000, 10, seller.id],
      ["ST25-5KG", "Túi 5 kg", 210_000, 4, seller.id],
    ]);
    const movements = await prisma.inventoryMovement.findMany({ where: { variantId: { in: product.variants.map((v) => v.id) } }, orderBy: { id: "asc" } });
    expect(movements.map((m) => [m.reason, m.onHandDelta, m.reservedDelta, m.actorId, m.sellerId])).toEqual([
      ["INITIAL", 10, 0, actor.id, seller.id],
      ["INITIAL", 4, 0, actor.id, seller.id],
    ]);
    expect(await prisma.searchOutbox.count({ where: { productId: product.id } })).toBe(1);
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("writes nothing at all when a step inside the transaction fails", async () => {
    const { seller, actor } = await sellerWithActor();
    outbox.fail = true;
    try {
      await expect(createSellerProduct({ sellerId: seller.id, actorId: actor.id, input: input() })).rejects.toThrow("outbox down");
    } finally {
      outbox.fail = false;
    }
    expect(await prisma.product.count({ where: { sellerId: seller.id } })).toBe(0);
    expect(await prisma.productVariant.count({ where: { sellerId: seller.id } })).toBe(0);
    expect(await prisma.inventoryMovement.count({ where: { sellerId: seller.id } })).toBe(0);
  });

  it("publishing (ACTIVE) sets publishedAt; a name already taken gets a distinct slug", async () => {
    const { seller, actor } = await sellerWithActor();
    const a = await createSellerProduct({ sellerId: seller.id, actorId: actor.id, input: input({ status: "ACTIVE", name: "Mắm tép Gò Công", variants: [{ label: "Hũ", sku: "MT-1", price: 60_000, weightGrams: 500 }] }) });
    const b = await createSellerProduct({ sellerId: seller.id, actorId: actor.id, input: input({ name: "Mắm tép Gò Công", variants: [{ label: "Hũ", sku: "MT-2", price: 60_000, weightGrams: 500 }] }) });
    if (!a.ok || !b.ok) throw new Error("expected both to be created");
    const [pa, pb] = await Promise.all([prisma.product.findUniqueOrThrow({ where: { id: a.productId } }), prisma.product.findUniqueOrThrow({ where: { id: b.productId } })]);
    expect(pa.publishedAt).not.toBeNull();
    expect(pa.slug).toBe("mam-tep-go-cong");
    expect(pb.slug).toMatch(/^mam-tep-go-cong-[a-z0-9]{4}$/);
    // No stock given: no movement (and the ledger still agrees).
    expect(await prisma.inventoryMovement.count({ where: { sellerId: seller.id } })).toBe(0);
  });

  it("refuses a SKU the seller already uses, next to the field; another seller may use it", async () => {
    const { seller, actor } = await sellerWithActor();
    await createProduct({ sellerId: seller.id, variants: [{ label: "Chai", sku: "NM-500", price: 80_000, onHand: 3 }] });
    const before = await prisma.product.count({ where: { sellerId: seller.id } });
    const clash = await createSellerProduct({
      sellerId: seller.id,
      actorId: actor.id,
      input: input({ variants: [{ label: "Chai 500 ml", sku: "NM-250", price: 50_000, weightGrams: 600 }, { label: "Chai lớn", sku: "NM-500", price: 90_000, weightGrams: 900 }] }),
    });
    expect(clash).toEqual({ ok: false, fieldErrors: { "variants[1].sku": ["errors.skuTaken"] } });
    expect(await prisma.product.count({ where: { sellerId: seller.id } })).toBe(before);

    const other = await sellerWithActor();
    const reuse = await createSellerProduct({ sellerId: other.seller.id, actorId: other.actor.id, input: input({ variants: [{ label: "Chai", sku: "NM-500", price: 80_000, weightGrams: 600 }] }) });
    expect(reuse.ok).toBe(true);
  });

  it("stores photos as responsive WebP; refuses a text file renamed .jpg and a picture over 5 MB, writing nothing", async () => {
    const { seller, actor } = await sellerWithActor();
    const ok = await createSellerProduct({ sellerId: seller.id, actorId: actor.id, input: input({ photos: [file(await pngBytes(700), "a.png", "image/png")] }) });
    if (!ok.ok) throw new Error(JSON.stringify(ok));
    const images = await prisma.productImage.findMany({ where: { productId: ok.productId } });
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ sellerId: seller.id, width: 700, height: 700, position: 0 });
    const files = await listFiles(uploads.dir);
    expect(files).toEqual(expect.arrayContaining([`${images[0].key}-320.webp`, `${images[0].key}-640.webp`]));
    expect(files).not.toContain(`${images[0].key}-960.webp`); // never enlarged

    const filesBefore = (await listFiles(uploads.dir)).length;
    const fake = await createSellerProduct({ sellerId: seller.id, actorId: actor.id, input: input({ name: "Sai ảnh", variants: [{ label: "x", sku: "FAKE-1", price: 10_000, weightGrams: 1 }], photos: [file("hello, I am text", "photo.jpg", "image/jpeg")] }) });
    expect(fake).toEqual({ ok: false, fieldErrors: { photos: ['errors.imageType|{"name":"photo.jpg"}'] } });

    const big = Buffer.concat([await pngBytes(10), Buffer.alloc(5 * 1024 * 1024)]);
    const huge = await createSellerProduct({ sellerId: seller.id, actorId: actor.id, input: input({ name: "Ảnh lớn", variants: [{ label: "x", sku: "BIG-1", price: 10_000, weightGrams: 1 }], photos: [file(big, "big.png", "image/png")] }) });
    expect(huge).toEqual({ ok: false, fieldErrors: { photos: ['errors.imageTooLarge|{"name":"big.png"}'] } });

    expect(await prisma.product.count({ where: { sellerId: seller.id } })).toBe(1);
    expect((await listFiles(uploads.dir)).length).toBe(filesBefore);
  });

  it("links only the seller's own pending or verified certificates", async () => {
    const { seller, actor } = await sellerWithActor();
    const other = await createSeller();
    const mine = await createCertificate({ sellerId: seller.id, status: "PENDING" });
    const rejected = await createCertificate({ sellerId: seller.id, status: "REJECTED" });
    const theirs = await createCertificate({ sellerId: other.id, status: "VERIFIED" });
    const ok = await createSellerProduct({ sellerId: seller.id, actorId: actor.id, input: input({ certificateId: mine.id }) });
    if (!ok.ok) throw new Error("expected ok");
    expect((await prisma.product.findUniqueOrThrow({ where: { id: ok.productId } })).certificateId).toBe(mine.id);
    for (const certificateId of [theirs.id, rejected.id]) {
      const refused = await createSellerProduct({ sellerId: seller.id, actorId: actor.id, input: input({ certificateId, variants: [{ label: "x", sku: `C-${certificateId}`, price: 10_000, weightGrams: 1 }] }) });
      expect(refused).toEqual({ ok: false, fieldErrors: { certificateId: ["errors.certificateNotFound"] } });
    }
  });
});

describe("updateSellerProduct", () => {
  async function existing() {
    const ctx = await sellerWithActor();
    const created = await createSellerProduct({ sellerId: ctx.seller.id, actorId: ctx.actor.id, input: input({ photos: [file(await pngBytes(50), "a.png"), file(await pngBytes(60), "b.png")] }) });
    if (!created.ok) throw new Error("expected ok");
    const product = (await getSellerProduct(ctx.seller.id, created.productId))!;
    return { ...ctx, product };
  }

  it("edits fields and variants, adds a variant with opening stock, removes one that never sold, swaps SKUs", async () => {
    const { seller, actor, product } = await existing();
    const [v1, v2] = product.variants;
    await prisma.searchOutbox.deleteMany({});
    const result = await updateSellerProduct({
      sellerId: seller.id,
      actorId: actor.id,
      productId: product.id,
      input: input({
        name: "Gạo ST25 lúa – tôm",
        status: "ACTIVE",
        variants: [
          // v2 is dropped; v1 takes v2's SKU; a new variant takes v1's.
          { id: v1.id, label: "Túi 2 kg (mới)", sku: "ST25-5KG", price: 95_000, weightGrams: 2_100 },
          { label: "Túi 10 kg", sku: "ST25-2KG", price: 400_000, weightGrams: 10_000, initialStock: 7 },
        ],
      }),
    });
    expect(result).toEqual({ ok: true, productId: product.id });
    const after = (await getSellerProduct(seller.id, product.id))!;
    expect(after.name).toBe("Gạo ST25 lúa – tôm");
    expect(after.status).toBe("ACTIVE");
    expect(after.variants.map((v) => [v.label, v.sku, v.price, v.onHand])).toEqual([
      ["Túi 2 kg (mới)", "ST25-5KG", 95_000, 10], // stock untouched by the product form
      ["Túi 10 kg", "ST25-2KG", 400_000, 7],
    ]);
    expect(await prisma.productVariant.findUnique({ where: { id: v2.id } })).toBeNull();
    expect(await prisma.inventoryMovement.count({ where: { variantId: after.variants[1].id, reason: "INITIAL", onHandDelta: 7 } })).toBe(1);
    expect(await prisma.searchOutbox.count({ where: { productId: product.id } })).toBe(1);
    expect(await ledgerMismatches(prisma)).toEqual([]);
    expect((await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).publishedAt).not.toBeNull();
  });

  it("removes and adds photos (files of removed photos are deleted), keeping at most eight", async () => {
    const { seller, actor, product } = await existing();
    const [first] = product.images;
    const firstRow = await prisma.productImage.findUniqueOrThrow({ where: { id: first.id } });
    const variants = product.variants.map((v) => ({ id: v.id, label: v.label, sku: v.sku, price: v.price, weightGrams: v.weightGrams }));
    const ok = await updateSellerProduct({ sellerId: seller.id, actorId: actor.id, productId: product.id, input: input({ variants, removeImages: [first.id], photos: [file(await pngBytes(80), "c.webp")] }) });
    expect(ok.ok).toBe(true);
    const rows = await prisma.productImage.findMany({ where: { productId: product.id }, orderBy: { position: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.id)).not.toContain(first.id);
    expect(await listFiles(uploads.dir)).not.toContain(`${firstRow.key}-320.webp`);

    const seven = await Promise.all(Array.from({ length: 7 }, (_, i) => pngBytes(20 + i).then((b) => file(b, `p${i}.png`))));
    const tooMany = await updateSellerProduct({ sellerId: seller.id, actorId: actor.id, productId: product.id, input: input({ variants, photos: seven }) });
    expect(tooMany).toEqual({ ok: false, fieldErrors: { photos: ['errors.photosTooMany|{"max":8,"free":6}'] } });
  });

  it("a HIDDEN product keeps its status and reason whatever the form says", async () => {
    const { seller, actor } = await sellerWithActor();
    const hidden = await createProduct({ sellerId: seller.id, status: "HIDDEN", hiddenReason: "Ảnh không đúng sản phẩm", variants: [{ label: "Hộp", sku: "H-1", price: 30_000, onHand: 2 }] });
    const result = await updateSellerProduct({
      sellerId: seller.id,
      actorId: actor.id,
      productId: hidden.id,
      input: input({ name: "Tên đã sửa", status: "ACTIVE", variants: [{ id: hidden.variants[0].id, label: "Hộp", sku: "H-1", price: 30_000, weightGrams: 500 }] }),
    });
    expect(result.ok).toBe(true);
    expect(await prisma.product.findUniqueOrThrow({ where: { id: hidden.id } })).toMatchObject({ name: "Tên đã sửa", status: "HIDDEN", hiddenReason: "Ảnh không đúng sản phẩm" });
  });

  it("a variant with stock reserved for an order cannot be removed", async () => {
    const { seller, actor, product } = await existing();
    await prisma.$transaction((tx) => reserveStock(tx, { variantId: product.variants[1].id, quantity: 1, orderId: "order-x" }));
    const [v1, v2] = product.variants;
    const result = await updateSellerProduct({ sellerId: seller.id, actorId: actor.id, productId: product.id, input: input({ variants: [{ id: v1.id, label: v1.label, sku: v1.sku, price: v1.price, weightGrams: v1.weightGrams }] }) });
    expect(result).toEqual({ ok: false, fieldErrors: { variants: [`errors.variantHasOrders|{"label":"${v2.label}","sku":"${v2.sku}"}`] } });
    expect(await prisma.productVariant.count({ where: { productId: product.id } })).toBe(2);
  });

  it("never touches another seller's product, variants or photos (ids from the URL or the form)", async () => {
    const a = await existing();
    const b = await existing();
    const bVariants = b.product.variants.map((v) => ({ id: v.id, label: "x", sku: v.sku, price: 10_000, weightGrams: 1 }));
    // B's product id under A.
    expect(await updateSellerProduct({ sellerId: a.seller.id, actorId: a.actor.id, productId: b.product.id, input: input({ variants: bVariants }) })).toEqual({ ok: false, notFound: true });
    // A's product with B's variant ids in the form.
    expect(await updateSellerProduct({ sellerId: a.seller.id, actorId: a.actor.id, productId: a.product.id, input: input({ variants: bVariants }) })).toEqual({ ok: false, notFound: true });
    // A's product removing B's photo.
    const aVariants = a.product.variants.map((v) => ({ id: v.id, label: v.label, sku: v.sku, price: v.price, weightGrams: v.weightGrams }));
    expect(await updateSellerProduct({ sellerId: a.seller.id, actorId: a.actor.id, productId: a.product.id, input: input({ variants: aVariants, removeImages: [b.product.images[0].id] }) })).toEqual({ ok: false, notFound: true });
    expect(await getSellerProduct(a.seller.id, b.product.id)).toBeNull();
    const bAfter = await getSellerProduct(b.seller.id, b.product.id);
    expect(bAfter?.variants.map((v) => v.label)).toEqual(b.product.variants.map((v) => v.label));
    expect(bAfter?.images).toHaveLength(2);
  });
});

describe("listSellerProducts", () => {
  it("lists only the seller's products; finds them without diacritics or by SKU; filters by status", async () => {
    const { seller } = await sellerWithActor();
    const other = await createSeller();
    await createProduct({ sellerId: seller.id, name: "Bánh pía sầu riêng", status: "ACTIVE", variants: [{ label: "Hộp", sku: "PIA-01", price: 85_000 }] });
    await createProduct({ sellerId: seller.id, name: "Lạp xưởng tươi", status: "DRAFT", variants: [{ label: "Gói", sku: "LX-01", price: 120_000 }] });
    await createProduct({ sellerId: other.id, name: "Bánh pía chay", status: "ACTIVE" });
    expect((await listSellerProducts(seller.id)).items.map((p) => p.name).sort()).toEqual(["Bánh pía sầu riêng", "Lạp xưởng tươi"]);
    expect((await listSellerProducts(seller.id, { q: "banh pia" })).items.map((p) => p.name)).toEqual(["Bánh pía sầu riêng"]);
    expect((await listSellerProducts(seller.id, { q: "lx-0" })).items.map((p) => p.name)).toEqual(["Lạp xưởng tươi"]);
    const drafts = await listSellerProducts(seller.id, { status: "DRAFT" });
    expect(drafts.items.map((p) => p.name)).toEqual(["Lạp xưởng tươi"]);
    expect(drafts.byStatus).toMatchObject({ ACTIVE: 1, DRAFT: 1 });
  });
});
