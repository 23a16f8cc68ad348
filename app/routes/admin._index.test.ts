import { describe, expect, it } from "vitest";
import { createTestSeller, createTestUser, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { loader } from "./admin._index";

type Overview = { overview: { pendingSellers: number; pendingCertificates: number; users: number; admins: number; waitingSellers: { id: string }[] } };

describe("/admin", () => {
  it("anonymous → login; shopper → 403", async () => {
    const anon = await runRoute(() => loader({ request: getRequest("/admin"), context: {}, params: {} }));
    expect(anon.status).toBe(302);
    expect(anon.headers.get("Location")).toBe("/login?redirectTo=%2Fadmin");
    const { cookie } = await createTestUser();
    const shopper = await runRoute(() => loader({ request: getRequest("/admin", cookie), context: {}, params: {} }));
    expect(shopper.status).toBe(403);
  });

  it("shows an admin the work waiting", async () => {
    const { cookie } = await createTestUser({ role: "ADMIN" });
    const before = await runRoute<Overview>(() => loader({ request: getRequest("/admin", cookie), context: {}, params: {} }));
    const pending = await createTestSeller("PENDING");
    await createTestSeller("APPROVED");
    await createTestUser();
    const after = await runRoute<Overview>(() => loader({ request: getRequest("/admin", cookie), context: {}, params: {} }));
    expect(after.status).toBe(200);
    expect(after.data!.overview.pendingSellers).toBe(before.data!.overview.pendingSellers + 1);
    expect(after.data!.overview.users).toBe(before.data!.overview.users + 1);
    expect(after.data!.overview.admins).toBeGreaterThanOrEqual(1);
    expect(after.data!.overview.pendingCertificates).toBe(before.data!.overview.pendingCertificates);
    expect(after.data!.overview.waitingSellers.map((s) => s.id)).toContain(pending.id);
  });
});
