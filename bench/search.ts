// npm run bench:search — Meilisearch's own round-trip vs the app's /api/v1/search
// for the same queries, and the app's reindex vs Meilisearch's raw indexing of
// the same documents, on N synthetic products (default 100,000; BENCH_PRODUCTS=…).
// Not a test: it prints numbers and writes bench/results/search.json. Ratios are
// measured in one run, so machine noise affects both sides alike.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Agent } from "undici";
import pg from "pg";
import { startEmbeddedPostgres } from "../app/lib/embedded/postgres.js";
import { startEmbeddedMeilisearch } from "../app/lib/embedded/meilisearch.js";
import { root } from "../app/lib/embedded/paths.js";
import { run } from "../scripts/lib/services.js";
import { buildIsStale } from "../scripts/lib/build.js";

const N = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const QUERIES = ["nuoc mam", "mật ong", "tra sen", "banh pia", "ca phe", "gao st25", "kho ca loc", "ruou", "tom kho ca mau", "dac san"];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: +percentile(s, 50).toFixed(2), p95: +percentile(s, 95).toFixed(2), mean: +(s.reduce((a, b) => a + b, 0) / s.length).toFixed(2) };
}

// ─── synthetic catalogue, written straight into PostgreSQL ───
const FIRST = ["Nước mắm", "Mật ong", "Trà", "Bánh pía", "Cà phê", "Gạo", "Khô cá lóc", "Rượu", "Tôm khô", "Kẹo dừa", "Mắm cá linh", "Đường thốt nốt", "Lạp xưởng", "Khô bò", "Chè", "Nem chua", "Bột sen", "Hạt điều", "Tinh dầu", "Lụa"];
const SECOND = ["cá cơm", "hoa tràm", "sen", "sầu riêng", "Arabica", "ST25", "U Minh", "táo mèo", "Rạch Gốc", "Bến Tre", "Châu Đốc", "Tri Tôn", "Sóc Trăng", "An Giang", "Tân Cương", "Lai Vung", "Tháp Mười", "Bình Phước", "tràm gió", "Vạn Phúc"];
const THIRD = ["đặc biệt", "truyền thống", "thượng hạng", "hữu cơ", "loại 1", "cao cấp", "gia truyền", "nguyên chất", "", ""];
const CATS = ["nuoc-mam-gia-vi", "mat-ong", "tra", "banh-keo-mut", "ca-phe", "gao-ngu-coc", "thuy-hai-san-kho", "ruou-dac-san", "thuy-hai-san-kho", "banh-keo-mut", "nuoc-mam-gia-vi", "banh-keo-mut", "thit-che-bien", "thit-che-bien", "tra", "thit-che-bien", "trai-cay-nong-san-say", "trai-cay-nong-san-say", "tinh-dau", "to-lua"];

async function generate(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const started = performance.now();
  await db.query("BEGIN");
  await db.query(`
    INSERT INTO sellers (id, slug, name, kind, tax_code, representative, phone, email, province_code, ward_code, address_line, bank_bin, bank_account_no, bank_account_name, status, updated_at)
    SELECT 'bs' || g, 'bench-seller-' || g, 'Hợp tác xã Đặc sản số ' || g, 'COOPERATIVE', lpad(g::text, 10, '0'), 'Nguyễn Văn A', '0912345678', 'b' || g || '@example.com',
           p.code, (SELECT min(code) FROM wards w WHERE w.province_code = p.code), 'Ấp 1', '970436', '0011' || g, 'HTX DAC SAN', 'APPROVED', now()
    FROM generate_series(1, 200) g JOIN LATERAL (SELECT code FROM provinces ORDER BY code OFFSET (g % 34) LIMIT 1) p ON true`);
  await db.query(
    `INSERT INTO products (id, seller_id, category_id, slug, name, description, status, sales_count, created_at, updated_at)
     SELECT 'bp' || g, 'bs' || (1 + g % 200), 'cat_' || ($1::text[])[1 + g % 20], 'bench-' || g,
            ($2::text[])[1 + g % 20] || ' ' || ($3::text[])[1 + (g / 20) % 20] || ' ' || ($4::text[])[1 + (g / 400) % 10] || ' ' || g,
            'Sản phẩm đặc sản địa phương, đóng gói cẩn thận, giao hàng toàn quốc.', 'ACTIVE', g % 500, now() - (g || ' minutes')::interval, now()
     FROM generate_series(1, $5::int) g`,
    [CATS, FIRST, SECOND, THIRD, N],
  );
  await db.query(`
    INSERT INTO product_variants (id, product_id, seller_id, sku, label, price, on_hand, reserved, updated_at)
    SELECT 'bv' || g || '-' || k, 'bp' || g, 'bs' || (1 + g % 200), 'BENCH-' || g || '-' || k, 'Loại ' || k, (20 + (g * 7 + k * 13) % 500) * 1000, (g + k) % 40, 0, now()
    FROM generate_series(1, ${N}) g CROSS JOIN generate_series(1, 1 + g % 3) k`);
  await db.query("COMMIT");
  await db.end();
  return performance.now() - started;
}

