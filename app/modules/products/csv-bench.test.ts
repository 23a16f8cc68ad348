// Timing of the bulk CSV import against real PostgreSQL, for 1,000 / 5,000 / 10,000 rows: the
// preview (parse + check), the first apply (everything new), a stock count (every variant's price
// and stock changed) and a re-import of the export (nothing to do). Off by default (it takes a
// while on a shared machine):
//   CSV_BENCH=1 TEST_DATABASE_URL=… npx vitest run app/modules/products/csv-bench.test.ts
// CSV_BENCH_SIZES=1000,5000 picks the sizes.
import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { ledgerMismatches } from "~/modules/inventory/index.server";
import { createSeller, createUser } from "../../../prisma/factories";
import { applySellerCsv, checkSellerCsv, exportSellerCsv } from "./csv.server";

const HEADER = "sku,product_slug,product_name,category,description,variant_label,price,weight_grams,on_hand,status";
const SIZES = (process.env.CSV_BENCH_SIZES ?? "1000,5000,10000").split(",").map(Number);

/** `rows` variants, four per product, with a price and a stock that `round` shifts. */
function bulkCsv(tag: string, rows: number, round = 0): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const p = Math.floor(i / 4);
    lines.push(`B${tag}-${i},b-${tag.toLowerCase()}-${p},Sản phẩm đặc sản số ${p},gao-ngu-coc,Mô tả ngắn cho sản phẩm ${p},Loại ${i % 4},"${(10 + ((i + round) % 50)) * 1000}",500,${(i + round) % 7 + round},ACTIVE`);
  }
  return lines.join("\r\n");
}

const ms = (t: number) => `${Math.round(performance.now() - t)} ms`;

describe.skipIf(!process.env.CSV_BENCH)("CSV import timings", () => {
  for (const size of SIZES) {
    it(`${size} rows`, async () => {
      const actor = await createUser();
      const seller = await createSeller({ owner: actor });
      const tag = seller.id.slice(-6).toUpperCase();
      const text = bulkCsv(tag, size);
      const timings: string[] = [`${size} rows (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`];

      let t = performance.now();
      const check = await checkSellerCsv(seller.id, text);
      timings.push(`preview ${ms(t)}`);
      expect(check.errors).toEqual([]);

      t = performance.now();
      const created = await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text });
      timings.push(`apply new ${ms(t)}`);
      expect(created).toMatchObject({ ok: true, total: size, createdProducts: size / 4 });

      const counted = bulkCsv(tag, size, 1);
      t = performance.now();
      expect((await checkSellerCsv(seller.id, counted)).errors).toEqual([]);
      timings.push(`preview update ${ms(t)}`);
      t = performance.now();
      const updated = await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text: counted });
      timings.push(`apply update (every row's price + stock) ${ms(t)}`);
      expect(updated).toMatchObject({ ok: true, createdProducts: 0, stockMovements: size });

      const exported = await exportSellerCsv(seller.id);
      t = performance.now();
      expect(await applySellerCsv({ sellerId: seller.id, actorId: actor.id, text: exported })).toMatchObject({ ok: true, changedProducts: 0, stockMovements: 0 });
      timings.push(`re-import export ${ms(t)}`);

      // Every stock change has its movement: the first import's non-zero rows, then every row.
      if (!created.ok) return;
      expect(await prisma.inventoryMovement.count({ where: { sellerId: seller.id } })).toBe(created.stockMovements + size);
      expect(await ledgerMismatches(prisma)).toEqual([]);
      console.info(timings.join(" · "));
    }, 600_000);
  }
});
