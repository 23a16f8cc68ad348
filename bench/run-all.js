// npm run bench: every benchmark, one after the other (numbers printed and
// written to bench/results/*.json). Not part of npm test. BENCH_ONLY=storefront,checkout runs a subset.
import { spawnSync } from "node:child_process";

const tsx = "node_modules/.bin/tsx";
const benches = [
  ["search", [tsx, "bench/search.ts"]],
  ["storefront", [tsx, "bench/storefront.ts"]],
  ["checkout", [tsx, "bench/checkout.ts"]],
  ["page-weight", [tsx, "bench/page-weight.ts"]],
  ["lighthouse", [tsx, "bench/lighthouse.ts"]],
];
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : null;
const failed = [];
for (const [name, [cmd, ...args]] of benches) {
  if (only && !only.has(name)) continue;
  console.log(`\n=== bench:${name} ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { CHROME_PATH: "/usr/bin/chromium", ...process.env } });
  if (r.status !== 0) failed.push(name);
}
if (failed.length) console.error(`\nfailed: ${failed.join(", ")}`);
process.exit(failed.length ? 1 : 0);
