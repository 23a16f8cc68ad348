import { describe, expect, it } from "vitest";
import { coalesce } from "./coalesce.server";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("coalesce", () => {
  it("shares a load in flight, per key, and keeps nothing once it settled", async () => {
    const inFlight = new Map<string, Promise<number>>();
    let loads = 0;
    const pending = deferred<number>();
    const load = () => {
      loads++;
      return pending.promise;
    };
    const a = coalesce(inFlight, "home", load);
    const b = coalesce(inFlight, "home", load);
    const other = coalesce(inFlight, "other", () => Promise.resolve(7));
    expect(loads).toBe(1);
    expect(b).toBe(a);
    pending.resolve(42);
    expect(await a).toBe(42);
    expect(await other).toBe(7);
    expect(inFlight.size).toBe(0);
    // After it settled, the next call loads afresh.
    expect(await coalesce(inFlight, "home", async () => 43)).toBe(43);
  });

  it("a failed load fails every caller that shared it, and the next call tries again", async () => {
    const inFlight = new Map<string, Promise<number>>();
    const pending = deferred<number>();
    const a = coalesce(inFlight, "k", () => pending.promise);
    const b = coalesce(inFlight, "k", () => Promise.resolve(1));
    pending.reject(new Error("down"));
    await expect(a).rejects.toThrow("down");
    await expect(b).rejects.toThrow("down");
    expect(inFlight.size).toBe(0);
    expect(await coalesce(inFlight, "k", async () => 2)).toBe(2);
  });
});
