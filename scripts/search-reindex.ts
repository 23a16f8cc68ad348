// npm run search:reindex — rebuild the Meilisearch products index from the
// database into a fresh index and swap it in (no empty-index window).
import { ensureServices } from "./lib/services.js";

const services = await ensureServices({ quiet: true });
let code = 0;
try {
  const { reindexProducts } = await import("~/modules/search/index.server");
  const r = await reindexProducts();
  console.log(`reindexed ${r.documents} products in ${r.ms} ms`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  const { prisma } = await import("~/lib/db.server");
  await prisma.$disconnect();
  await services.stop();
}
process.exit(code);
