// What the fuzzer aims at, read from app/routes (as app/routes/route-matrix.test.ts does), so
// a new route is fuzzed the day it is added: every action (POST) and every loader (GET with
// a fuzzed query), its URL, the role that may use it, and the field names and literal values
// its source and the module schemas it imports mention (so inputs reach past "missing field").
import fs from "node:fs";
import path from "node:path";

export type Role = "anonymous" | "shopper" | "seller" | "admin" | "throwaway";

export type Target = {
  file: string;
  method: "GET" | "POST";
  /** URL pattern with $params, e.g. /seller/products/$id */
  pattern: string;
  params: string[];
  role: Role;
  fields: string[];
  values: string[];
};

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const ROUTES = path.join(root, "app/routes");

export function routeFiles(): string[] {
  return fs
    .readdirSync(ROUTES)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith(".server.ts"))
    .sort();
}

/** "seller.orders.$id_.slip.tsx" → "/seller/orders/$id/slip"; "[robots.txt].ts" → "/robots.txt"; "$.tsx" → "/$splat". */
export function urlPattern(file: string): string {
  const segments = file.replace(/\.tsx?$/, "").match(/\[[^\]]*\]|[^.]+/g) ?? [];
  const parts = segments
    .filter((s) => s !== "_index" && !(s.startsWith("_") && !s.startsWith("[")))
    .map((s) => (s.startsWith("[") ? s.slice(1, -1) : s === "$" ? "$splat" : s.replace(/_$/, "")));
  return "/" + parts.join("/");
}

function roleFor(file: string): Role {
  if (file.startsWith("admin.")) return "admin";
  if (file.startsWith("seller.")) return "seller";
  if (file === "logout.ts") return "throwaway";
  if (/^(account\.|checkout|cart|sell\.|invitations\.)/.test(file)) return "shopper";
  return "anonymous";
}

const FIELD_PATTERNS = [
  /\.(?:get|getAll|has)\(\s*"([^"]{1,60})"\s*\)/g,
  /\bname[=:]\s*\{?\s*"([A-Za-z][\w.[\]-]{0,60})"/g,
  /\bfields\.(\w+)/g,
  /^\s{2,}(\w{2,40}):\s*z[.\n]/gm,
  /^\s{2,}(\w{2,40}):\s*(?:wholeNumber|text|money|optionalText|requiredText|phone|email)\w*\(/gm,
];

function matches(source: string, re: RegExp): string[] {
  return [...source.matchAll(re)].map((m) => m[1]);
}

function importedSchemaSources(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/from\s+"~\/(modules\/[\w-]+\/[\w.-]+|lib\/[\w./-]+|components\/[\w./-]+)"/g)) {
    if (m[1].includes(".server")) continue;
    for (const ext of [".ts", ".tsx"]) {
      const file = path.join(root, "app", m[1] + ext);
      if (fs.existsSync(file)) out.push(fs.readFileSync(file, "utf8"));
    }
  }
  return out;
}

/** Field names and literal values a route's form (and its schemas/components) mention. */
function vocabulary(source: string): { fields: string[]; values: string[] } {
  const sources = [source, ...importedSchemaSources(source)];
  const fields = new Set<string>();
  const values = new Set<string>();
  for (const s of sources) {
    for (const re of FIELD_PATTERNS) for (const f of matches(s, re)) fields.add(f);
    for (const v of matches(s, /"([a-z][a-zA-Z0-9_-]{1,30})"/g)) values.add(v);
    for (const v of matches(s, /"([A-Z][A-Z0-9_]{2,30})"/g)) values.add(v);
  }
  for (const f of ["intent", "redirectTo", "_action", "lang"]) fields.add(f);
  return { fields: [...fields].sort(), values: [...values].sort() };
}

/** Every action and loader of app/routes, with the role that may use it. */
export function fuzzTargets(): Target[] {
  const targets: Target[] = [];
  for (const file of routeFiles()) {
    const source = fs.readFileSync(path.join(ROUTES, file), "utf8");
    const pattern = urlPattern(file);
    const params = [...pattern.matchAll(/\$(\w+)/g)].map((m) => m[1]);
    const { fields, values } = vocabulary(source);
    const base = { file, pattern, params, role: roleFor(file), fields, values };
    if (/export\s+(async\s+)?function\s+action\b|export\s+const\s+action\b/.test(source)) targets.push({ ...base, method: "POST" });
    if (/export\s+(async\s+)?function\s+loader\b|export\s+const\s+loader\b/.test(source)) targets.push({ ...base, method: "GET" });
  }
  return targets;
}
