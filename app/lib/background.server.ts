// Background work that every web process (and `npm run worker`) runs. Each job
// is safe with several processes running it at once.
import { startSearchWorker } from "~/modules/search/worker.server";

export function startBackgroundWork(): () => Promise<void> {
  const stops = [startSearchWorker()];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
