// HTTP from the test process to the harness server: plain requests (no redirect following,
// bodies read in full), from a chosen loopback source address when asked (the server's
// per-IP rate limits see 127.0.0.x as different clients), and a bounded-concurrency runner.
import { Agent, request as undiciRequest } from "undici";

export type HttpResponse = { status: number; headers: Record<string, string>; body: string; ms: number };

const agents = new Map<string, Agent>();
/** One keep-alive agent per source address; connections are not limited (the tests bound concurrency). */
function agentFor(localAddress: string): Agent {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new Agent({
      connections: null,
      pipelining: 1,
      keepAliveTimeout: 10_000,
      headersTimeout: 120_000,
      bodyTimeout: 120_000,
      localAddress,
    });
    agents.set(localAddress, agent);
  }
  return agent;
}

export async function closeAgents(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((a) => a.close()));
}

export type RequestOptions = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Source address on the loopback network, default 127.0.0.1. */
  from?: string;
};

export async function http(url: string, options: RequestOptions = {}): Promise<HttpResponse> {
  const started = performance.now();
  const res = await undiciRequest(url, {
    method: options.method ?? "GET",
    headers: options.headers,
    body: options.body,
    dispatcher: agentFor(options.from ?? "127.0.0.1"),
  });
  const body = await res.body.text();
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(res.headers)) headers[key] = Array.isArray(value) ? value.join("\n") : String(value ?? "");
  return { status: res.statusCode, headers, body, ms: performance.now() - started };
}

/** A urlencoded form post, as a browser without JavaScript sends it. */
export function postForm(url: string, fields: [string, string][] | Record<string, string>, options: { cookie?: string; from?: string } = {}) {
  const body = new URLSearchParams(Array.isArray(fields) ? fields : Object.entries(fields)).toString();
  return http(url, {
    method: "POST",
    body,
    from: options.from,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(options.cookie ? { Cookie: options.cookie } : {}) },
  });
}

/** Runs `fn` over `items` with at most `concurrency` in flight; results in input order. */
export async function mapConcurrent<T, R>(items: T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Counts of each status, e.g. { "302": 50, "409": 150 }. */
export function statusCounts(responses: { status: number }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/** Latency percentiles (ms) of a batch of responses. */
export function latency(responses: { ms: number }[]) {
  const sorted = responses.map((r) => r.ms).sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
  return { p50: at(50), p95: at(95), max: Math.round(sorted[sorted.length - 1] ?? 0) };
}
