// Ordering and LIMIT/OFFSET semantics of the shelves on a catalogue larger than a
// shelf: listProductCards picks the page of ids in PostgreSQL before building cards,
// so every sort, filter, limit and offset is checked against the order computed here
// from the raw rows (ties on sales, dates and prices broken by id, as documented).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { addDays, addMonths, createProduct, createSeller } from "../../../prisma/factories";
import { getHomePage, listProductCards, vietnamDate, type ProductCardQuery, type ProductCardSort } from "./index.server";

const now = new Date("2026-11-26T03:00:00Z");
const CATEGORIES = ["mat-ong", "tra", "gom-su"] as const;

type Row = {
  id: string;
  salesCount: number;
  date: number;
  stars: number | null;
  minPrice: number;
  categorySlug: string;
  groupSlug: string;
  provinceCode: string;
  region: string;
  provincePosition: number;
  sellerSlug: string;
};

let visible: Row[] = [];

beforeAll(async () => {
  const canTho = await createSeller({ name: "Hợp tác xã Cần Thơ", provinceCode: "92" });
  const haNoi = await createSeller({ name: "Hợp tác xã Hà Nội", provinceCode: "01" });
  const suspended = await createSeller({ name: "Hộ kinh doanh tạm ngưng", kind: "HOUSEHOLD", status: "SUSPENDED", provinceCode: "96" });
  const valid = (stars: number) => ({ stars, issuedAt: addMonths(now, -12) });
  for (let i = 0; i < 40; i++) {
    const day = addDays(now, -1 - Math.floor(i / 3)); // three products a day: ties on the date
    await createProduct({
      sellerId: i % 3 === 0 ? haNoi.id : canTho.id,
      name: `Sản phẩm kệ số ${i}`,
      categorySlug: CATEGORIES[i % 3],
      salesCount: [0, 5, 5, 10][i % 4], // ties on sales
      createdAt: day,
      publishedAt: i % 7 === 0 ? null : day, // falls back to created_at
      certificate: i % 5 === 0 ? valid(5) : i % 5 === 1 ? valid(4) : i % 5 === 2 ? { ...valid(5), status: "REVOKED" } : undefined,
      variants: [
        { label: "Nhỏ", price: 20_000 + (i % 6) * 10_000, onHand: i % 4 }, // ties on price
        { label: "Lớn", price: 200_000, onHand: 1 },
      ],
    });
  }
  // Never on a shelf, however well they sell.
  await createProduct({ sellerId: suspended.id, name: "Của người bán tạm ngưng", salesCount: 1000, certificate: valid(5) });
  await createProduct({ sellerId: canTho.id, name: "Bản nháp", status: "DRAFT", salesCount: 1000, certificate: valid(5) });
  await createProduct({ sellerId: canTho.id, name: "Đã ẩn", status: "HIDDEN", salesCount: 1000, createdAt: now });

  const today = vietnamDate(now);
  const products = await prisma.product.findMany({
    where: { status: "ACTIVE", seller: { status: "APPROVED" } },
    include: { seller: { include: { province: true } }, certificate: true, variants: true, category: true },
  });
  visible = products.map((p) => ({
    id: p.id,
    salesCount: p.salesCount,
    date: (p.publishedAt ?? p.createdAt).getTime(),
    stars: p.certificate && p.certificate.status === "VERIFIED" && p.certificate.expiresAt.toISOString().slice(0, 10) > today ? p.certificate.stars : null,
    minPrice: Math.min(...p.variants.map((v) => v.price)),
    categorySlug: p.category.slug,
    groupSlug: p.category.groupSlug,
    provinceCode: p.seller.provinceCode,
    region: p.seller.province.region,
    provincePosition: p.seller.province.position,
    sellerSlug: p.seller.slug,
  }));
  expect(visible).toHaveLength(40);
});

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const ORDERS: Record<ProductCardSort, (a: Row, b: Row) => number> = {
  newest: (a, b) => b.date - a.date || byId(a, b),
  popular: (a, b) => b.salesCount - a.salesCount || (b.stars ?? -1) - (a.stars ?? -1) || b.date - a.date || byId(a, b),
  "price-asc": (a, b) => a.minPrice - b.minPrice || byId(a, b),
  "price-desc": (a, b) => b.minPrice - a.minPrice || byId(a, b),
};

function expected(query: ProductCardQuery): string[] {
  const rows = visible.filter(
    (r) =>
      (!query.groupSlug || r.groupSlug === query.groupSlug) &&
      (!query.categorySlug || r.categorySlug === query.categorySlug) &&
      (!query.provinceCode || r.provinceCode === query.provinceCode) &&
      (!query.sellerSlug || r.sellerSlug === query.sellerSlug) &&
      (!query.minStars || (r.stars ?? 0) >= query.minStars),
  );
  const offset = query.offset ?? 0;
  return rows.sort(ORDERS[query.sort ?? "newest"]).slice(offset, offset + (query.limit ?? 24)).map((r) => r.id);
}

describe("listProductCards on a catalogue larger than a shelf", () => {
  const sorts: ProductCardSort[] = ["newest", "popular", "price-asc", "price-desc"];
  const filters: ProductCardQuery[] = [{}, { groupSlug: "thuc-pham" }, { categorySlug: "tra" }, { provinceCode: "01" }, { minStars: 4 }, { minStars: 5 }];

  it("orders, filters, limits and offsets exactly like sorting every visible product", async () => {
    for (const sort of sorts) {
      for (const filter of filters) {
        for (const [limit, offset] of [[1, 0], [8, 0], [8, 5], [24, 0], [100, 0], [5, 38]] as const) {
          const query = { ...filter, sort, limit, offset, now };
          const ids = (await listProductCards(query)).map((c) => c.id);
          expect(ids, JSON.stringify(query)).toEqual(expected(query));
        }
      }
    }
  });

  it("defaults to 24 newest and filters by seller", async () => {
    expect((await listProductCards({ now })).map((c) => c.id)).toEqual(expected({ sort: "newest", limit: 24 }));
    const sellerSlug = visible.find((r) => r.provinceCode === "92")!.sellerSlug;
    const query = { sellerSlug, sort: "popular" as const, limit: 10, offset: 3, now };
    expect((await listProductCards(query)).map((c) => c.id)).toEqual(expected(query));
  });

  it("builds the region shelves from each region's best sellers, Mekong Delta first, skipping the featured ones", async () => {
    const home = await getHomePage({ now });
    expect(home.featured.map((c) => c.id)).toEqual(expected({ minStars: 5, sort: "popular", limit: 8 }));
    expect(home.newest.map((c) => c.id)).toEqual(expected({ sort: "newest", limit: 8 }));
    const featured = new Set(home.featured.map((c) => c.id));
    const regions = [...new Set([...visible].sort((a, b) => a.provincePosition - b.provincePosition).map((r) => r.region))].slice(0, 3);
    const shelves = regions.map((region) => {
      const ranked = visible.filter((r) => r.region === region).sort(ORDERS.popular).slice(0, 4 + featured.size);
      const ids = [...ranked.filter((r) => !featured.has(r.id)), ...ranked.filter((r) => featured.has(r.id))].slice(0, 4).map((r) => r.id);
      return { region, ids };
    });
    expect(home.regions.map((shelf) => ({ region: shelf.region, ids: shelf.products.map((c) => c.id) }))).toEqual(shelves);
    expect(home.regions[0].region).toBe("dong-bang-song-cuu-long");
  });
});
