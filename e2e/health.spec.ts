// /healthz: what a load balancer and an operator read.
import { expect, test } from "./fixtures";

test("GET /healthz reports the database and search as up", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.json()).toEqual({ database: "ok", search: "ok" });
});
