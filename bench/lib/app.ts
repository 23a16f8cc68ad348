// Shared by the benchmarks: a database and search index of their own (embedded PostgreSQL and
// Meilisearch under .data/bench-<name>), the demo seed, optionally N more products made with the
// test factories, and the production server (build/ + server.js) in a separate process.
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { startEmbeddedPostgres } from "../../app/lib/embedded/postgres.js";
import { startEmbeddedMeilisearch } from "../../app/lib/embedded/meilisearch.js";
import { root } from "../../app/lib/embedded/paths.js";
import { run } from "../../scripts/lib/services.js";
import { buildIfStale } from "../../scripts/lib/build.js";

export type Stop = () => Promise<void>;

export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export const round = (n: number, digits = 1) => +n.toFixed(digits);

export function writeResult(name: string, result: unknown) {
  fs.mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/${name}.json`;
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  console.log(`written to ${file}`);
}

/**
 * Fresh PostgreSQL + Meilisearch in .data/bench-<name>, migrated and seeded with the demo data
 * (images included). Sets DATABASE_URL etc. in process.env, so app modules imported afterwards
 * use them.
 */
export async function benchEnvironment(
  name: string,
  { seed = true, reuse }: { seed?: boolean; reuse?: string } = {},
): Promise<{ stops: Stop[]; uploadsDir: string; reused: unknown; markReady: (info: unknown) => void; servicePids: () => number[] }> {
  const stops: Stop[] = [];
  const dataDir = path.join(root, `bench-${name}`);
  // BENCH_REUSE=1 keeps a database a previous run of the same benchmark left ready (making
  // 10,000 products through the factories takes minutes on a busy machine).
  const marker = path.join(dataDir, `ready-${reuse ?? "default"}.json`);
  const reused = process.env.BENCH_REUSE === "1" && reuse && fs.existsSync(marker) ? JSON.parse(fs.readFileSync(marker, "utf8")) : null;
  if (!reused) fs.rmSync(dataDir, { recursive: true, force: true });
  const uploadsDir = path.join(dataDir, "uploads");
  fs.mkdirSync(uploadsDir, { recursive: true });
  const started = performance.now();
  const [db, meili] = await Promise.all([
    startEmbeddedPostgres({ quiet: true, dataDir: path.join(dataDir, "postgres"), database: "ocop_bench" }),
    startEmbeddedMeilisearch({ quiet: true, dataDir: path.join(dataDir, "meilisearch") }),
  ]);
  stops.push(db.stop, meili.stop);
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    MEILISEARCH_URL: meili.url,
    MEILISEARCH_KEY: meili.key,
    SESSION_SECRET: "bench-session-secret-0123456789",
    NODE_ENV: "production",
    UPLOADS_DIR: uploadsDir,
    VIETQR_BANK_BIN: "970436",
    VIETQR_ACCOUNT_NO: "1029384756",
    VIETQR_ACCOUNT_NAME: "CONG TY CHO OCOP DEMO",
    // Benchmarks log in many buyers from one address.
    LOGIN_MAX_ATTEMPTS_PER_IP: "1000000",
    REGISTER_MAX_PER_IP_PER_HOUR: "1000000",
  });
  delete process.env.APP_URL;
  const markReady = (info: unknown) => fs.writeFileSync(marker, JSON.stringify(info));
  // PostgreSQL's postmaster (its backends are its children) and Meilisearch, for cpuMsOfTree.
  const servicePids = () => {
    const postmaster = Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    return [postmaster, meili.process.pid].filter((pid): pid is number => Number.isInteger(pid) && pid! > 0);
  };
  // Migrations always run, so a reused database gets the indexes a newer commit adds.
  await run("node_modules/.bin/prisma", ["migrate", "deploy"], { quiet: true });
  if (reused) {
    console.log(`reusing the database of an earlier run (${dataDir})`);
    return { stops, uploadsDir, reused, markReady, servicePids };
  }
  if (seed) await run("node_modules/.bin/tsx", ["prisma/seed.ts"], { quiet: true });
  console.log(`database and search ready, demo data seeded (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return { stops, uploadsDir, reused: null, markReady, servicePids };
}

const FIRST = ["Nước mắm", "Mật ong", "Trà", "Bánh pía", "Cà phê", "Gạo", "Khô cá lóc", "Rượu", "Tôm khô", "Kẹo dừa", "Mắm cá linh", "Đường thốt nốt", "Lạp xưởng", "Khô bò", "Chè", "Nem chua", "Bột sen", "Hạt điều", "Tinh dầu", "Lụa"];
const SECOND = ["cá cơm", "hoa tràm", "sen", "sầu riêng", "Arabica", "ST25", "U Minh", "táo mèo", "Rạch Gốc", "Bến Tre", "Châu Đốc", "Tri Tôn", "Sóc Trăng", "An Giang", "Tân Cương", "Lai Vung", "Tháp Mười", "Bình Phước", "tràm gió", "Vạn Phúc"];
const CATS = ["nuoc-mam-gia-vi", "mat-ong", "tra", "banh-keo-mut", "ca-phe", "gao-ngu-coc", "thuy-hai-san-kho", "ruou-dac-san", "thuy-hai-san-kho", "banh-keo-mut", "nuoc-mam-gia-vi", "banh-keo-mut", "thit-che-bien", "thit-che-bien", "tra", "thit-che-bien", "trai-cay-nong-san-say", "trai-cay-nong-san-say", "tinh-dau", "to-lua"];

/**
 * `count` more ACTIVE products (1–3 variants, photos reused from the demo products) from 100 new
 * approved sellers, made with prisma/factories.ts, then a full search reindex.
 */
export async function addCatalogue(count: number): Promise<{ ms: number; slugs: string[] }> {
  const started = performance.now();
  const { prisma } = await import("../../app/lib/db.server");
  const { createProduct, createSeller } = await import("../../prisma/factories");
  const images = await prisma.productImage.findMany({ select: { key: true, width: true, height: true }, distinct: ["key"], take: 60 });
  const provinces = (await prisma.province.findMany({ select: { code: true }, orderBy: { code: "asc" } })).map((p) => p.code);
  const sellers: { id: string }[] = [];
  for (let i = 0; i < 100; i++) {
    sellers.push(await createSeller({ name: `Hợp tác xã Đặc sản số ${i + 1}`, provinceCode: provinces[i % provinces.length], owner: false }));
  }
  const slugs: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const g = next++;
      const name = `${FIRST[g % 20]} ${SECOND[Math.floor(g / 20) % 20]} loại ${1 + (g % 7)} số ${g + 1}`;
      const variants = Array.from({ length: 1 + (g % 3) }, (_, k) => ({ label: `Loại ${k + 1}`, price: (20 + ((g * 7 + k * 13) % 500)) * 1000, onHand: (g + k) % 40 }));
      const image = images.length ? linkedImage(images[g % images.length], `products/bench-${g}/photo`) : null;
      const product = await createProduct({
        sellerId: sellers[g % sellers.length].id,
        name,
        categorySlug: CATS[g % 20],
        description: "Sản phẩm đặc sản địa phương, đóng gói cẩn thận, giao hàng toàn quốc.",
        variants,
        images: image ? [{ key: image.key, width: image.width, height: image.height }] : [],
        salesCount: g % 500,
        ratingCount: g % 11,
        ratingSum: (g % 11) * 4,
      });
      slugs.push(product.slug);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const { reindexProducts } = await import("../../app/modules/search/index.server");
  await reindexProducts();
  return { ms: performance.now() - started, slugs };
}

/** A photo key of its own (image keys are unique) whose files are hard links to a demo photo's. */
function linkedImage(source: { key: string; width: number; height: number }, key: string) {
  const dir = process.env.UPLOADS_DIR!;
  const from = path.join(dir, source.key);
  const files = fs.readdirSync(path.dirname(from)).filter((f) => f.startsWith(path.basename(from) + "-"));
  fs.mkdirSync(path.dirname(path.join(dir, key)), { recursive: true });
  for (const f of files) fs.linkSync(path.join(path.dirname(from), f), path.join(dir, key) + f.slice(path.basename(from).length));
  return { key, width: source.width, height: source.height };
}

/** Every file the server build's asset manifest names exists under build/client. */
function completeBuild(dir: string): boolean {
  const serverIndex = path.join(dir, "server/index.js");
  if (!fs.existsSync(serverIndex)) return false;
  const code = fs.readFileSync(serverIndex, "utf8");
  const assets = new Set([...code.matchAll(/"\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  return assets.size > 0 && [...assets].every((a) => fs.existsSync(path.join(dir, "client/assets", a)));
}

export type AppServer = { base: string; pid: number; process: ChildProcess; stop: Stop; /** the private copy of build/ it serves */ buildDir: string };

/**
 * The production build served by `node server.js` in its own process (background work off).
 * BENCH_SERVER_DIR=<dir> serves another copy instead of this checkout's (a folder holding server.js,
 * build/ and the app/lib/*.js server.js imports, e.g. saved from an earlier commit), so two
 * versions can be compared on the same database in the same conditions.
 */
export async function startAppServer(port: number): Promise<AppServer> {
  const from = process.env.BENCH_SERVER_DIR ? path.resolve(process.env.BENCH_SERVER_DIR) : ".";
  if (from === "." && (await buildIfStale({ quiet: true }))) console.log("built the app (build/ was stale)");
  if (from !== ".") console.log(`serving ${from} (BENCH_SERVER_DIR)`);
  // A private copy of the build and of server.js (with the files it imports): someone else
  // rebuilding this checkout mid-benchmark would otherwise replace the assets the pages refer to
  // (Lighthouse then counts the 404s). Packages still resolve from ./node_modules (a parent folder).
  const copy = path.join(root, `bench-server-${port}`);
  for (let attempt = 0; ; attempt++) {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(path.join(from, "build"), path.join(copy, "build"), { recursive: true });
    // A build running at the same moment leaves build/client half written: check every asset is there.
    if (completeBuild(path.join(copy, "build"))) break;
    if (attempt >= 60) throw new Error("build/ stayed incomplete (another build running?)");
    await new Promise((r) => setTimeout(r, 5_000));
    if (from === "." && attempt % 6 === 5) await buildIfStale({ quiet: true }).catch(() => {});
  }
  fs.mkdirSync(path.join(copy, "app/lib"), { recursive: true });
  const serverJs = path.join(from, "server.js");
  fs.copyFileSync(serverJs, path.join(copy, "server.js"));
  // The plain-JavaScript helpers server.js imports from app/lib (origin check, security headers, …).
  for (const [, f] of fs.readFileSync(serverJs, "utf8").matchAll(/from "\.\/app\/lib\/([\w.-]+\.js)"/g)) {
    fs.copyFileSync(path.join(from, "app/lib", f), path.join(copy, "app/lib", f));
  }
  const child = spawn("node", [path.join(copy, "server.js")], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", BACKGROUND_WORK: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server.js exited (${child.exitCode})`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 300) throw new Error("server.js did not become healthy");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    buildDir: path.join(copy, "build"),
    pid: child.pid!,
    process: child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** /proc/<pid>/stat's fields from the 3rd on (after the command name, which may hold spaces); null once the process is gone. */
function statOf(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  const f = statOf(pid);
  return f ? ((Number(f[11]) + Number(f[12])) * 1000) / 100 : 0;
}

/**
 * CPU time of a process and its descendants, in ms: its own, what its children that exited used
 * (cutime/cstime), and the live children's (PostgreSQL: the postmaster and one backend per connection).
 */
export function cpuMsOfTree(pid: number): number {
  const f = statOf(pid);
  if (!f) return 0;
  let ms = ((Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 1000) / 100;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const child = statOf(Number(entry));
    if (child && Number(child[1]) === pid) ms += cpuMsOfTree(Number(entry));
  }
  return ms;
}

/** VmRSS and VmHWM (peak) of a process, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: round(kb("VmRSS") / 1024), peakMb: round(kb("VmHWM") / 1024) };
}

export async function stopAll(stops: Stop[]) {
  for (const stop of stops.reverse()) await stop().catch((e) => console.error(e));
}
