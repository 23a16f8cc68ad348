// npm run bench:storefront — the storefront under load: throughput and p50/p95 latency of
// /, /search?q=…, /products/:slug and /api/v1/search at 50 concurrent connections (autocannon,
// in this process), against the production server (build/ + server.js) in its own process, on a
// catalogue of 10,000 products (BENCH_PRODUCTS) made with the test factories. Beside each: the
// same run's ceiling — the exact same response bytes replayed by a plain node:http server in its
// own process. Also the CPU time per response of the server and of PostgreSQL + Meilisearch
// (including responses still in flight when the load stops), and the server's peak RSS. Not a
// test: prints numbers and writes bench/results/storefront.json. Ports 3240 (app) and 3241
// (ceiling); BENCH_DURATION seconds per run; BENCH_SERVER_DIR serves a saved copy of another
// version instead (bench/lib/app.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fork } from "node:child_process";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { addCatalogue, benchEnvironment, cpuMsOf, cpuMsOfTree, memoryOf, percentile, round, startAppServer, stopAll, writeResult, type Stop } from "./lib/app";

const N = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const APP_PORT = 3240;
const CEILING_PORT = 3241;

type Load = { requestsPerSec: number; p50: number; p95: number; p99: number; requests: number; non2xx: number; errors: number; bytesPerRequest: number };

/** autocannon for DURATION s; latencies of every response (autocannon's own histogram has no p95). */
async function load(url: string, duration = DURATION): Promise<Load> {
  const latencies: number[] = [];
  let non2xx = 0;
  let bytes = 0;
  const instance = autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1, timeout: 30 });
  instance.on("response", (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
    latencies.push(responseTime);
    bytes += resBytes;
    if (statusCode < 200 || statusCode >= 300) non2xx++;
  });
  const result = await instance;
  return {
    requestsPerSec: round(latencies.length / duration),
    p50: round(percentile(latencies, 50), 2),
    p95: round(percentile(latencies, 95), 2),
    p99: round(percentile(latencies, 99), 2),
    requests: latencies.length,
    non2xx,
    errors: result.errors + result.timeouts,
    bytesPerRequest: latencies.length ? Math.round(bytes / latencies.length) : 0,
  };
}

