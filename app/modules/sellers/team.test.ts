// A seller's team against real PostgreSQL: inviting (token only in the email, its
// hash in the table), accepting (the invited user only, within 7 days, once),
// refusals (duplicates, existing members, staff, another seller's owner, the last
// owner), and the same rules through the /seller/team and /invitations/:token routes.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { addSellerMember, createTestUser, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { createSeller, createUser } from "../../../prisma/factories";
import * as teamRoute from "../../routes/seller.team";
import * as invitationRoute from "../../routes/invitations.$token";
import { acceptInvitation, getInvitation, hashInvitationToken, inviteMember, listTeam, removeMember, revokeInvitation } from "./index.server";

const ORIGIN = "https://cho-ocop.test";
const DAY = 86_400_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loaders and actions of different routes
const call = <T = unknown,>(fn: (args: any) => Promise<unknown>, request: Request, params: Record<string, string> = {}) => runRoute<T>(() => fn({ request, params, context: {} }));

/** The token in the newest invitation email to `to` (the only place it exists). */
async function tokenSentTo(to: string): Promise<string> {
  const mail = await prisma.emailMessage.findFirstOrThrow({ where: { to }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const match = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no invitation link in: ${mail.text}`);
  return match[1];
}

let n = 0;
const freshEmail = (prefix = "nhan-vien") => `${prefix}-${process.pid}-${Date.now()}-${++n}@example.com`;

/** An approved seller with a logged-in owner and a logged-in staff member. */
async function shop(status: "APPROVED" | "SUSPENDED" = "APPROVED") {
  const owner = await createTestUser({ name: "Chủ Gian Hàng" });
  const staff = await createTestUser({ name: "Nhân Viên Cũ" });
  const seller = await createSeller({ status, owner: owner.user, name: `Hợp tác xã Đội Ngũ ${++n}` });
  const staffMember = await addSellerMember(staff.user.id, seller.id, "STAFF");
  const ownerMember = await prisma.sellerMember.findFirstOrThrow({ where: { sellerId: seller.id, userId: owner.user.id } });
  return { seller, owner, staff, staffMember, ownerMember };
}

let a: Awaited<ReturnType<typeof shop>>;
let b: Awaited<ReturnType<typeof shop>>;
beforeAll(async () => {
  [a, b] = await Promise.all([shop(), shop()]);
});

describe("inviting and accepting", () => {
  it("the owner invites; the email carries the token, the table only its SHA-256; the invitee accepts once", async () => {
    const email = freshEmail();
    const result = await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email: `  ${email.toUpperCase()} `, origin: `${ORIGIN}/` });
    expect(result.ok).toBe(true);
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toContain(a.seller.name);
    expect(mail.text).toContain(a.seller.name);
    expect(mail.text).toContain(`${ORIGIN}/invitations/`);
    const token = await tokenSentTo(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
    const row = await prisma.sellerInvitation.findFirstOrThrow({ where: { sellerId: a.seller.id, email } });
    expect(row).toMatchObject({ role: "STAFF", acceptedAt: null, token: hashInvitationToken(token) });
    expect(row.token).not.toContain(token);

    expect(await getInvitation(token)).toMatchObject({ email, state: "pending", seller: { name: a.seller.name, slug: a.seller.slug } });
    const team = await listTeam(a.seller.id);
    expect(team.invitations.map((i) => i.email)).toContain(email);

    const invitee = await createUser({ email: email.toUpperCase().toLowerCase(), name: "Người Được Mời" });
    const accepted = await acceptInvitation({ token, user: { id: invitee.id, email: email.toUpperCase() } });
    expect(accepted).toEqual({ ok: true, sellerSlug: a.seller.slug, alreadyAccepted: false });
    const member = await prisma.sellerMember.findFirstOrThrow({ where: { sellerId: a.seller.id, userId: invitee.id } });
    expect(member.role).toBe("STAFF");
    expect((await prisma.sellerInvitation.findUniqueOrThrow({ where: { id: row.id } })).acceptedAt).toBeInstanceOf(Date);

    // Idempotent: the same accept again changes nothing.
    const again = await acceptInvitation({ token, user: { id: invitee.id, email } });
    expect(again).toEqual({ ok: true, sellerSlug: a.seller.slug, alreadyAccepted: true });
    expect(await prisma.sellerMember.count({ where: { sellerId: a.seller.id, userId: invitee.id } })).toBe(1);
    expect((await listTeam(a.seller.id)).invitations.map((i) => i.email)).not.toContain(email);
  });

  it("two accepts at the same moment make one membership", async () => {
    const email = freshEmail("song-song");
    await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email, origin: ORIGIN });
    const token = await tokenSentTo(email);
    const invitee = await createUser({ email });
    const results = await Promise.all([acceptInvitation({ token, user: invitee }), acceptInvitation({ token, user: invitee })]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await prisma.sellerMember.count({ where: { sellerId: a.seller.id, userId: invitee.id } })).toBe(1);
  });

  it("someone logged in with another email is refused, and nothing changes", async () => {
    const email = freshEmail();
    await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email, origin: ORIGIN });
    const token = await tokenSentTo(email);
    const stranger = await createUser({ email: freshEmail("nguoi-la") });
    expect(await acceptInvitation({ token, user: stranger })).toEqual({ ok: false, reason: "wrong_user" });
    expect(await prisma.sellerMember.count({ where: { sellerId: a.seller.id, userId: stranger.id } })).toBe(0);
    expect((await prisma.sellerInvitation.findFirstOrThrow({ where: { sellerId: a.seller.id, email } })).acceptedAt).toBeNull();
  });

  it("an invitation older than 7 days is refused; inviting the address again sends a new link and the old one dies", async () => {
    const email = freshEmail("het-han");
    const sentAt = new Date(Date.now() - 8 * DAY);
    await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email, origin: ORIGIN, now: sentAt });
    const oldToken = await tokenSentTo(email);
    const invitee = await createUser({ email });
    expect((await getInvitation(oldToken))?.state).toBe("expired");
    expect(await acceptInvitation({ token: oldToken, user: invitee })).toEqual({ ok: false, reason: "expired" });
    // Still valid one second before 7 days are up.
    expect((await getInvitation(oldToken, new Date(sentAt.getTime() + 7 * DAY - 1000)))?.state).toBe("pending");

    expect((await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email, origin: ORIGIN })).ok).toBe(true);
    const newToken = await tokenSentTo(email);
    expect(newToken).not.toBe(oldToken);
    expect(await getInvitation(oldToken)).toBeNull();
    expect(await acceptInvitation({ token: oldToken, user: invitee })).toEqual({ ok: false, reason: "not_found" });
    expect((await acceptInvitation({ token: newToken, user: invitee })).ok).toBe(true);
  });

  it("unknown and malformed tokens are not found", async () => {
    const user = await createUser({ email: freshEmail() });
    expect(await getInvitation("x".repeat(43))).toBeNull();
    expect(await getInvitation("../../etc")).toBeNull();
    expect(await acceptInvitation({ token: "y".repeat(43), user })).toEqual({ ok: false, reason: "not_found" });
  });

  it("refuses a pending duplicate and an existing member (case-insensitively)", async () => {
    const email = freshEmail("trung");
    expect((await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email, origin: ORIGIN })).ok).toBe(true);
    expect(await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email: email.toUpperCase(), origin: ORIGIN })).toEqual({ ok: false, reason: "already_invited" });
    expect(await prisma.sellerInvitation.count({ where: { sellerId: a.seller.id, email } })).toBe(1);
    expect(await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email: a.staff.user.email.toUpperCase(), origin: ORIGIN })).toEqual({ ok: false, reason: "already_member" });
    expect(await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email: a.owner.user.email, origin: ORIGIN })).toEqual({ ok: false, reason: "already_member" });
    // The same address may be invited by another seller.
    expect((await inviteMember({ sellerId: b.seller.id, actorId: b.owner.user.id, email, origin: ORIGIN })).ok).toBe(true);
  });

  it("the owner withdraws an invitation: its link stops working", async () => {
    const email = freshEmail("thu-hoi");
    const invited = await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email, origin: ORIGIN });
    if (!invited.ok) throw new Error("not invited");
    const token = await tokenSentTo(email);
    expect(await revokeInvitation({ sellerId: a.seller.id, actorId: a.owner.user.id, invitationId: invited.invitationId })).toEqual({ ok: true });
    expect(await getInvitation(token)).toBeNull();
    expect(await revokeInvitation({ sellerId: a.seller.id, actorId: a.owner.user.id, invitationId: invited.invitationId })).toEqual({ ok: false, reason: "not_found" });
  });
});

describe("the audit log", () => {
  it("records invitations, withdrawals, acceptances and removals on the seller, with the actor", async () => {
    const s = await shop();
    const [kept, withdrawn] = [freshEmail("ghi-nhan"), freshEmail("ghi-huy")];
    await inviteMember({ sellerId: s.seller.id, actorId: s.owner.user.id, email: kept, origin: ORIGIN, ipAddress: "198.51.100.4" });
    const second = await inviteMember({ sellerId: s.seller.id, actorId: s.owner.user.id, email: withdrawn, origin: ORIGIN });
    if (!second.ok) throw new Error("not invited");
    await revokeInvitation({ sellerId: s.seller.id, actorId: s.owner.user.id, invitationId: second.invitationId });
    const invitee = await createUser({ email: kept, name: "Thành Viên Mới" });
    const token = await tokenSentTo(kept);
    await acceptInvitation({ token, user: { id: invitee.id, email: kept } });
    await acceptInvitation({ token, user: { id: invitee.id, email: kept } }); // a repeat records nothing
    await removeMember({ sellerId: s.seller.id, actorId: s.staff.user.id, memberId: s.ownerMember.id }); // refused: nothing
    await removeMember({ sellerId: s.seller.id, actorId: s.owner.user.id, memberId: s.staffMember.id });

    const rows = await prisma.auditLog.findMany({ where: { entityType: "seller", entityId: s.seller.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ["team.invite", s.owner.user.id],
      ["team.invite", s.owner.user.id],
      ["team.revoke_invitation", s.owner.user.id],
      ["team.accept_invitation", invitee.id],
      ["team.remove_member", s.owner.user.id],
    ]);
    expect(rows[0]).toMatchObject({ ipAddress: "198.51.100.4", after: { name: s.seller.name, email: kept, role: "STAFF" } });
    expect(rows[2].before).toMatchObject({ email: withdrawn });
    expect(rows[4].before).toMatchObject({ member: s.staff.user.name, email: s.staff.user.email, role: "STAFF" });
  });
});

describe("who may change the team", () => {
  it("staff can't invite, withdraw or remove", async () => {
    const email = freshEmail("boi-nhan-vien");
    expect(await inviteMember({ sellerId: a.seller.id, actorId: a.staff.user.id, email, origin: ORIGIN })).toEqual({ ok: false, reason: "not_owner" });
    expect(await prisma.sellerInvitation.count({ where: { email } })).toBe(0);
    expect(await prisma.emailMessage.count({ where: { to: email } })).toBe(0);

    const invited = await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email, origin: ORIGIN });
    if (!invited.ok) throw new Error("not invited");
    expect(await revokeInvitation({ sellerId: a.seller.id, actorId: a.staff.user.id, invitationId: invited.invitationId })).toEqual({ ok: false, reason: "not_owner" });
    expect(await removeMember({ sellerId: a.seller.id, actorId: a.staff.user.id, memberId: a.staffMember.id })).toEqual({ ok: false, reason: "not_owner" });
    expect(await removeMember({ sellerId: a.seller.id, actorId: a.staff.user.id, memberId: a.ownerMember.id })).toEqual({ ok: false, reason: "not_owner" });
    expect(await prisma.sellerInvitation.count({ where: { id: invited.invitationId } })).toBe(1);
    expect(await prisma.sellerMember.count({ where: { sellerId: a.seller.id, id: { in: [a.staffMember.id, a.ownerMember.id] } } })).toBe(2);
  });

  it("seller B's owner can't touch seller A's team, even with A's ids", async () => {
    const email = freshEmail("cheo");
    const invited = await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email, origin: ORIGIN });
    if (!invited.ok) throw new Error("not invited");
    // Acting "for A": B's owner is not A's owner.
    expect(await inviteMember({ sellerId: a.seller.id, actorId: b.owner.user.id, email: freshEmail(), origin: ORIGIN })).toEqual({ ok: false, reason: "not_owner" });
    expect(await revokeInvitation({ sellerId: a.seller.id, actorId: b.owner.user.id, invitationId: invited.invitationId })).toEqual({ ok: false, reason: "not_owner" });
    expect(await removeMember({ sellerId: a.seller.id, actorId: b.owner.user.id, memberId: a.staffMember.id })).toEqual({ ok: false, reason: "not_owner" });
    // Acting for B with A's ids: nothing of A's is found.
    expect(await revokeInvitation({ sellerId: b.seller.id, actorId: b.owner.user.id, invitationId: invited.invitationId })).toEqual({ ok: false, reason: "not_found" });
    expect(await removeMember({ sellerId: b.seller.id, actorId: b.owner.user.id, memberId: a.staffMember.id })).toEqual({ ok: false, reason: "not_found" });
    expect(await prisma.sellerInvitation.count({ where: { id: invited.invitationId } })).toBe(1);
    expect(await prisma.sellerMember.count({ where: { id: a.staffMember.id } })).toBe(1);
    expect((await listTeam(b.seller.id)).members.map((m) => m.email)).not.toContain(a.staff.user.email);
  });

  it("the last owner can't be removed; a staff member can", async () => {
    const s = await shop();
    expect(await removeMember({ sellerId: s.seller.id, actorId: s.owner.user.id, memberId: s.ownerMember.id })).toEqual({ ok: false, reason: "last_owner" });
    // With a second owner, owners still aren't removed here.
    const coOwner = await createUser();
    await addSellerMember(coOwner.id, s.seller.id, "OWNER");
    expect(await removeMember({ sellerId: s.seller.id, actorId: coOwner.id, memberId: s.ownerMember.id })).toEqual({ ok: false, reason: "not_staff" });
    expect(await prisma.sellerMember.count({ where: { sellerId: s.seller.id, role: "OWNER" } })).toBe(2);

    expect(await removeMember({ sellerId: s.seller.id, actorId: s.owner.user.id, memberId: s.staffMember.id })).toEqual({ ok: true });
    expect(await prisma.sellerMember.count({ where: { id: s.staffMember.id } })).toBe(0);
    const team = await listTeam(s.seller.id);
    expect(team.members.map((m) => m.role)).toEqual(["OWNER", "OWNER"]);
  });
});

describe("/seller/team", () => {
  const post = (cookie: string, fields: Record<string, string>, query = "") => call<{ refusal?: string | null; result?: { error?: Record<string, string[]> } }>(teamRoute.action, formRequest(`/seller/team${query}`, fields, { cookie }));

  it("lists members and invitations for any member; only the owner gets forms", async () => {
    const asOwner = await call<{ canManage: boolean; members: { email: string; role: string }[] }>(teamRoute.loader, getRequest("/seller/team", a.owner.cookie));
    expect(asOwner.status).toBe(200);
    expect(asOwner.data?.canManage).toBe(true);
    expect(asOwner.data?.members).toEqual(expect.arrayContaining([expect.objectContaining({ email: a.owner.user.email, role: "OWNER" }), expect.objectContaining({ email: a.staff.user.email, role: "STAFF" })]));
    const asStaff = await call<{ canManage: boolean }>(teamRoute.loader, getRequest("/seller/team", a.staff.cookie));
    expect(asStaff.status).toBe(200);
    expect(asStaff.data?.canManage).toBe(false);
  });

  it("the owner invites through the form; a bad or duplicate email comes back next to the field", async () => {
    const email = freshEmail("qua-form");
    const ok = await post(a.owner.cookie, { intent: "invite", email: ` ${email.toUpperCase()}` });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/seller/team?done=invited");
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail.text).toContain("http://localhost/invitations/");

    const bad = await post(a.owner.cookie, { intent: "invite", email: "khong-phai-email" });
    expect(bad.status).toBe(400);
    expect(bad.data?.result?.error?.email).toEqual(["errors.emailInvalid"]);
    const dup = await post(a.owner.cookie, { intent: "invite", email });
    expect(dup.status).toBe(409);
    expect(dup.data?.result?.error?.email).toEqual(["errors.alreadyInvited"]);
  });

  it("staff posting anything get 403 with the reason, and nothing changes", async () => {
    const email = freshEmail("staff-post");
    const invite = await post(a.staff.cookie, { intent: "invite", email });
    expect(invite.status).toBe(403);
    expect(invite.data?.refusal).toBe("not_owner");
    expect(await prisma.sellerInvitation.count({ where: { email } })).toBe(0);
    const remove = await post(a.staff.cookie, { intent: "remove", id: a.staffMember.id });
    expect(remove.status).toBe(403);
    expect(await prisma.sellerMember.count({ where: { id: a.staffMember.id } })).toBe(1);
  });

  it("seller B's owner posting A's ids gets 404 and changes nothing", async () => {
    const r = await post(b.owner.cookie, { intent: "remove", id: a.staffMember.id });
    expect(r.status).toBe(404);
    expect(await prisma.sellerMember.count({ where: { id: a.staffMember.id } })).toBe(1);
    // Naming seller A in the URL: not a member → 404 from the guard.
    const viaQuery = await post(b.owner.cookie, { intent: "remove", id: a.staffMember.id }, `?seller=${a.seller.slug}`);
    expect(viaQuery.status).toBe(404);
  });

  it("a suspended seller's owner can read but not invite", async () => {
    const s = await shop("SUSPENDED");
    expect((await call(teamRoute.loader, getRequest("/seller/team", s.owner.cookie))).status).toBe(200);
    const email = freshEmail("tam-ngung");
    const r = await post(s.owner.cookie, { intent: "invite", email });
    expect(r.status).toBe(403);
    expect(await prisma.sellerInvitation.count({ where: { email } })).toBe(0);
  });
});

describe("/invitations/:token", () => {
  it("asks an anonymous visitor to log in and come back", async () => {
    const r = await call(invitationRoute.loader, getRequest("/invitations/abc"), { token: "abc" });
    expect(r.status).toBe(302);
    expect(r.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent("/invitations/abc")}`);
  });

  it("404 for an unknown token; the wrong user is refused; the invitee accepts and lands in the portal", async () => {
    const stranger = await createTestUser();
    const unknown = await call(invitationRoute.loader, getRequest(`/invitations/${"z".repeat(43)}`, stranger.cookie), { token: "z".repeat(43) });
    expect(unknown.status).toBe(404);

    const email = freshEmail("route-accept");
    await inviteMember({ sellerId: a.seller.id, actorId: a.owner.user.id, email, origin: ORIGIN });
    const token = await tokenSentTo(email);
    const seen = await call<{ forMe: boolean; invitedEmail: string; seller: { name: string } }>(invitationRoute.loader, getRequest(`/invitations/${token}`, stranger.cookie), { token });
    expect(seen.status).toBe(200);
    expect(seen.data).toMatchObject({ forMe: false, seller: { name: a.seller.name } });
    expect(seen.data?.invitedEmail).not.toBe(email); // masked for someone else
    const wrong = await call<{ refusal: string }>(invitationRoute.action, formRequest(`/invitations/${token}`, {}, { cookie: stranger.cookie }), { token });
    expect(wrong.status).toBe(403);
    expect(wrong.data?.refusal).toBe("wrong_user");

    const invitee = await createTestUser({ email });
    const accepted = await call(invitationRoute.action, formRequest(`/invitations/${token}`, {}, { cookie: invitee.cookie }), { token });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("Location")).toBe(`/seller?seller=${a.seller.slug}`);
    const again = await call(invitationRoute.action, formRequest(`/invitations/${token}`, {}, { cookie: invitee.cookie }), { token });
    expect(again.status).toBe(302);
    expect(await prisma.sellerMember.count({ where: { sellerId: a.seller.id, userId: invitee.user.id, role: "STAFF" } })).toBe(1);

    // As a member now, the team page shows them as staff with no forms.
    const page = await call<{ canManage: boolean }>(teamRoute.loader, getRequest(`/seller/team?seller=${a.seller.slug}`, invitee.cookie));
    expect(page.status).toBe(200);
    expect(page.data?.canManage).toBe(false);
  });
});
