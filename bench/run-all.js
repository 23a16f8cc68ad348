// npm run bench: every benchmark, one after the other (numbers printed and
// written to bench/results/*.json). Not part of npm test.
import { spawnSync } from "node:child_process";

const benches = [["search", ["node_modules/.bin/tsx", "bench/search.ts"]]];
let failed = 0;
for (const [name, [cmd, ...args]] of benches) {
  console.log(`\n=== bench:${name} ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
