// Fault: Meilisearch stops mid-run (issue 8). The shop keeps working — browse pages answer
// 200, search answers 200 from the PostgreSQL fallback with relevant results — while sellers
// and admins keep changing what search shows. When Meilisearch comes back on the same data,
// the outbox catches up and the index equals the database (compareIndexWithDatabase).
// Real processes: the built server as a child (test/http/app-server.ts) and a Meilisearch of
// this file's own (test/faults/meilisearch.ts) that is stopped and started again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { resetSearchClientForTests } from "~/modules/search/client.server";
import { compareIndexWithDatabase, enqueueProducts, reindexProducts, type IndexConsistencyReport } from "~/modules/search/index.server";
import { updateSellerProduct } from "~/modules/products/index.server";
import { suspendSeller } from "~/modules/sellers/index.server";
import { createSeller, createProduct, createUser, type CreatedProduct } from "../../prisma/factories";
import { startAppServer, type AppServer } from "../http/app-server";
import { closeAgents, http } from "../http/client";
import { checkInvariants } from "../invariants";
import { ownMeilisearch, type OwnMeilisearch } from "./meilisearch";

const SERVER_PORT = 3261;
const MEILI_PORT = 3264;

let meili: OwnMeilisearch;
let app: AppServer;
let honey: CreatedProduct;
let rice: CreatedProduct;
let candy: CreatedProduct;
let sellerB: { id: string };
let adminId: string;

async function until<T>(what: string, deadlineMs: number, probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let last: T = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${deadlineMs} ms; last: ${JSON.stringify(last, null, 1).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 250));
    last = await probe();
  }
  return last;
}

const consistent = (r: IndexConsistencyReport) => r.consistent;

async function apiSlugs(q: string): Promise<string[]> {
  const res = await http(`${app.url}/api/v1/search?q=${encodeURIComponent(q)}`);
  expect(res.status, res.body.slice(0, 500)).toBe(200);
  return (JSON.parse(res.body) as { hits: { slug: string }[] }).hits.map((h) => h.slug);
}

beforeAll(async () => {
  meili = ownMeilisearch(MEILI_PORT);
  await meili.start();
  // This process (the modules the test calls) and the server talk to the same, own Meilisearch.
  process.env.MEILISEARCH_URL = meili.url;
  process.env.MEILISEARCH_KEY = meili.key;
  resetSearchClientForTests();

  const [a, b, admin] = await Promise.all([createSeller({ status: "APPROVED", name: "Hợp tác xã Nông nghiệp U Minh" }), createSeller({ status: "APPROVED", name: "Cơ sở Kẹo dừa Bến Tre" }), createUser({ role: "ADMIN" })]);
  sellerB = b;
  adminId = admin.id;
  honey = await createProduct({ sellerId: a.id, name: "Mật ong hoa tràm U Minh", categorySlug: "gao-ngu-coc", variants: [{ label: "Chai 500 ml", price: 185_000, onHand: 40 }] });
  rice = await createProduct({ sellerId: a.id, name: "Gạo ST25 ruộng tôm", variants: [{ label: "Túi 5 kg", price: 210_000, onHand: 30 }, { label: "Túi 2 kg", price: 95_000, onHand: 10 }] });
  candy = await createProduct({ sellerId: b.id, name: "Kẹo dừa sáp Bến Tre", variants: [{ label: "Hộp 400 g", price: 60_000, onHand: 25 }] });
  await reindexProducts();
  app = await startAppServer({ env: { HARNESS_PORT: String(SERVER_PORT), MEILISEARCH_URL: meili.url, MEILISEARCH_KEY: meili.key } });
}, 180_000);

afterAll(async () => {
  if (process.env.FAULTS_DEBUG) console.log(app?.output());
  await app?.stop();
  await closeAgents();
  await meili?.destroy();
});

