// How big the reliability suites run. `npm test` runs them smaller, to keep CI fast and clear
// of the server's limits on a busy 2-core machine: 100 buyers at the same moment for 25 units,
// 3 rounds; 1,000 webhook requests. `npm run test:stress` (STRESS=1) runs 5 rounds of 1,000
// buyers (200 in flight, the concurrency) for 250 units and 5,000 webhook requests.
// Each number can be set on its own, e.g. issue 8's list exactly:
//   RELIABILITY_OVERSELL_BUYERS=200 RELIABILITY_OVERSELL_UNITS=50 RELIABILITY_OVERSELL_ROUNDS=5
export const STRESS = process.env.STRESS === "1";

function num(name: string, normal: number, stress: number): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : STRESS ? stress : normal;
}

export const oversellScale = {
  buyers: num("RELIABILITY_OVERSELL_BUYERS", 100, 1000),
  units: num("RELIABILITY_OVERSELL_UNITS", 25, 250),
  rounds: num("RELIABILITY_OVERSELL_ROUNDS", 3, 5),
  /**
   * Requests in flight at once: every buyer at the same moment at the scale; 200 at a
   * time at the stress scale. 1,000 checkouts of one variant at the same instant queue behind its
   * row lock for longer than placeOrder's 20 s maxWait on this machine and most losers get 500
   * instead of "sold out" (never an oversell); RELIABILITY_OVERSELL_IN_FLIGHT=1000 shows it
   * (docs/decisions/0021-reliability-suites.md).
   */
  inFlight: num("RELIABILITY_OVERSELL_IN_FLIGHT", 200, 200),
};

export const paymentScale = {
  orders: num("RELIABILITY_PAYMENT_ORDERS", 100, 500),
  events: num("RELIABILITY_PAYMENT_EVENTS", 1000, 5000),
  /**
   * Webhook requests in flight at once (a provider's delivery burst). Kept below the server's
   * connection pool (20): above it, the payment webhooks' transactions wait for a connection
   * longer than Prisma's default maxWait (2 s) on a busy machine and answer 500 (reported in
   * docs/decisions/0021-reliability-suites.md; RELIABILITY_PAYMENT_CONCURRENCY=50 shows it).
   */
  concurrency: num("RELIABILITY_PAYMENT_CONCURRENCY", 16, 16),
};

/** A test's time limit from the amount of work (2-core CI machine, other files in parallel). */
export function timeoutFor(requests: number): number {
  return 120_000 + requests * 100;
}
