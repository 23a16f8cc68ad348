import { describe, expect, it } from "vitest";
import { getCurrentUser } from "~/modules/accounts/index.server";
import { db, createTestUser, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { action, loader } from "./logout";

describe("/logout", () => {
  it("POST revokes the session and clears the cookie", async () => {
    const { session, cookie } = await createTestUser();
    const request = new Request("http://localhost/logout", { method: "POST", headers: { Cookie: cookie } });
    const res = await runRoute(() => action({ request, context: {}, params: {} }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
    expect(res.headers.get("Set-Cookie")).toMatch(/^__session=; Max-Age=0;.*Expires=Thu, 01 Jan 1970/);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
    expect(await getCurrentUser(getRequest("/", cookie))).toBeNull();
  });

  it("POST without a session just goes home", async () => {
    const res = await runRoute(() => action({ request: new Request("http://localhost/logout", { method: "POST" }), context: {}, params: {} }));
    expect(res.status).toBe(302);
  });

  it("GET changes nothing", async () => {
    const { cookie } = await createTestUser();
    const res = await runRoute(() => loader());
    expect(res.status).toBe(302);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect(await getCurrentUser(getRequest("/", cookie))).not.toBeNull();
  });
});