describe("Meilisearch stopped mid-run", () => {
  it("starts consistent: the index equals the database", async () => {
    const report = await until("index equals database", 60_000, () => compareIndexWithDatabase(), consistent);
    expect(report.databaseCount).toBe(3);
    // The server's worker is up and draining (an outbox row goes through), so what follows is an outage mid-run.
    await prisma.$transaction((tx) => enqueueProducts(tx, [honey.id]));
    await until("the server's worker to drain the outbox", 60_000, () => prisma.searchOutbox.count(), (n) => n === 0);
    expect(await apiSlugs("mật ong tràm")).toContain(honey.slug);
  }, 150_000);

  it("keeps browse pages and search answering 200 from PostgreSQL while it is down, and sees changes made meanwhile", async () => {
    await meili.stop();
    expect((await http(`${meili.url}/health`).catch(() => ({ status: 0 }))).status).toBe(0);

    for (const page of ["/", "/c/gao-ngu-coc", `/products/${honey.slug}`, `/products/${candy.slug}`]) {
      const res = await http(`${app.url}${page}`);
      expect(res.status, `${page}: ${res.body.slice(0, 300)}`).toBe(200);
    }
    // Search falls back to PostgreSQL: relevant results, with and without diacritics.
    const searchPage = await http(`${app.url}/search?q=${encodeURIComponent("mật ong")}`);
    expect(searchPage.status).toBe(200);
    expect(searchPage.body).toContain("Mật ong hoa tràm U Minh");
    expect(searchPage.body).not.toContain("Kẹo dừa sáp Bến Tre");
    expect(await apiSlugs("keo dua")).toEqual([candy.slug]);
    expect(await apiSlugs("gạo ST25")).toEqual([rice.slug]);

    // Search-visible changes while it is down, through the modules (outbox rows in the same transaction).
    const variants = rice.variants.map((v) => ({ id: v.id, label: v.label, sku: v.sku, price: v.price === 95_000 ? 89_000 : v.price, weightGrams: v.weightGrams }));
    const base = { categorySlug: "gao-ngu-coc", description: "", certificateId: undefined };
    const repriced = await updateSellerProduct({ sellerId: rice.sellerId, actorId: adminId, productId: rice.id, input: { ...base, name: rice.name, status: "ACTIVE", variants } });
    expect(repriced.ok).toBe(true);
    const archived = await updateSellerProduct({
      sellerId: honey.sellerId,
      actorId: adminId,
      productId: honey.id,
      input: { ...base, name: honey.name, status: "ARCHIVED", variants: honey.variants.map((v) => ({ id: v.id, label: v.label, sku: v.sku, price: v.price, weightGrams: v.weightGrams })) },
    });
    expect(archived.ok).toBe(true);
    const suspended = await suspendSeller(sellerB.id, "Hồ sơ an toàn thực phẩm hết hạn", { id: adminId });
    expect(suspended).toMatchObject({ ok: true });
    expect(await prisma.searchOutbox.count()).toBeGreaterThan(0);

    // The fallback reads the database: the changes show at once.
    expect(await apiSlugs("mật ong")).toEqual([]);
    expect(await apiSlugs("kẹo dừa")).toEqual([]);
    const riceHit = JSON.parse((await http(`${app.url}/api/v1/search?q=${encodeURIComponent("gạo ST25")}`)).body).hits[0];
    expect(riceHit.price).toBe(89_000);
    expect((await http(`${app.url}/c/gao-ngu-coc`)).status).toBe(200);

    // The worker keeps failing (and backing off) while Meilisearch is away; rows stay.
    await until("the outbox to have failed at least once", 45_000, () => prisma.searchOutbox.findMany({ select: { attempts: true } }), (rows) => rows.some((r) => r.attempts > 0));
    expect(await prisma.searchOutbox.count()).toBeGreaterThan(0);
  }, 120_000);

  it("catches up after a restart on the same data: outbox empty, index equal to the database", async () => {
    await meili.start();
    const started = Date.now();
    const report = await until("the outbox to catch up", 120_000, async () => ({ pending: await prisma.searchOutbox.count(), report: await compareIndexWithDatabase() }), (s) => s.pending === 0 && s.report.consistent);
    console.info(`[faults] outbox caught up ${Date.now() - started} ms after Meilisearch restarted`);
    expect(report.report).toMatchObject({ consistent: true, databaseCount: 1, indexCount: 1, missing: [], extra: [], stale: [] });
    expect(await apiSlugs("gạo")).toEqual([rice.slug]);
    expect(await checkInvariants(prisma)).toEqual([]);
  }, 150_000);

  it("reports missing, extra and stale documents", async () => {
    const { getProductsIndex } = await import("~/modules/search/index.server");
    const index = getProductsIndex()!;
    await index.addDocuments([{ id: "ghost-product", slug: "ghost", name: "Ma", price: 1 } as never]).waitTask({ timeout: 60_000 });
    await index.updateDocuments([{ id: rice.id, price: 1 } as never]).waitTask({ timeout: 60_000 });
    const report = await compareIndexWithDatabase();
    expect(report.consistent).toBe(false);
    expect(report.extra).toEqual(["ghost-product"]);
    expect(report.stale).toEqual([{ id: rice.id, fields: [{ field: "price", database: 89_000, index: 1 }] }]);
    await index.deleteDocument(rice.id).waitTask({ timeout: 60_000 });
    expect((await compareIndexWithDatabase()).missing).toEqual([rice.id]);
    await reindexProducts();
    expect((await compareIndexWithDatabase()).consistent).toBe(true);
  }, 60_000);
});
