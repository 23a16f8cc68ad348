// Every page's components find their texts in the dictionary its area sends (area.ts). A page
// renders root, its layouts and its own module; this follows each route module's imports (not
// into *.server files, which never reach the browser) and collects the namespaces they ask for:
// useT("x"), useT() (common) and ns="x" given to the form components. A component that starts
// using another namespace on a catalogue page fails here instead of showing keys in production.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AREA_NAMESPACES, areaOf, needsOtherNamespaces } from "./area";

const APP = path.resolve(__dirname, "../..");
const ROUTES = path.join(APP, "routes");

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("~/")) base = path.join(APP, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']/g;
const NAMESPACE_USES = [/useT\(\s*"([a-z-]+)"/g, /\bns(?:=|:\s*)"([a-z-]+)"/g];

/** The namespaces `file` and the browser-side modules it imports ask for. */
function namespacesOf(file: string, seen = new Set<string>(), found = new Set<string>()): Set<string> {
  if (seen.has(file) || /\.server\.[jt]sx?$/.test(file) || /\.test\.[jt]sx?$/.test(file)) return found;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const pattern of NAMESPACE_USES) for (const m of source.matchAll(pattern)) found.add(m[1]!);
  if (/useT\(\s*\)/.test(source)) found.add("common");
  for (const m of source.matchAll(IMPORT)) {
    const target = resolveImport(file, m[1]!);
    if (target) namespacesOf(target, seen, found);
  }
  return found;
}

/** A URL the route module answers (Remix flat routes: dots are slashes, `_x` segments add none, `$x` a parameter). */
function samplePath(file: string): string {
  const segments = file
    .replace(/\.[jt]sx?$/, "")
    .split(".")
    .filter((s) => !s.startsWith("_") || s === "_index")
    .map((s) => (s === "_index" ? "" : s === "$" ? "no-such-page" : s.startsWith("$") ? "x" : s))
    .filter(Boolean);
  return `/${segments.join("/")}`;
}

const pages = readdirSync(ROUTES)
  .filter((f) => /\.tsx$/.test(f) && !/\.test\./.test(f))
  .filter((f) => /export default/.test(readFileSync(path.join(ROUTES, f), "utf8")));

/** The layouts a route renders inside (its dotted prefixes that are route modules), and root. */
function layoutsOf(file: string): string[] {
  const parts = file.replace(/\.tsx$/, "").split(".");
  const layouts = [path.join(APP, "root.tsx")];
  for (let i = 1; i < parts.length; i++) {
    const candidate = path.join(ROUTES, `${parts.slice(0, i).join(".")}.tsx`);
    if (existsSync(candidate)) layouts.push(candidate);
  }
  return layouts;
}

describe("dictionary areas", () => {
  it("finds the pages and what they use (the walker is not vacuous)", () => {
    expect(pages.length).toBeGreaterThan(40);
    expect([...namespacesOf(path.join(ROUTES, "checkout.tsx"))]).toEqual(expect.arrayContaining(["checkout", "common"]));
    expect([...namespacesOf(path.join(ROUTES, "products.$slug.tsx"))]).toEqual(expect.arrayContaining(["product", "reviews"]));
    expect(samplePath("account.orders.$id.pay.tsx")).toBe("/account/orders/x/pay");
    expect(samplePath("_auth.login.tsx")).toBe("/login");
    expect(samplePath("_index.tsx")).toBe("/");
  });

  it.each(pages)("%s: every namespace its components use is in its area's dictionary", (file) => {
    const pathname = samplePath(file);
    const area = areaOf(pathname);
    const used = new Set<string>();
    for (const module of [...layoutsOf(file), path.join(ROUTES, file)]) for (const ns of namespacesOf(module)) used.add(ns);
    const missing = [...used].filter((ns) => !(AREA_NAMESPACES[area] as readonly string[]).includes(ns));
    expect(missing, `${pathname} (${area}) uses ${missing.join(", ")}`).toEqual([]);
  });

  it("pages by area, and when moving between them needs other namespaces", () => {
    for (const p of ["/", "/search", "/c/thuc-pham", "/p/ca-mau", "/s/htx-my-xuyen", "/products/mat-ong-u-minh", "/login", "/register"]) expect(areaOf(p)).toBe("browse");
    for (const p of ["/cart", "/checkout"]) expect(areaOf(p)).toBe("cart");
    for (const p of ["/account", "/account/orders", "/account/orders/x/pay", "/account/reviews/x"]) expect(areaOf(p)).toBe("account");
    for (const p of ["/no-such-page", "/products/x/y", "/cart/x", "/sellers", "/administration", "/accounts"]) expect(areaOf(p)).toBe("shop");
    for (const p of ["/seller", "/seller/products", "/sell", "/invitations/abc"]) expect(areaOf(p)).toBe("seller");
    for (const p of ["/admin", "/admin/audit"]) expect(areaOf(p)).toBe("admin");
    const moves: [from: string, to: string, reloadsDictionary: boolean][] = [
      ["/products/x", "/cart", true],
      ["/checkout", "/account/orders/x/pay", true],
      ["/cart", "/checkout", false],
      ["/cart", "/products/x", true],
      ["/no-such-page", "/account/orders", false],
      ["/cart", "/seller", true],
      ["/seller", "/admin", true],
      ["/admin", "/seller/orders", true],
      ["/seller", "/products/x", true],
      ["/", "/search", false],
      ["/login", "/", false],
      ["/seller/products", "/seller/orders", false],
    ];
    for (const [from, to, reloads] of moves) expect(needsOtherNamespaces(from, to), `${from} → ${to}`).toBe(reloads);
  });
});