async function main() {
  const stops: (() => Promise<void>)[] = [];
  const dataDir = path.join(root, "bench");
  fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    console.log(`bench:search — ${N.toLocaleString("vi-VN")} synthetic products, ${ITERATIONS} iterations per query`);
    const pgServer = await startEmbeddedPostgres({ quiet: true, dataDir: path.join(dataDir, "postgres"), database: "ocop_bench" });
    stops.push(pgServer.stop);
    const meili = await startEmbeddedMeilisearch({ quiet: true, dataDir: path.join(dataDir, "meilisearch") });
    stops.push(meili.stop);
    Object.assign(process.env, {
      DATABASE_URL: pgServer.url,
      MEILISEARCH_URL: meili.url,
      MEILISEARCH_KEY: meili.key,
      SESSION_SECRET: "bench-session-secret-0123456789",
      NODE_ENV: "production",
    });
    await run("node_modules/.bin/prisma", ["migrate", "deploy"], { quiet: true });
    const genMs = await generate(pgServer.url);
    console.log(`generated in ${(genMs / 1000).toFixed(1)} s`);

    // The app's reindex: documents from PostgreSQL → fresh index → swap.
    const search = await import("../app/modules/search/index.server");
    const { productsIndexSettings } = await import("../app/modules/search/settings");
    const reindex = await search.reindexProducts();
    console.log(`app reindex: ${reindex.documents} documents in ${(reindex.ms / 1000).toFixed(1)} s`);

    // Meilisearch's raw indexing of the same documents (built beforehand), same settings.
    const { allDocuments } = await import("../app/modules/search/documents.server");
    const docs: unknown[] = [];
    for await (const page of allDocuments(5000)) docs.push(...page);
    const client = search.getSearchClient()!;
    await client.createIndex("raw", { primaryKey: "id" }).waitTask({ timeout: 600_000 });
    await client.index("raw").updateSettings(productsIndexSettings).waitTask({ timeout: 600_000 });
    const rawStart = performance.now();
    const tasks = [];
    for (let i = 0; i < docs.length; i += 2000) tasks.push(client.index("raw").addDocuments(docs.slice(i, i + 2000) as never[]).waitTask({ timeout: 600_000, interval: 50 }));
    await Promise.all(tasks);
    const rawIndexMs = performance.now() - rawStart;
    console.log(`raw indexing of the same ${docs.length} documents: ${(rawIndexMs / 1000).toFixed(1)} s`);

    // The app server (the production build), in its own process.
    if (buildIsStale()) await run("node_modules/.bin/remix", ["vite:build"], { quiet: true });
    const port = 3300;
    const { spawn } = await import("node:child_process");
    const app = spawn("node", ["server.js"], { env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", BACKGROUND_WORK: "off" }, stdio: ["ignore", "ignore", "inherit"] });
    stops.push(async () => {
      app.kill("SIGTERM");
      await new Promise((r) => app.once("exit", r));
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 200));
    }

    const agent = new Agent({ keepAliveTimeout: 30_000, connections: 4 });
    const timed = async (fn: () => Promise<unknown>) => {
      const t = performance.now();
      await fn();
      return performance.now() - t;
    };
    // Meilisearch's own round-trip through the raw client (the same keep-alive
    // client the app uses), for the same queries.
    const raw_client = search.getSearchClient()!;
    const rows = [];
    const allRaw: number[] = [];
    const allRawMulti: number[] = [];
    const allApp: number[] = [];
    const engineMs: number[] = [];
    const allRawFull: number[] = [];
    // The fields the app asks for (query.server.ts).
    const HIT_FIELDS = ["id", "slug", "name", "price", "maxPrice", "inStock", "stars", "rating", "ratingCount", "producer", "producerSlug", "province", "provinceCode", "group", "category", "categorySlug", "image", "imageWidth"];
    for (const q of QUERIES) {
      const raw: number[] = [];
      const rawMulti: number[] = [];
      const rawFull: number[] = [];
      const appMs: number[] = [];
      // What the app sends: the page of hits plus one facet query per facet (disjunctive counts).
      const multi = {
        queries: [
          { indexUid: "products", q, hitsPerPage: 24, page: 1, matchingStrategy: "all" as const, attributesToRetrieve: HIT_FIELDS },
          ...["group", "categorySlug", "provinceCode", "stars"].map((f) => ({ indexUid: "products", q, facets: [f], hitsPerPage: 0, matchingStrategy: "all" as const })),
        ],
      };
      for (let i = 0; i < 5; i++) await fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}`, { dispatcher: agent } as RequestInit);
      // Each kind in its own block (interleaving them measured a steady 40 ms stall
      // on whichever request followed another connection's — see bench/README.md).
      for (let i = 0; i < ITERATIONS; i++) raw.push(await timed(() => raw_client.index("products").search(q, { hitsPerPage: 24, page: 1, matchingStrategy: "all", attributesToRetrieve: HIT_FIELDS })));
      for (let i = 0; i < ITERATIONS; i++) rawFull.push(await timed(() => raw_client.index("products").search(q, { hitsPerPage: 24, page: 1, matchingStrategy: "all" })));
      for (let i = 0; i < ITERATIONS; i++) rawMulti.push(await timed(() => raw_client.multiSearch(multi)));
      for (let i = 0; i < ITERATIONS; i++) appMs.push(await timed(() => fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}`, { dispatcher: agent } as RequestInit).then((r) => r.arrayBuffer())));
      const probe = await raw_client.index("products").search(q, { hitsPerPage: 24, page: 1, matchingStrategy: "all" });
      engineMs.push(probe.processingTimeMs);
      const hits = (await (await fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}`)).json()).total;
      allRaw.push(...raw);
      allRawMulti.push(...rawMulti);
      allRawFull.push(...rawFull);
      allApp.push(...appMs);
      rows.push({ q, hits, meili: stats(raw), meiliMulti: stats(rawMulti), app: stats(appMs) });
    }
    const overall = { meili: stats(allRaw), meiliFullDocuments: stats(allRawFull), meiliMulti: stats(allRawMulti), app: stats(allApp) };
    const result = {
      when: new Date().toISOString(),
      products: N,
      iterations: ITERATIONS,
      generateMs: Math.round(genMs),
      reindex: { appMs: reindex.ms, rawMs: Math.round(rawIndexMs), documents: reindex.documents, ratio: +(reindex.ms / rawIndexMs).toFixed(2) },
      queries: rows,
      overall,
      ratios: {
        appToMeiliSingleP50: +(overall.app.p50 / overall.meili.p50).toFixed(2),
        appToMeiliSameMultiSearchP50: +(overall.app.p50 / overall.meiliMulti.p50).toFixed(2),
        appToMeiliSameMultiSearchP95: +(overall.app.p95 / overall.meiliMulti.p95).toFixed(2),
      },
    };
    console.log("\nquery               hits   meili p50/p95 ms   meili multi p50/p95   app API p50/p95");
    for (const r of rows) {
      console.log(`${r.q.padEnd(18)} ${String(r.hits).padStart(6)}   ${String(r.meili.p50).padStart(6)} / ${String(r.meili.p95).padEnd(6)}   ${String(r.meiliMulti.p50).padStart(6)} / ${String(r.meiliMulti.p95).padEnd(6)}     ${String(r.app.p50).padStart(6)} / ${r.app.p95}`);
    }
    console.log(`\nsingle search returning whole documents (≈17 KB): p50 ${overall.meiliFullDocuments.p50} ms, p95 ${overall.meiliFullDocuments.p95} ms`);
    console.log(`Meilisearch's own processingTimeMs (single search): ${engineMs.join(", ")}`);
    console.log(`\noverall p50: meili ${overall.meili.p50} ms, meili multi-search ${overall.meiliMulti.p50} ms, app ${overall.app.p50} ms`);
    console.log(`ratio app / Meilisearch (same multi-search) p50 ${result.ratios.appToMeiliSameMultiSearchP50}×, p95 ${result.ratios.appToMeiliSameMultiSearchP95}×; app / single search p50 ${result.ratios.appToMeiliSingleP50}×`);
    console.log(`reindex: app ${(reindex.ms / 1000).toFixed(1)} s vs raw ${(rawIndexMs / 1000).toFixed(1)} s (${result.reindex.ratio}×)`);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/search.json", JSON.stringify(result, null, 2) + "\n");
    console.log("written to bench/results/search.json");
    const { prisma } = await import("../app/lib/db.server");
    await prisma.$disconnect();
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}

await main();
process.exit(0);
