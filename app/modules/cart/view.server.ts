// The cart as the page and checkout read it: lines grouped by seller, each
// line's problems since it was added, each seller's parcel and its shipping fee
// (app/modules/checkout/shipping.ts, docs/decisions/0011-shipping-fee.md).
// Read-only: safe to call inside checkout's transaction. Two queries at most
// (the lines with everything they show, and the buyer's province).
import { prisma } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/config";
import { productImageData } from "~/lib/images.server";
import { SERVICE_GROUP, shippingFee } from "~/modules/checkout/shipping";
import { BLOCKING_PROBLEMS, type CartGroupView, type CartLineView, type CartProblem, type CartView } from "./types";

export type CartViewOptions = {
  /** The delivery province when known (checkout, or the cart's estimate form); else the national rate is shown as an estimate. */
  buyerProvinceCode?: string | null;
  locale?: Locale;
};

export async function getCartView(cartId: string, options: CartViewOptions = {}): Promise<CartView> {
  const [rows, buyer] = await Promise.all([
    prisma.cartLine.findMany({
      where: { cartId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        quantity: true,
        priceSeen: true,
        variant: {
          select: {
            id: true,
            sku: true,
            label: true,
            price: true,
            weightGrams: true,
            onHand: true,
            reserved: true,
            product: {
              select: {
                id: true,
                slug: true,
                name: true,
                status: true,
                category: { select: { groupSlug: true } },
                images: { select: { key: true, width: true, height: true, alt: true }, orderBy: { position: "asc" }, take: 1 },
              },
            },
            seller: {
              select: { id: true, slug: true, name: true, status: true, provinceCode: true, province: { select: { name: true, region: true } } },
            },
          },
        },
      },
    }),
    options.buyerProvinceCode
      ? prisma.province.findUnique({ where: { code: options.buyerProvinceCode }, select: { code: true, region: true } })
      : Promise.resolve(null),
  ]);

  const groups = new Map<string, CartGroupView>();
  for (const row of rows) {
    const { variant } = row;
    const { product, seller } = variant;
    const available = Math.max(0, variant.onHand - variant.reserved);
    const isService = product.category.groupSlug === SERVICE_GROUP;
    const problems: CartProblem[] = [];
    if (seller.status !== "APPROVED") problems.push("seller_suspended");
    if (product.status !== "ACTIVE") problems.push("archived");
    let quantity = row.quantity;
    if (problems.length === 0) {
      if (available === 0) problems.push("out_of_stock");
      else if (row.quantity > available) {
        problems.push("quantity_capped");
        quantity = available;
      }
      if (variant.price !== row.priceSeen) problems.push("price_changed");
    }
    const purchasable = problems.every((p) => p === "quantity_capped" || p === "price_changed");
    const image = product.images[0];
    const line: CartLineView = {
      id: row.id,
      variantId: variant.id,
      productId: product.id,
      productSlug: product.slug,
      productName: product.name,
      variantLabel: variant.label,
      sku: variant.sku,
      image: image ? productImageData(image, product.name) : null,
      unitPrice: variant.price,
      priceSeen: row.priceSeen,
      quantity,
      requestedQuantity: row.quantity,
      available,
      lineTotal: variant.price * quantity,
      weightGrams: isService ? 0 : variant.weightGrams,
      isService,
      purchasable,
      problems,
    };
    let group = groups.get(seller.id);
    if (!group) {
      group = {
        seller: {
          id: seller.id,
          slug: seller.slug,
          name: seller.name,
          provinceCode: seller.provinceCode,
          provinceName: seller.province.name,
          region: seller.province.region,
          status: seller.status,
        },
        lines: [],
        subtotal: 0,
        weightGrams: 0,
        shippingFee: 0,
        shippingIsEstimate: !buyer,
      };
      groups.set(seller.id, group);
    }
    group.lines.push(line);
    if (purchasable) {
      group.subtotal += line.lineTotal;
      group.weightGrams += line.weightGrams * quantity;
    }
  }

  const list = [...groups.values()];
  for (const group of list) {
    group.shippingFee = group.lines.some((l) => l.purchasable)
      ? shippingFee({
          sellerProvinceCode: group.seller.provinceCode,
          sellerRegion: group.seller.region,
          buyerProvinceCode: buyer?.code ?? null,
          buyerRegion: buyer?.region ?? null,
          weightGrams: group.weightGrams,
          subtotal: group.subtotal,
        })
      : 0;
  }
  const subtotal = list.reduce((sum, g) => sum + g.subtotal, 0);
  const shippingTotal = list.reduce((sum, g) => sum + g.shippingFee, 0);
  return {
    groups: list,
    subtotal,
    shippingTotal,
    total: subtotal + shippingTotal,
    itemCount: list.reduce((sum, g) => sum + g.lines.reduce((n, l) => n + l.quantity, 0), 0),
    hasProblems: list.some((g) => g.lines.some((l) => l.problems.some((p) => BLOCKING_PROBLEMS.includes(p)))),
    buyerProvinceCode: buyer?.code ?? null,
  };
}

/** The 34 provinces for the shipping estimate, in display order. */
export async function listProvincesForEstimate(): Promise<{ code: string; name: string }[]> {
  return prisma.province.findMany({ select: { code: true, name: true }, orderBy: { position: "asc" } });
}
