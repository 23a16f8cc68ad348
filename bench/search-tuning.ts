// npm run bench:search-tuning — the measurements behind the typo and matching
// settings of the products index (decision 0010), on the demo catalogue: for
// each setting, how many queries (with and without typos) find what a shopper
// meant, and how many unrelated products come along.
import { ensureServices } from "../scripts/lib/services.js";

type Case = { q: string; expect: RegExp };
// Queries a shopper types, each with what they mean (matched against product names).
const CASES: Case[] = [
  { q: "nuoc mam", expect: /nước mắm/i },
  { q: "nuoc mam phu quoc", expect: /nước mắm/i },
  { q: "mat ong", expect: /mật ong/i },
  { q: "mat ongg", expect: /mật ong/i },
  { q: "banh pia", expect: /bánh pía/i },
  { q: "bahn pia", expect: /bánh pía/i },
  { q: "tra sen", expect: /trà.*sen|sen.*trà/i },
  { q: "che sen", expect: /trà.*sen|sen.*trà/i },
  { q: "ca phe", expect: /cà phê/i },
  { q: "caphe", expect: /cà phê/i },
  { q: "kho ca loc", expect: /khô cá lóc/i },
  { q: "tom kho", expect: /tôm khô/i },
  { q: "gao st25", expect: /gạo/i },
  { q: "lap xuong", expect: /lạp xưởng/i },
  { q: "lap suong", expect: /lạp xưởng/i },
  { q: "duong thot not", expect: /đường thốt nốt/i },
  { q: "keo dua", expect: /kẹo dừa/i },
  { q: "ruou tao meo", expect: /rượu táo mèo/i },
  { q: "gom do", expect: /gốm/i },
  { q: "yen sao", expect: /yến/i },
];

const services = await ensureServices({ quiet: true });
try {
  const { getSearchClient } = await import("~/modules/search/client.server");
  const { productsIndexSettings } = await import("~/modules/search/settings");
  const { allDocuments } = await import("~/modules/search/documents.server");
  const client = getSearchClient()!;
  const docs = [];
  for await (const page of allDocuments()) docs.push(...page);
  console.log(`${docs.length} demo products, ${CASES.length} queries\n`);
  const variants = [
    { name: "default typos (5/9)", typo: { oneTypo: 5, twoTypos: 9 } },
    { name: "oneTypo 4, twoTypos 8", typo: { oneTypo: 4, twoTypos: 8 } },
    { name: "oneTypo 3, twoTypos 7", typo: { oneTypo: 3, twoTypos: 7 } },
  ];
  const strategies = ["last", "all", "frequency"] as const;
  console.log("setting                     strategy    found   precision (hits that match the intent / all hits)");
  for (const v of variants) {
    const uid = `tuning_${v.typo.oneTypo}`;
    await client.deleteIndexIfExists(uid);
    await client.createIndex(uid, { primaryKey: "id" }).waitTask({ timeout: 120_000 });
    await client.index(uid).updateSettings({ ...productsIndexSettings, typoTolerance: { enabled: true, minWordSizeForTypos: v.typo } }).waitTask({ timeout: 120_000 });
    await client.index(uid).addDocuments(docs).waitTask({ timeout: 120_000 });
    for (const strategy of strategies) {
      let found = 0;
      let relevant = 0;
      let total = 0;
      for (const c of CASES) {
        const r = await client.index(uid).search(c.q, { limit: 50, matchingStrategy: strategy, attributesToRetrieve: ["name"] });
        const names = r.hits.map((h) => String(h.name));
        if (names.slice(0, 5).some((n) => c.expect.test(n))) found++;
        relevant += names.filter((n) => c.expect.test(n)).length;
        total += names.length;
      }
      console.log(`${v.name.padEnd(27)} ${strategy.padEnd(10)} ${String(found).padStart(3)}/${CASES.length}   ${total ? ((relevant / total) * 100).toFixed(0) : "—"}% (${relevant}/${total})`);
    }
    await client.deleteIndex(uid).waitTask();
  }
} finally {
  const { prisma } = await import("~/lib/db.server");
  await prisma.$disconnect();
  await services.stop();
}
process.exit(0);
