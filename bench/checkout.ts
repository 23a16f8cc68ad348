// npm run bench:checkout — orders placed per second by 100 concurrent buyers (BENCH_BUYERS), each
// calling placeOrder (app/modules/checkout) on a cart of two lines from two sellers, ROUNDS times
// (BENCH_ROUNDS); p50/p95 of one placeOrder. Stock is shared: 30 products of 10 sellers, so buyers
// contend for the same variant rows as they would on a sale day. The database is the app's own
// client and pool (DATABASE_POOL_SIZE, default 10). Not a test: prints numbers and writes
// bench/results/checkout.json.
import crypto from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { benchEnvironment, percentile, round, stopAll, writeResult, type Stop } from "./lib/app";

const BUYERS = Number(process.env.BENCH_BUYERS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

async function main() {
  const stops: Stop[] = [];
  try {
    console.log(`bench:checkout — ${BUYERS} concurrent buyers × ${ROUNDS} rounds, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`);
    const env = await benchEnvironment("checkout", { seed: false });
    stops.push(...env.stops);
    const { prisma } = await import("../app/lib/db.server");
    const { createProduct, createSeller, createUser } = await import("../prisma/factories");
    const { placeOrder } = await import("../app/modules/checkout/index.server");

    const PROVINCES = (await prisma.province.findMany({ select: { code: true }, orderBy: { code: "asc" }, take: 10 })).map((p) => p.code);
    const variants: { id: string; sellerId: string; price: number }[] = [];
    for (let s = 0; s < 10; s++) {
      const seller = await createSeller({ provinceCode: PROVINCES[s], owner: false });
      for (let p = 0; p < 3; p++) {
        const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Hộp 500 g", price: 40_000 + 5_000 * p, onHand: 1_000_000 }] });
        variants.push({ id: product.variants[0].id, sellerId: seller.id, price: product.variants[0].price });
      }
    }
    const ward = await prisma.ward.findFirstOrThrow({ where: { provinceCode: "92" }, orderBy: { code: "asc" } });
    const address = { fullName: "Nguyễn Thị Lan", phone: "0912345678", provinceCode: "92", wardCode: ward.code, addressLine: "Số 126 đường 30 Tháng 4" };
    const buyers = [];
    for (let i = 0; i < BUYERS; i++) {
      const user = await createUser({ passwordHash: "not-used" });
      const cart = await prisma.cart.create({ data: { userId: user.id } });
      buyers.push({ userId: user.id, cartId: cart.id });
    }

    const latencies: number[] = [];
    let placedMs = 0;
    let orders = 0;
    let failures = 0;
    for (let round_ = 0; round_ < ROUNDS; round_++) {
      // Every buyer's cart: two lines of two different sellers (not timed).
      await prisma.cartLine.deleteMany({});
      await prisma.cartLine.createMany({
        data: buyers.flatMap((b, i) => {
          const a = variants[(i * 7 + round_) % variants.length];
          let other = variants[(i * 13 + round_ * 3 + 5) % variants.length];
          if (other.sellerId === a.sellerId) other = variants[(variants.indexOf(other) + 3) % variants.length];
          return [a, other].map((v) => ({ cartId: b.cartId, variantId: v.id, quantity: 1 + (i % 3), priceSeen: v.price }));
        }),
      });
      // All buyers at once.
      const started = performance.now();
      await Promise.all(
        buyers.map(async (b) => {
          const t = performance.now();
          const result = await placeOrder({ userId: b.userId, cartId: b.cartId, idempotencyKey: crypto.randomUUID(), address, paymentMethod: "VIETQR" });
          latencies.push(performance.now() - t);
          if (result.ok) orders++;
          else failures++;
        }),
      );
      placedMs += performance.now() - started;
    }
    const ordersInDb = await prisma.order.count();
    const result = {
      when: new Date().toISOString(),
      machine: { cpus: os.cpus().length, loadAvg1mBefore: os.loadavg()[0] },
      buyers: BUYERS,
      rounds: ROUNDS,
      poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      orders,
      failures,
      ordersInDb,
      ordersPerSec: round((orders / placedMs) * 1000),
      placeOrderMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(Math.max(...latencies)) },
    };
    console.log(`${orders} orders (${failures} refused) in ${(placedMs / 1000).toFixed(1)} s → ${result.ordersPerSec} orders/s`);
    console.log(`placeOrder: p50 ${result.placeOrderMs.p50} ms, p95 ${result.placeOrderMs.p95} ms, p99 ${result.placeOrderMs.p99} ms (${BUYERS} at once)`);
    writeResult("checkout", result);
    await prisma.$disconnect();
  } finally {
    await stopAll(stops);
  }
}

await main();
process.exit(0);
