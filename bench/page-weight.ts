// npm run bench:page-weight — what each storefront page makes a browser download on first view:
// the HTML, and the JavaScript and CSS its HTML references (Remix's modulepreload links, its
// inline module script's imports and the static imports of those files, followed through the
// built files in build/client), each gzipped at level 6 as the server's compression middleware
// does. Target (issue 8): ≤ 120 KB gzip JavaScript, React and Remix included. Runs the
// production server on the demo data (port 3242). The cart and checkout are also measured signed
// in as the demo shopper with one line in the cart ("cart (line)", "checkout"), as a buyer sees
// them. Writes bench/results/page-weight.json.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { benchEnvironment, startAppServer, stopAll, writeResult, type Stop } from "./lib/app";

const PORT = 3242;
/** The client build the server serves (its private copy, see bench/lib/app.ts). */
let CLIENT = "build/client";
const JS_BUDGET_KB = 120;

const gzipKb = (data: Buffer | string) => +(zlib.gzipSync(data, { level: 6 }).length / 1024).toFixed(1);

/** Every asset the HTML references, plus the JS files those import statically (not import()). */
function assetsOf(html: string): { js: string[]; css: string[] } {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) urls.add(href);
  }
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1].matchAll(/import\s*(?:[^"'()]*?from\s*)?["']([^"']+)["']/g)) urls.add(i[1]);
  }
  const js = new Set<string>();
  const css = new Set<string>();
  const queue = [...urls].filter((u) => u.startsWith("/"));
  while (queue.length) {
    const url = queue.pop()!;
    if (url.endsWith(".css")) {
      css.add(url);
      continue;
    }
    if (!url.endsWith(".js") || js.has(url)) continue;
    js.add(url);
    const file = path.join(CLIENT, url);
    if (!fs.existsSync(file)) continue;
    const code = fs.readFileSync(file, "utf8");
    // Static imports only: `import … from"./x.js"` and `import"./x.js"` (minified), not `import("./x.js")`.
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(url), m[1]));
    }
  }
  return { js: [...js].sort(), css: [...css].sort() };
}

function sizeOf(urls: string[]) {
  const files = urls.map((u) => {
    const file = path.join(CLIENT, u);
    const data = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
    return { url: u, rawKb: +(data.length / 1024).toFixed(1), gzipKb: gzipKb(data) };
  });
  return { files, rawKb: +files.reduce((s, f) => s + f.rawKb, 0).toFixed(1), gzipKb: +files.reduce((s, f) => s + f.gzipKb, 0).toFixed(1) };
}

/** The demo shopper's cookies after logging in and putting one `variantId` in the cart. */
async function signedInShopper(base: string, variantId: string): Promise<string> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const post = async (url: string, form: Record<string, string>) => {
    const res = await fetch(base + url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie(), "User-Agent": "Mozilla/5.0 (bench)" },
      body: new URLSearchParams(form),
      redirect: "manual",
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    if (res.status !== 302 && res.status !== 303) throw new Error(`POST ${url}: ${res.status}`);
  };
  await post("/login", { email: "shopper@example.com", password: "ocop-demo-2026", redirectTo: "/" });
  await post("/cart", { intent: "add", variantId, quantity: "1" });
  return cookie();
}

async function main() {
  const stops: Stop[] = [];
  try {
    const env = await benchEnvironment("page-weight");
    stops.push(...env.stops);
    const { prisma } = await import("../app/lib/db.server");
    const product = await prisma.product.findFirstOrThrow({
      where: { status: "ACTIVE", images: { some: {} }, variants: { some: { onHand: { gt: 0 } } } },
      orderBy: { ratingCount: "desc" },
      select: { slug: true, variants: { where: { onHand: { gt: 0 } }, select: { id: true }, take: 1 } },
    });
    const category = await prisma.category.findFirstOrThrow({ where: { products: { some: { status: "ACTIVE" } } }, select: { slug: true } });
    const seller = await prisma.seller.findFirstOrThrow({ where: { status: "APPROVED" }, select: { slug: true } });
    await prisma.$disconnect();
    const app = await startAppServer(PORT);
    stops.push(app.stop);
    CLIENT = path.join(app.buildDir, "client");

    const shopper = await signedInShopper(app.base, product.variants[0].id);
    const pages: { name: string; path: string; cookie?: string }[] = [
      { name: "home", path: "/" },
      { name: "search", path: `/search?q=${encodeURIComponent("mật ong")}` },
      { name: "product", path: `/products/${product.slug}` },
      { name: "category", path: `/c/${category.slug}` },
      { name: "seller", path: `/s/${seller.slug}` },
      { name: "cart", path: "/cart" },
      { name: "login", path: "/login" },
      { name: "register", path: "/register" },
      { name: "cart (line)", path: "/cart", cookie: shopper },
      { name: "checkout", path: "/checkout", cookie: shopper },
    ];
    const rows = [];
    for (const p of pages) {
      const res = await fetch(app.base + p.path, { headers: { "User-Agent": "Mozilla/5.0 (bench)", ...(p.cookie ? { Cookie: p.cookie } : {}) }, redirect: "manual" });
      const html = await res.text();
      if (!res.ok) throw new Error(`${p.path}: ${res.status}`);
      const assets = assetsOf(html);
      const js = sizeOf(assets.js);
      const css = sizeOf(assets.css);
      // The inline scripts (Remix's context: loader data, the i18n dictionary).
      const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
      rows.push({
        page: p.name,
        path: p.path,
        html: { rawKb: +(Buffer.byteLength(html) / 1024).toFixed(1), gzipKb: gzipKb(html), inlineScriptGzipKb: gzipKb(inline) },
        js,
        css,
        withinJsBudget: js.gzipKb <= JS_BUDGET_KB,
      });
    }
    console.log("page        HTML gz KB (inline scripts)   JS gz KB (files)   CSS gz KB   JS ≤ 120 KB");
    for (const r of rows) {
      console.log(
        `${r.page.padEnd(11)} ${String(r.html.gzipKb).padStart(8)} (${String(r.html.inlineScriptGzipKb).padStart(5)})           ${String(r.js.gzipKb).padStart(7)} (${String(r.js.files.length).padStart(2)})      ${String(r.css.gzipKb).padStart(7)}     ${r.withinJsBudget ? "yes" : "NO"}`,
      );
    }
    // The biggest JS files across pages (who to blame).
    const biggest = new Map<string, number>();
    for (const r of rows) for (const f of r.js.files) biggest.set(f.url, f.gzipKb);
    console.log("\nlargest JS files (gzip KB):");
    for (const [url, kb] of [...biggest].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${String(kb).padStart(6)}  ${url}`);
    writeResult("page-weight", { when: new Date().toISOString(), jsBudgetKb: JS_BUDGET_KB, pages: rows });
  } finally {
    await stopAll(stops);
  }
}

await main();
process.exit(0);
