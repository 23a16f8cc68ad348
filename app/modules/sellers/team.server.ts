// A seller's team: members (OWNER | STAFF) and invitations by email.
//
// The owner invites an email address; the invitee gets a link with a random
// token (32 bytes, base64url) that exists only in the email — the database keeps
// its SHA-256, so a leaked table grants nothing. Accepting needs a logged-in user
// with that email, within INVITATION_TTL_DAYS, and is idempotent. Who may do what
// is checked here against the database (not only in the route), and every query
// carries the seller in its WHERE. docs/decisions/0017-seller-team-and-settings.md.
import crypto from "node:crypto";
import { Prisma, type SellerRole } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n/i18n";
import { recordAudit } from "~/modules/audit/index.server";
import { deliverEmail, queueEmail } from "~/modules/notifications/index.server";
import { INVITATION_TTL_DAYS } from "./team-schemas";

const DAY_MS = 86_400_000;

/** A fresh invitation token: 32 random bytes, base64url (43 characters). */
export function newInvitationToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** What the database stores instead of the token. */
export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export function invitationExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_TTL_DAYS * DAY_MS);
}

/** The actor's role in this seller (read now, not from the session), or null for a non-member. */
async function roleOf(db: Tx, sellerId: string, userId: string): Promise<SellerRole | null> {
  const member = await db.sellerMember.findFirst({ where: { sellerId, userId }, select: { role: true } });
  return member?.role ?? null;
}

// ───────────────────────────── reading ─────────────────────────────

export type TeamMember = { id: string; userId: string; name: string; email: string; role: SellerRole; since: Date };
export type PendingInvitation = { id: string; email: string; role: SellerRole; createdAt: Date; expiresAt: Date; expired: boolean };
export type Team = { members: TeamMember[]; invitations: PendingInvitation[] };

/** Members (owners first, then by date joined) and invitations not yet accepted. */
export async function listTeam(sellerId: string, now = new Date()): Promise<Team> {
  const [members, invitations] = await Promise.all([
    prisma.sellerMember.findMany({
      where: { sellerId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
    }),
    prisma.sellerInvitation.findMany({
      where: { sellerId, acceptedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true, email: true, role: true, createdAt: true },
    }),
  ]);
  return {
    members: members.map((m) => ({ id: m.id, userId: m.userId, name: m.user.name, email: m.user.email, role: m.role, since: m.createdAt })),
    invitations: invitations.map((i) => {
      const expiresAt = invitationExpiresAt(i.createdAt);
      return { ...i, expiresAt, expired: expiresAt <= now };
    }),
  };
}

// ───────────────────────────── inviting ─────────────────────────────

export type TeamRefusal = "not_owner" | "already_member" | "already_invited" | "not_found" | "not_staff" | "last_owner";
export type InviteResult = { ok: true; invitationId: string; emailId: string } | { ok: false; reason: TeamRefusal };

function invitationEmail(input: { to: string; sellerName: string; inviterName: string; link: string }) {
  const t = getFixedT("vi", "team");
  const params = { seller: input.sellerName, inviter: input.inviterName, link: input.link, days: INVITATION_TTL_DAYS };
  return { to: input.to, subject: t("email.invite.subject", params), text: t("email.invite.text", params) };
}

/**
 * The owner invites `email` (already normalised by inviteSchema) as STAFF. Refused for a
 * non-owner, an existing member, or an invitation still pending. An expired (or used, then the
 * member removed) invitation for the same address is replaced by a new token.
 * `origin` is the site's absolute origin for the link in the email.
 */
export async function inviteMember(input: { sellerId: string; actorId: string; email: string; origin: string; now?: Date; ipAddress?: string | null }): Promise<InviteResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const token = newInvitationToken();
  const outcome = await prisma.$transaction(async (tx): Promise<InviteResult> => {
    const actor = await tx.sellerMember.findFirst({
      where: { sellerId: input.sellerId, userId: input.actorId },
      select: { role: true, user: { select: { name: true } }, seller: { select: { name: true } } },
    });
    if (actor?.role !== "OWNER") return { ok: false, reason: "not_owner" };
    const member = await tx.sellerMember.findFirst({ where: { sellerId: input.sellerId, user: { email: { equals: email, mode: "insensitive" } } }, select: { id: true } });
    if (member) return { ok: false, reason: "already_member" };
    const existing = await tx.sellerInvitation.findFirst({ where: { sellerId: input.sellerId, email }, select: { id: true, createdAt: true, acceptedAt: true } });
    if (existing && !existing.acceptedAt && invitationExpiresAt(existing.createdAt) > now) return { ok: false, reason: "already_invited" };
    const data = { token: hashInvitationToken(token), role: "STAFF" as const, createdAt: now, acceptedAt: null };
    let invitationId: string;
    try {
      invitationId = existing
        ? (await tx.sellerInvitation.update({ where: { id: existing.id, sellerId: input.sellerId }, data, select: { id: true } })).id
        : (await tx.sellerInvitation.create({ data: { ...data, sellerId: input.sellerId, email }, select: { id: true } })).id;
    } catch (error) {
      // Two owners inviting the same address at once: the unique (seller, email) decides.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "already_invited" };
      throw error;
    }
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "team.invite",
      entityType: "seller",
      entityId: input.sellerId,
      after: { name: actor.seller.name, email, role: "STAFF" },
      ipAddress: input.ipAddress,
    });
    const link = `${input.origin.replace(/\/+$/, "")}/invitations/${token}`;
    const message = await queueEmail(tx, invitationEmail({ to: email, sellerName: actor.seller.name, inviterName: actor.user.name, link }));
    return { ok: true, invitationId, emailId: message.id };
  });
  // After commit: a slow or absent mail server never undoes the invitation.
  if (outcome.ok) await deliverEmail(outcome.emailId);
  return outcome;
}