/** autocannon stops at its deadline, but the server finishes what it accepted: wait for that. */
async function drained(base: string) {
  for (let i = 0; i < 600; i++) {
    const t = performance.now();
    await (await fetch(`${base}/healthz`)).arrayBuffer();
    if (performance.now() - t < 50) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main() {
  const stops: Stop[] = [];
  try {
    console.log(`bench:storefront — ${N.toLocaleString("vi-VN")} products, ${CONNECTIONS} connections, ${DURATION} s per run, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`);
    const env = await benchEnvironment("storefront", { reuse: `catalogue-${N}` });
    stops.push(...env.stops);
    const catalogue = (env.reused as Awaited<ReturnType<typeof addCatalogue>> | null) ?? (await addCatalogue(N));
    if (!env.reused) env.markReady(catalogue);
    console.log(`${N.toLocaleString("vi-VN")} products made with the factories and indexed (${(catalogue.ms / 1000).toFixed(1)} s)`);
    const { prisma } = await import("../app/lib/db.server");
    const products = await prisma.product.count({ where: { status: "ACTIVE" } });
    // A product with several variants, a photo and reviews: a typical product page.
    const slug = (await prisma.product.findFirstOrThrow({ where: { slug: { startsWith: "mat-ong" }, status: "ACTIVE", images: { some: {} } }, orderBy: { salesCount: "desc" }, select: { slug: true } })).slug;
    await prisma.$disconnect();

    const app = await startAppServer(APP_PORT);
    stops.push(app.stop);
    const idle = memoryOf(app.pid);

    const endpoints = [
      { name: "home", path: "/" },
      { name: "search", path: `/search?q=${encodeURIComponent("mật ong")}` },
      { name: "product", path: `/products/${slug}` },
      { name: "api-search", path: `/api/v1/search?q=${encodeURIComponent("mat ong")}` },
    ];
    // The exact bytes of each response, for the ceiling server.
    const pages = [];
    for (const e of endpoints) {
      const res = await fetch(app.base + e.path);
      if (!res.ok) throw new Error(`${e.path}: ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      pages.push({ path: e.path, contentType: res.headers.get("content-type") ?? "text/html", body: body.toString("base64"), bytes: body.length });
    }
    const pagesFile = path.join(os.tmpdir(), `bench-storefront-pages-${process.pid}.json`);
    fs.writeFileSync(pagesFile, JSON.stringify(pages));
    const ceiling = fork("bench/lib/static-server.js", [String(CEILING_PORT), pagesFile], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    stops.push(async () => {
      ceiling.kill("SIGTERM");
      await new Promise((r) => ceiling.once("exit", r));
      fs.rmSync(pagesFile, { force: true });
    });
    await new Promise((resolve, reject) => {
      ceiling.once("message", resolve);
      ceiling.once("exit", reject);
    });

    // Peak RSS of the app server while it is under load, sampled every 100 ms (and VmHWM).
    let sampledPeakMb = idle.rssMb;
    const sampler = setInterval(() => {
      sampledPeakMb = Math.max(sampledPeakMb, memoryOf(app.pid).rssMb);
    }, 100);

    const rows = [];
    for (const e of endpoints) {
      // Warm-up (JIT, connection pool, caches): a few requests one after the other.
      for (let i = 0; i < 10; i++) await (await fetch(app.base + e.path)).arrayBuffer();
      const servicesCpu = () => env.servicePids().reduce((sum, pid) => sum + cpuMsOfTree(pid), 0);
      const cpuBefore = cpuMsOf(app.pid);
      const servicesBefore = servicesCpu();
      const appLoad = await load(app.base + e.path);
      await drained(app.base);
      // CPU per response of the server (all its threads) and of PostgreSQL + Meilisearch: less at
      // the mercy of other load on a shared machine than req/s, and what a change saves.
      const cpuMsPerRequest = appLoad.requests ? round((cpuMsOf(app.pid) - cpuBefore) / appLoad.requests, 2) : null;
      const servicesCpuMsPerRequest = appLoad.requests ? round((servicesCpu() - servicesBefore) / appLoad.requests, 2) : null;
      const ceilingLoad = await load(`http://127.0.0.1:${CEILING_PORT}${e.path}`);
      const row = {
        endpoint: e.name,
        path: e.path,
        htmlBytes: pages.find((p) => p.path === e.path)!.bytes,
        app: appLoad,
        appCpuMsPerRequest: cpuMsPerRequest,
        servicesCpuMsPerRequest,
        ceiling: ceilingLoad,
        ratioToCeiling: round(appLoad.requestsPerSec / ceilingLoad.requestsPerSec, 3),
      };
      rows.push(row);
      console.log(
        `${e.name.padEnd(11)} app ${String(appLoad.requestsPerSec).padStart(7)} req/s p50 ${appLoad.p50} ms p95 ${appLoad.p95} ms` +
          ` cpu ${cpuMsPerRequest} ms/req (db + search ${servicesCpuMsPerRequest})` +
          `${appLoad.non2xx || appLoad.errors ? ` (non-2xx ${appLoad.non2xx}, errors ${appLoad.errors})` : ""}` +
          ` | ceiling ${ceilingLoad.requestsPerSec} req/s p50 ${ceilingLoad.p50} ms p95 ${ceilingLoad.p95} ms | ratio ${(row.ratioToCeiling * 100).toFixed(1)} %`,
      );
    }
    clearInterval(sampler);
    const after = memoryOf(app.pid);
    const memory = { idleRssMb: idle.rssMb, sampledPeakRssMb: sampledPeakMb, vmHwmMb: after.peakMb, afterRssMb: after.rssMb };
    console.log(`\napp server RSS: idle ${idle.rssMb} MB, peak during load ${sampledPeakMb} MB (VmHWM ${after.peakMb} MB)`);

    console.log("\nendpoint     app req/s   p50 ms   p95 ms   cpu ms/req (db+search)   ceiling req/s   ratio");
    for (const r of rows) {
      console.log(
        `${r.endpoint.padEnd(11)} ${String(r.app.requestsPerSec).padStart(9)} ${String(r.app.p50).padStart(8)} ${String(r.app.p95).padStart(8)} ${String(r.appCpuMsPerRequest).padStart(10)} (${String(r.servicesCpuMsPerRequest).padStart(6)})    ${String(r.ceiling.requestsPerSec).padStart(15)}   ${(r.ratioToCeiling * 100).toFixed(1)} %`,
      );
    }
    writeResult("storefront", {
      when: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadAvg1mBefore: os.loadavg()[0] },
      products,
      connections: CONNECTIONS,
      durationSec: DURATION,
      catalogueMs: Math.round(catalogue.ms),
      endpoints: rows,
      memory,
    });
  } finally {
    await stopAll(stops);
  }
}

await main();
process.exit(0);
