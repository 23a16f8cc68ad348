// A seller's own products, written: create and update (reads are in
// product-reads.server.ts). Every query carries the seller in its WHERE; ids from URLs and form fields
// are only ever looked up together with that seller (a product, variant, photo
// or certificate of another seller is "not found"). Every change that affects
// what search shows enqueues the product in the same transaction.
import { Prisma } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { slugify } from "~/lib/slug";
import { enqueueProducts } from "~/modules/search/index.server";
import { discardImages, filesOfKey, inspectImage, PHOTOS_PER_PRODUCT, storeImages, type InspectedImage, type StoredImage } from "./images.server";
import type { ProductInput } from "./schemas";

export type FieldErrors = Record<string, string[]>;
export type WriteResult = { ok: true; productId: string } | { ok: false; notFound?: false; fieldErrors: FieldErrors; formErrors?: string[] } | { ok: false; notFound: true };

/** An error message with parameters, as the forms show it: `key|{"name":"a.jpg"}`. */
export function withParams(key: string, params: Record<string, string | number>): string {
  return `${key}|${JSON.stringify(params)}`;
}

const ID = /^[A-Za-z0-9_-]{1,40}$/;
export function isId(value: string | null | undefined): value is string {
  return typeof value === "string" && ID.test(value);
}

// ─────────────────────────────── writes ───────────────────────────────

