// The Meilisearch client. Measured here (decision 0010): on a kept-alive
// connection every response larger than a few KB (a page of hits) stalls ~40 ms
// — Meilisearch writes headers and body separately and waits for an ACK that
// Linux delays (Nagle × delayed ACK). A fresh loopback connection per request
// starts in quick-ACK mode: 2.5 ms instead of 44 ms for 24 hits. So requests go
// through an undici agent that does not reuse connections (`pipelining: 0`).
import { Meilisearch } from "meilisearch";
import { Agent } from "undici";

const agent = new Agent({ pipelining: 0, connections: 64, connectTimeout: 2_000 });

let client: Meilisearch | null = null;

export function getSearchClient(): Meilisearch | null {
  const host = process.env.MEILISEARCH_URL;
  if (!host) return null;
  if (!client) {
    client = new Meilisearch({
      host,
      apiKey: process.env.MEILISEARCH_KEY,
      timeout: 5_000,
      // Spread into every fetch() the client makes.
      requestInit: { dispatcher: agent } as RequestInit,
    });
  }
  return client;
}

/** Tests that point MEILISEARCH_URL elsewhere build a new client. */
export function resetSearchClientForTests(): void {
  client = null;
}

export async function isSearchUp(): Promise<boolean> {
  const c = getSearchClient();
  if (!c) return false;
  try {
    const health = await c.health();
    return health.status === "available";
  } catch {
    return false;
  }
}
