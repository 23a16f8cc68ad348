// Every literal key the code translates exists in its namespace. i18next shows a missing key as
// the key itself ("empty.title"), and t() is not type-checked against the dictionaries, so a typo
// would reach the visitor. A file's namespaces are those it asks for (useT("x"), useT() → common,
// getFixedT(…, "x")); "ns:key" names its own. Keys built at run time (t(`status.${s}`)) are not
// checked here; their dictionaries list every value (tests of those modules cover them).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resources } from "./config";

const APP = path.resolve(__dirname, "../..");
const vi = resources.vi as unknown as Record<string, Record<string, unknown>>;

function exists(ns: string, key: string): boolean {
  let node: unknown = vi[ns];
  for (const part of key.split(".")) {
    if (!node || typeof node !== "object") return false;
    const object = node as Record<string, unknown>;
    if (part in object) node = object[part];
    // A plural: count picks key_one / key_other.
    else return `${part}_other` in object || `${part}_one` in object;
  }
  return typeof node === "string";
}

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) sources(file, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !file.includes(`${path.sep}locales${path.sep}`)) out.push(file);
  }
  return out;
}

describe("translation keys", () => {
  it("every literal t(\"…\") key is in the namespaces its file uses", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of sources(APP)) {
      const source = readFileSync(file, "utf8");
      const namespaces = new Set([
        ...[...source.matchAll(/useT\(\s*"([a-z-]+)"\s*\)/g)].map((m) => m[1]!),
        ...[...source.matchAll(/getFixedT\([^,()]+,\s*"([a-z-]+)"/g)].map((m) => m[1]!),
        ...(/useT\(\s*\)/.test(source) ? ["common"] : []),
      ]);
      if (namespaces.size === 0) continue;
      for (const m of source.matchAll(/\bt\(\s*"([A-Za-z0-9_.:-]+)"/g)) {
        const [ns, key] = m[1]!.includes(":") ? m[1]!.split(":") : [null, m[1]!];
        checked++;
        if (!(ns ? [ns] : [...namespaces]).some((n) => exists(n, key!))) missing.push(`${path.relative(APP, file)}: ${m[1]} (${[...namespaces].join(", ")})`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });

  it("knows a missing key when it sees one", () => {
    expect(exists("cart", "empty.title")).toBe(true);
    expect(exists("cart", "empty.titel")).toBe(false);
    expect(exists("cart", "empty")).toBe(false);
  });
});