/** The owner withdraws an invitation not yet accepted (its link stops working). */
export async function revokeInvitation(input: { sellerId: string; actorId: string; invitationId: string; ipAddress?: string | null }): Promise<{ ok: true } | { ok: false; reason: TeamRefusal }> {
  return prisma.$transaction(async (tx) => {
    if ((await roleOf(tx, input.sellerId, input.actorId)) !== "OWNER") return { ok: false as const, reason: "not_owner" as const };
    const invitation = await tx.sellerInvitation.findFirst({
      where: { id: input.invitationId, sellerId: input.sellerId, acceptedAt: null },
      select: { email: true, role: true, seller: { select: { name: true } } },
    });
    const { count } = await tx.sellerInvitation.deleteMany({ where: { id: input.invitationId, sellerId: input.sellerId, acceptedAt: null } });
    if (count !== 1 || !invitation) return { ok: false as const, reason: "not_found" as const };
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "team.revoke_invitation",
      entityType: "seller",
      entityId: input.sellerId,
      before: { name: invitation.seller.name, email: invitation.email, role: invitation.role },
      ipAddress: input.ipAddress,
    });
    return { ok: true as const };
  });
}

/**
 * The owner removes a STAFF member. Owners are not removed here (and the last owner never:
 * a seller without an owner could not change its bank account or invite anyone again).
 */
export async function removeMember(input: { sellerId: string; actorId: string; memberId: string; ipAddress?: string | null }): Promise<{ ok: true } | { ok: false; reason: TeamRefusal }> {
  return prisma.$transaction(async (tx) => {
    if ((await roleOf(tx, input.sellerId, input.actorId)) !== "OWNER") return { ok: false as const, reason: "not_owner" as const };
    const target = await tx.sellerMember.findFirst({
      where: { id: input.memberId, sellerId: input.sellerId },
      select: { id: true, role: true, user: { select: { name: true, email: true } }, seller: { select: { name: true } } },
    });
    if (!target) return { ok: false as const, reason: "not_found" as const };
    if (target.role === "OWNER") {
      const owners = await tx.sellerMember.count({ where: { sellerId: input.sellerId, role: "OWNER" } });
      return { ok: false as const, reason: owners <= 1 ? ("last_owner" as const) : ("not_staff" as const) };
    }
    // Conditional on the role, so a concurrent change of role can't make this remove an owner.
    const { count } = await tx.sellerMember.deleteMany({ where: { id: target.id, sellerId: input.sellerId, role: "STAFF" } });
    if (count !== 1) return { ok: false as const, reason: "not_found" as const };
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "team.remove_member",
      entityType: "seller",
      entityId: input.sellerId,
      before: { name: target.seller.name, member: target.user.name, email: target.user.email, role: target.role },
      ipAddress: input.ipAddress,
    });
    return { ok: true as const };
  });
}

