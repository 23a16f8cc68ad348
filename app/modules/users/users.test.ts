// The admin role and sessions: the platform never loses its last admin, even
// when two admins demote each other at the same moment; every change audited.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { createTestUser } from "~/modules/accounts/testing.server";
import { createUser } from "../../../prisma/factories";
import { findUsers, grantAdmin, removeAdmin, revokeUserSessions } from "./index.server";

/** Leaves exactly these users as admins (this file's database is its own). */
async function onlyAdmins(...ids: string[]) {
  await prisma.user.updateMany({ where: { role: "ADMIN", id: { notIn: ids } }, data: { role: "SHOPPER" } });
  await prisma.user.updateMany({ where: { id: { in: ids } }, data: { role: "ADMIN" } });
}

const auditFor = (entityId: string) => prisma.auditLog.findMany({ where: { entityType: "user", entityId }, orderBy: { id: "asc" } });

describe("the admin role", () => {
  let a: string;
  let b: string;
  beforeEach(async () => {
    a = (await createUser({ role: "ADMIN", name: "Quản trị A" })).id;
    b = (await createUser({ role: "ADMIN", name: "Quản trị B" })).id;
  });

  it("grant and remove, each audited", async () => {
    const shopper = await createUser({ name: "Nguyễn Thị Cấp Quyền", email: "cap-quyen@example.com" });
    expect(await grantAdmin(shopper.id, { id: a, ipAddress: "10.0.0.1" })).toEqual({ ok: true, user: { id: shopper.id, role: "ADMIN" } });
    expect(await grantAdmin(shopper.id, { id: a })).toEqual({ ok: false, error: "already" });
    expect(await removeAdmin(shopper.id, { id: b })).toEqual({ ok: true, user: { id: shopper.id, role: "SHOPPER" } });
    expect(await removeAdmin(shopper.id, { id: b })).toEqual({ ok: false, error: "already" });
    expect(await grantAdmin("khong-co", { id: a })).toEqual({ ok: false, error: "not_found" });
    const audit = await auditFor(shopper.id);
    expect(audit.map((r) => [r.action, r.actorId])).toEqual([
      ["user.grant_admin", a],
      ["user.remove_admin", b],
    ]);
    expect(audit[0]).toMatchObject({ before: { role: "SHOPPER", email: "cap-quyen@example.com" }, after: { role: "ADMIN" }, ipAddress: "10.0.0.1" });
  });

  it("the last admin can't be demoted, not even by themselves", async () => {
    await onlyAdmins(a);
    expect(await removeAdmin(a, { id: a })).toEqual({ ok: false, error: "last_admin" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: a } })).role).toBe("ADMIN");
    expect(await auditFor(a)).toHaveLength(0);
  });

  it("two admins demoting each other at the same moment leave one admin", async () => {
    for (let round = 0; round < 5; round++) {
      const x = (await createUser({ role: "ADMIN" })).id;
      const y = (await createUser({ role: "ADMIN" })).id;
      await onlyAdmins(x, y);
      const results = await Promise.all([removeAdmin(x, { id: y }), removeAdmin(y, { id: x })]);
      expect(results.filter((r) => r.ok), `round ${round}`).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "last_admin" }]);
      expect(await prisma.user.count({ where: { role: "ADMIN" } })).toBe(1);
    }
  });

  it("two admins demoting two others at once still leave one", async () => {
    await onlyAdmins(a, b);
    const results = await Promise.all([removeAdmin(a, { id: a }), removeAdmin(b, { id: b })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});

describe("sessions", () => {
  it("ends every active session of a user, audited with the count", async () => {
    const admin = (await createUser({ role: "ADMIN" })).id;
    const { user, session } = await createTestUser({ name: "Người mất điện thoại" });
    await createTestUser({}); // someone else's session stays
    const { session: second } = await prisma.session
      .create({ data: { id: `s-${Date.now()}`, userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } })
      .then((s) => ({ session: s }));
    expect(await revokeUserSessions(user.id, { id: admin, ipAddress: "10.0.0.2" })).toEqual({ ok: true, revoked: 2 });
    const sessions = await prisma.session.findMany({ where: { id: { in: [session.id, second.id] } } });
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);
    expect(await prisma.session.count({ where: { revokedAt: null, userId: { not: user.id } } })).toBeGreaterThan(0);
    const [audit] = await auditFor(user.id);
    expect(audit).toMatchObject({ action: "user.revoke_sessions", actorId: admin, before: { activeSessions: 2 }, after: { activeSessions: 0 } });
    expect(await revokeUserSessions("khong-co", { id: admin })).toEqual({ ok: false, error: "not_found" });
  });

  it("an admin ending their own sessions keeps the one in use", async () => {
    const { user, session } = await createTestUser({ role: "ADMIN" });
    await prisma.session.create({ data: { id: `own-${Date.now()}`, userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    expect(await revokeUserSessions(user.id, { id: user.id }, { keepSessionId: session.id })).toEqual({ ok: true, revoked: 1 });
    expect((await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeNull();
  });
});

describe("finding users", () => {
  it("by words of the name without diacritics, email, id and role", async () => {
    const user = await createUser({ name: "Trịnh Thị Đào", email: "dao.trinh@example.com" });
    expect((await findUsers({ q: "trinh thi dao" })).users.map((u) => u.id)).toEqual([user.id]);
    expect((await findUsers({ q: "DAO.TRINH@" })).users.map((u) => u.id)).toEqual([user.id]);
    expect((await findUsers({ q: user.id })).users.map((u) => u.id)).toEqual([user.id]);
    expect((await findUsers({ q: "trinh thi dao", role: "ADMIN" })).total).toBe(0);
    const admins = await findUsers({ role: "ADMIN" });
    expect(admins.users.every((u) => u.role === "ADMIN")).toBe(true);
  });
});
