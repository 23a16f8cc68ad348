// The search worker loop: prepare the index, then drain the outbox as rows come
// due. Runs inside each web process and in `npm run worker` processes alike;
// safe with several (rows are taken FOR UPDATE SKIP LOCKED).
import { prisma } from "~/lib/db.server";
import { drainOutboxOnce, enqueueRecentlyExpiredCertificates } from "./outbox.server";
import { prepareSearchIndex } from "./indexer.server";
import { isSearchUp } from "./client.server";

const IDLE_MS = 500;
const EXPIRY_SWEEP_MS = 60 * 60 * 1000;

export function startSearchWorker({ log = console } = {}): () => Promise<void> {
  let stopped = false;
  let wake: (() => void) | null = null;
  let prepared = false;
  let lastSweep = 0;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  const loop = (async () => {
    while (!stopped) {
      try {
        if (!prepared) {
          if (!(await isSearchUp())) {
            await sleep(2_000);
            continue;
          }
          const r = await prepareSearchIndex();
          prepared = true;
          if (r.rebuilt) log.info(`[search] index rebuilt from the database: ${r.documents} products`);
        }
        if (Date.now() - lastSweep > EXPIRY_SWEEP_MS) {
          lastSweep = Date.now();
          await enqueueRecentlyExpiredCertificates();
        }
        const due = await prisma.$queryRaw<{ n: number }[]>`SELECT 1 AS n FROM search_outbox WHERE available_at <= now() LIMIT 1`;
        if (due.length === 0) {
          await sleep(IDLE_MS);
          continue;
        }
        const r = await drainOutboxOnce();
        if (r.failed > 0) await sleep(1_000);
        else if (r.processed === 0) await sleep(IDLE_MS);
      } catch (error) {
        log.warn("[search] worker:", error instanceof Error ? error.message : error);
        await sleep(2_000);
      }
    }
  })();

  return async () => {
    stopped = true;
    wake?.();
    await loop;
  };
}
