// Concurrent identical reads share one query. Not a cache: nothing is kept once the query
// settles, so a caller sees data at most as old as a query that was already running when it
// called (a few milliseconds; bench/README.md, storefront under load) — never a suspended
// seller's product or a stock level from before a change that committed before that query began.
// Under load this is what keeps the database from running the same home shelves 50 times at once.

/**
 * `load` for `key`, or the promise of the identical load already in flight. Callers must treat the
 * result as read-only (it may be shared with other requests).
 */
export function coalesce<T>(inFlight: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const pending = inFlight.get(key);
  if (pending) return pending;
  const started = load().finally(() => {
    if (inFlight.get(key) === started) inFlight.delete(key);
  });
  inFlight.set(key, started);
  return started;
}
