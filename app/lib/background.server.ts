// Background work that every web process (and `npm run worker`) runs. Each job
// is safe with several processes running it at once.
import { startSearchWorker } from "~/modules/search/worker.server";
import { startOrderExpiryWorker } from "~/modules/orders/expiry.server";

export function startBackgroundWork(): () => Promise<void> {
  const stops = [
    startSearchWorker(),
    // Unpaid orders past ORDER_PAYMENT_TTL_MINUTES give their stock back (every 30 s).
    startOrderExpiryWorker(),
  ];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