// ───────────────────────────── accepting ─────────────────────────────

export type InvitationState = "pending" | "expired" | "accepted";
export type InvitationView = { email: string; role: SellerRole; seller: { name: string; slug: string }; expiresAt: Date; state: InvitationState };

function stateOf(invitation: { createdAt: Date; acceptedAt: Date | null }, now: Date): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  return invitationExpiresAt(invitation.createdAt) <= now ? "expired" : "pending";
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,100}$/;

/** The invitation a link's token names, or null (unknown, revoked, malformed). */
export async function getInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await prisma.sellerInvitation.findUnique({
    where: { token: hashInvitationToken(token) },
    select: { email: true, role: true, createdAt: true, acceptedAt: true, seller: { select: { name: true, slug: true } } },
  });
  if (!row) return null;
  return { email: row.email, role: row.role, seller: row.seller, expiresAt: invitationExpiresAt(row.createdAt), state: stateOf(row, now) };
}

export type AcceptRefusal = "not_found" | "wrong_user" | "expired" | "already_used";
export type AcceptResult = { ok: true; sellerSlug: string; alreadyAccepted: boolean } | { ok: false; reason: AcceptRefusal };

/**
 * The logged-in user accepts: their email must be the invitation's. One transaction creates
 * the STAFF membership and marks the invitation accepted; a second accept by the same user
 * changes nothing. Someone who already belongs to the seller keeps their role.
 */
export async function acceptInvitation(input: { token: string; user: { id: string; email: string }; now?: Date; ipAddress?: string | null }): Promise<AcceptResult> {
  const now = input.now ?? new Date();
  if (!TOKEN_SHAPE.test(input.token)) return { ok: false, reason: "not_found" };
  const tokenHash = hashInvitationToken(input.token);
  return prisma.$transaction(async (tx): Promise<AcceptResult> => {
    const invitation = await tx.sellerInvitation.findUnique({
      where: { token: tokenHash },
      select: { id: true, sellerId: true, email: true, role: true, createdAt: true, acceptedAt: true, seller: { select: { slug: true, name: true } } },
    });
    if (!invitation) return { ok: false, reason: "not_found" };
    if (invitation.email.toLowerCase() !== input.user.email.trim().toLowerCase()) return { ok: false, reason: "wrong_user" };
    const isMember = (await roleOf(tx, invitation.sellerId, input.user.id)) !== null;
    if (invitation.acceptedAt) {
      return isMember ? { ok: true, sellerSlug: invitation.seller.slug, alreadyAccepted: true } : { ok: false, reason: "already_used" };
    }
    if (invitationExpiresAt(invitation.createdAt) <= now) return { ok: false, reason: "expired" };
    // Only one accept wins the row; a concurrent second one sees count 0 and answers as a repeat.
    const { count } = await tx.sellerInvitation.updateMany({ where: { id: invitation.id, sellerId: invitation.sellerId, acceptedAt: null }, data: { acceptedAt: now } });
    if (count === 0) return { ok: true, sellerSlug: invitation.seller.slug, alreadyAccepted: true };
    if (!isMember) {
      await tx.sellerMember.createMany({ data: [{ sellerId: invitation.sellerId, userId: input.user.id, role: invitation.role }], skipDuplicates: true });
      await recordAudit(tx, {
        actorId: input.user.id,
        action: "team.accept_invitation",
        entityType: "seller",
        entityId: invitation.sellerId,
        after: { name: invitation.seller.name, email: invitation.email, role: invitation.role },
        ipAddress: input.ipAddress,
      });
    }
    return { ok: true, sellerSlug: invitation.seller.slug, alreadyAccepted: isMember };
  });
}