async function uniqueProductSlug(name: string, db: Tx | typeof prisma = prisma): Promise<string> {
  const base = slugify(name, 70) || "san-pham";
  const taken = await db.product.findFirst({ where: { slug: base }, select: { id: true } });
  if (!taken) return base;
  for (;;) {
    const candidate = `${base}-${Math.random().toString(36).slice(2, 6)}`;
    if (!(await db.product.findFirst({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

type Checked = { categoryId: string; certificateId: string | null; images: InspectedImage[] };

/** The checks that need the database or the files; errors are keyed like the form's fields. */
async function checkInput(sellerId: string, input: ProductInput, own: { variantIds: string[]; imageCount: number; certificateId?: string | null }): Promise<{ ok: true; checked: Checked } | { ok: false; fieldErrors: FieldErrors }> {
  const fieldErrors: FieldErrors = {};
  const skus = input.variants.map((v) => v.sku);
  const [category, certificate, clashes] = await Promise.all([
    prisma.category.findUnique({ where: { slug: input.categorySlug }, select: { id: true } }),
    input.certificateId
      ? prisma.ocopCertificate.findFirst({
          where: {
            id: input.certificateId,
            sellerId,
            // A product keeps the certificate it already has; a new link must be pending or verified.
            ...(input.certificateId === own.certificateId ? {} : { status: { in: ["PENDING", "VERIFIED"] } }),
          },
          select: { id: true },
        })
      : null,
    prisma.productVariant.findMany({ where: { sellerId, sku: { in: skus }, id: { notIn: own.variantIds } }, select: { sku: true } }),
  ]);
  if (!category) fieldErrors.categorySlug = ["errors.categoryRequired"];
  if (input.certificateId && !certificate) fieldErrors.certificateId = ["errors.certificateNotFound"];
  const clashing = new Set(clashes.map((c) => c.sku));
  input.variants.forEach((v, i) => {
    if (clashing.has(v.sku)) fieldErrors[`variants[${i}].sku`] = ["errors.skuTaken"];
  });

  const photos = (input.photos ?? []).filter((f) => f.size > 0);
  const images: InspectedImage[] = [];
  const photoErrors: string[] = [];
  if (own.imageCount + photos.length > PHOTOS_PER_PRODUCT) {
    photoErrors.push(withParams("errors.photosTooMany", { max: PHOTOS_PER_PRODUCT, free: Math.max(0, PHOTOS_PER_PRODUCT - own.imageCount) }));
  } else {
    for (const photo of photos) {
      const inspected = await inspectImage(photo);
      if (inspected.ok) images.push(inspected);
      else photoErrors.push(withParams(inspected.problem, { name: inspected.name }));
    }
  }
  if (photoErrors.length) fieldErrors.photos = photoErrors;
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return { ok: true, checked: { categoryId: category!.id, certificateId: certificate?.id ?? null, images } };
}

/** A unique violation on (seller_id, sku) raced past the check: said next to every SKU of the form. */
function skuRace(error: unknown, input: ProductInput): FieldErrors | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const target = JSON.stringify(error.meta ?? {});
  if (!target.includes("sku")) return null;
  return Object.fromEntries(input.variants.map((_, i) => [`variants[${i}].sku`, ["errors.skuTaken"]]));
}

async function createVariants(tx: Tx, sellerId: string, productId: string, actorId: string, variants: { input: ProductInput["variants"][number]; position: number }[]) {
  for (const { input: v, position } of variants) {
    const stock = v.initialStock ?? 0;
    const variant = await tx.productVariant.create({
      data: { productId, sellerId, sku: v.sku, label: v.label, price: v.price, weightGrams: v.weightGrams, onHand: stock, position },
      select: { id: true },
    });
    // The ledger starts with the stock: sum(on_hand_delta) = on_hand from the first moment.
    if (stock > 0) {
      await tx.inventoryMovement.create({ data: { variantId: variant.id, sellerId, onHandDelta: stock, reservedDelta: 0, reason: "INITIAL", actorId, note: null } });
    }
  }
}

function imageRows(stored: StoredImage[], productId: string, sellerId: string, name: string, firstPosition: number) {
  return stored.map((s, i) => ({ productId, sellerId, key: s.key, width: s.width, height: s.height, alt: name, position: firstPosition + i }));
}

/** A new product with its variants (and their INITIAL movements), photos and search outbox row, in one transaction. */
export async function createSellerProduct({ sellerId, actorId, input }: { sellerId: string; actorId: string; input: ProductInput }): Promise<WriteResult> {
  const check = await checkInput(sellerId, input, { variantIds: [], imageCount: 0 });
  if (!check.ok) return check;
  const { categoryId, certificateId, images } = check.checked;
  const stored = await storeImages(`products/${sellerId}`, images);
  try {
    const slug = await uniqueProductSlug(input.name);
    const productId = await prisma.$transaction(
      async (tx) => {
        const product = await tx.product.create({
          data: {
            sellerId,
            categoryId,
            certificateId,
            slug,
            name: input.name,
            description: input.description ?? "",
            status: input.status,
            publishedAt: input.status === "ACTIVE" ? new Date() : null,
          },
          select: { id: true },
        });
        await createVariants(tx, sellerId, product.id, actorId, input.variants.map((v, position) => ({ input: v, position })));
        if (stored.length) await tx.productImage.createMany({ data: imageRows(stored, product.id, sellerId, input.name, 0) });
        await enqueueProducts(tx, [product.id]);
        return product.id;
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
    return { ok: true, productId };
  } catch (error) {
    await discardImages(stored);
    const race = skuRace(error, input);
    if (race) return { ok: false, fieldErrors: race };
    throw error;
  }
}

/**
 * Changes a product: fields, variants (edit, add with initial stock, remove one that never sold),
 * photos (add, remove) and status. Stock of existing variants is not touched here (inventory
 * does that, with a reason). A HIDDEN product keeps its status: only an admin lifts it.
 */
export async function updateSellerProduct({ sellerId, actorId, productId, input }: { sellerId: string; actorId: string; productId: string; input: ProductInput }): Promise<WriteResult> {
  if (!isId(productId)) return { ok: false, notFound: true };
  const product = await prisma.product.findFirst({
    where: { id: productId, sellerId },
    select: {
      id: true,
      status: true,
      publishedAt: true,
      certificateId: true,
      variants: { where: { sellerId }, select: { id: true, sku: true, label: true, reserved: true, _count: { select: { orderLines: true } } } },
      images: { where: { sellerId }, select: { id: true, key: true } },
    },
  });
  if (!product) return { ok: false, notFound: true };

  // Ids in the form must be this product's (and so this seller's); anything else is tampering.
  const ownVariantIds = new Set(product.variants.map((v) => v.id));
  const ownImageIds = new Set(product.images.map((i) => i.id));
  const keptVariantIds = input.variants.map((v) => v.id).filter((id): id is string => Boolean(id));
  const removeImageIds = [...new Set(input.removeImages ?? [])];
  if (keptVariantIds.some((id) => !ownVariantIds.has(id)) || new Set(keptVariantIds).size !== keptVariantIds.length) return { ok: false, notFound: true };
  if (removeImageIds.some((id) => !ownImageIds.has(id))) return { ok: false, notFound: true };

  const removedVariants = product.variants.filter((v) => !keptVariantIds.includes(v.id));
  const stuck = removedVariants.filter((v) => v._count.orderLines > 0 || v.reserved > 0);
  if (stuck.length) {
    return { ok: false, fieldErrors: { variants: stuck.map((v) => withParams("errors.variantHasOrders", { label: v.label, sku: v.sku })) } };
  }

  const check = await checkInput(sellerId, input, {
    variantIds: [...ownVariantIds],
    imageCount: product.images.length - removeImageIds.length,
    certificateId: product.certificateId,
  });
  if (!check.ok) return check;
  const { categoryId, certificateId, images } = check.checked;

  const stored = await storeImages(`products/${sellerId}`, images);
  const removedImages = product.images.filter((i) => removeImageIds.includes(i.id));
  const hidden = product.status === "HIDDEN";
  try {
    await prisma.$transaction(
      async (tx) => {
        const fields = { categoryId, certificateId, name: input.name, description: input.description ?? "" };
        // Conditional on not HIDDEN: an admin hiding it meanwhile is not undone by this save.
        const updated = hidden
          ? await tx.product.updateMany({ where: { id: productId, sellerId }, data: fields })
          : await tx.product.updateMany({
              where: { id: productId, sellerId, status: { not: "HIDDEN" } },
              data: { ...fields, status: input.status, ...(input.status === "ACTIVE" && !product.publishedAt ? { publishedAt: new Date() } : {}) },
            });
        if (updated.count === 0) throw new HiddenMeanwhile();

        if (removedVariants.length) {
          await tx.productVariant.deleteMany({ where: { id: { in: removedVariants.map((v) => v.id) }, productId, sellerId } });
        }
        // SKUs may be swapped between variants: free the changed ones first.
        const before = new Map(product.variants.map((v) => [v.id, v.sku]));
        const changedSku = input.variants.filter((v) => v.id && before.get(v.id) !== v.sku);
        for (const v of changedSku) {
          await tx.productVariant.updateMany({ where: { id: v.id, productId, sellerId }, data: { sku: `~${v.id}` } });
        }
        const added: { input: ProductInput["variants"][number]; position: number }[] = [];
        for (const [position, v] of input.variants.entries()) {
          if (!v.id) {
            added.push({ input: v, position });
            continue;
          }
          await tx.productVariant.updateMany({
            where: { id: v.id, productId, sellerId },
            data: { label: v.label, sku: v.sku, price: v.price, weightGrams: v.weightGrams, position },
          });
        }
        await createVariants(tx, sellerId, productId, actorId, added);

        if (removedImages.length) await tx.productImage.deleteMany({ where: { id: { in: removedImages.map((i) => i.id) }, productId, sellerId } });
        if (stored.length) {
          const last = await tx.productImage.aggregate({ where: { productId, sellerId }, _max: { position: true } });
          await tx.productImage.createMany({ data: imageRows(stored, productId, sellerId, input.name, (last._max.position ?? -1) + 1) });
        }
        await enqueueProducts(tx, [productId]);
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
  } catch (error) {
    await discardImages(stored);
    if (error instanceof HiddenMeanwhile) return { ok: false, fieldErrors: {}, formErrors: ["errors.hiddenMeanwhile"] };
    const race = skuRace(error, input);
    if (race) return { ok: false, fieldErrors: race };
    throw error;
  }
  // Files of removed photos go once the rows are gone (a failure here only leaves unused files).
  await discardImages(removedImages.map((i) => ({ files: filesOfKey(i.key) })));
  return { ok: true, productId };
}

class HiddenMeanwhile extends Error {}
