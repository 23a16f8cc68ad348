import { describe, expect, it } from "vitest";
import { getCurrentUser, loginUser } from "~/modules/accounts/index.server";
import { cookieHeader, createTestUser, formRequest, getRequest, runRoute, TEST_PASSWORD } from "~/modules/accounts/testing.server";
import { action, loader } from "./account._index";

type Sessions = { user: { name: string; email: string }; sessions: { handle: string; current: boolean; device: string | null }[] };

describe("/account", () => {
  it("sends anonymous visitors to log in, then back", async () => {
    const res = await runRoute(() => loader({ request: getRequest("/account"), context: {}, params: {} }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2Faccount");
  });

  it("shows name, email and active sessions, and logs out the others", async () => {
    const { user, cookie } = await createTestUser({ name: "Đỗ Thị Giang" });
    const other = await loginUser({ email: user.email, password: TEST_PASSWORD }, { ipAddress: "10.7.0.1", userAgent: "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36" });
    if (!other.ok) throw new Error("login failed");

    const page = await runRoute<Sessions>(() => loader({ request: getRequest("/account", cookie), context: {}, params: {} }));
    expect(page.data?.user).toEqual({ name: "Đỗ Thị Giang", email: user.email });
    expect(page.data?.sessions).toHaveLength(2);
    expect(page.data?.sessions.filter((s) => s.current)).toHaveLength(1);
    expect(page.data?.sessions.find((s) => !s.current)?.device).toBe("Chrome · Android");
    expect(JSON.stringify(page.data)).not.toContain(other.session.id); // tokens never reach the page

    const res = await runRoute<{ revokedOthers: number }>(() => action({ request: formRequest("/account", { intent: "revoke-others" }, { cookie }), context: {}, params: {} }));
    expect(res.data?.revokedOthers).toBe(1);
    expect(await getCurrentUser(getRequest("/", cookieHeader(other.session.cookie)))).toBeNull();
    expect(await getCurrentUser(getRequest("/", cookie))).not.toBeNull();
  });

  it("logs out one other session by its handle, never someone else's", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const second = await loginUser({ email: a.user.email, password: TEST_PASSWORD }, { ipAddress: "10.7.0.2" });
    if (!second.ok) throw new Error("login failed");
    const pageB = await runRoute<Sessions>(() => loader({ request: getRequest("/account", b.cookie), context: {}, params: {} }));
    const bHandle = pageB.data!.sessions[0].handle;
    // A tries to revoke B's session: nothing happens.
    const attempt = await runRoute<{ revokedOne: boolean }>(() => action({ request: formRequest("/account", { intent: "revoke", session: bHandle }, { cookie: a.cookie }), context: {}, params: {} }));
    expect(attempt.data?.revokedOne).toBe(false);
    expect(await getCurrentUser(getRequest("/", b.cookie))).not.toBeNull();

    const pageA = await runRoute<Sessions>(() => loader({ request: getRequest("/account", a.cookie), context: {}, params: {} }));
    const otherHandle = pageA.data!.sessions.find((s) => !s.current)!.handle;
    const ok = await runRoute<{ revokedOne: boolean }>(() => action({ request: formRequest("/account", { intent: "revoke", session: otherHandle }, { cookie: a.cookie }), context: {}, params: {} }));
    expect(ok.data?.revokedOne).toBe(true);
    expect(await getCurrentUser(getRequest("/", cookieHeader(second.session.cookie)))).toBeNull();
  });
});
