// Background work that every web process (and `npm run worker`) runs. Each job
// is safe with several processes running it at once.
import { startSearchWorker } from "~/modules/search/worker.server";
import { startOrderExpiryWorker } from "~/modules/orders/expiry.server";
import { pruneGuestCarts } from "~/modules/cart/index.server";

const HOUR = 60 * 60 * 1000;
/** Guest carts nobody touched for this long are deleted (their cookie is long gone or stale). */
const GUEST_CART_MAX_AGE_DAYS = 30;

/** A periodic job with a jittered first run, so N processes don't all fire together. */
function every(ms: number, job: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = job()
      .catch((error) => console.warn("[background]", error instanceof Error ? error.message : error))
      .finally(() => (running = null));
  };
  const first = setTimeout(tick, Math.floor(Math.random() * Math.min(ms, 60_000)));
  const timer = setInterval(tick, ms);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}

export function startBackgroundWork(): () => Promise<void> {
  const stops = [
    startSearchWorker(),
    // Unpaid orders past ORDER_PAYMENT_TTL_MINUTES give their stock back (every 30 s).
    startOrderExpiryWorker(),
    every(HOUR, () => pruneGuestCarts(new Date(Date.now() - GUEST_CART_MAX_AGE_DAYS * 24 * HOUR))),
  ];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
