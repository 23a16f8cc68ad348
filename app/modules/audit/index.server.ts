// Public entry of the audit module: the append-only record of every admin action.
// `recordAudit` is called with the transaction that makes the change, so the
// change and its audit row commit (or roll back) together. There is no update or
// delete path here, and a database trigger refuses UPDATE/DELETE/TRUNCATE on
// audit_log for anyone else (migration 20261126000100_constraints).
import { Prisma } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import type { AuditAction, AuditEntityType } from "./actions";
import type { JsonValue } from "./diff";

export { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, isAuditAction, type AuditAction, type AuditEntityType } from "./actions";
export { auditChanges, auditUnchanged, type AuditChange, type JsonValue } from "./diff";
export { presentAuditEntries } from "./present.server";

/** Who acted, and from where (clientIp(context) in a route). */
export type AuditActor = { id: string; ipAddress?: string | null };

export type AuditInput = {
  actorId: string | null;
  /** A known action, or a new "<entity>.<verb>" another module introduces. */
  action: AuditAction | (string & {});
  entityType: AuditEntityType | (string & {});
  entityId: string;
  /** Snapshots of the fields the action changed, plus what identifies the entity (its name). */
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  reason?: string | null;
  ipAddress?: string | null;
};

/** Appends one audit row. Call it inside the transaction that makes the change. */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? Prisma.DbNull,
      after: entry.after ?? Prisma.DbNull,
      reason: entry.reason?.trim() || null,
      ipAddress: entry.ipAddress ? entry.ipAddress.slice(0, 100) : null,
    },
  });
}

export type AuditEntry = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  /** A human name for the entity, from its snapshots (name, decision number, email). */
  label: string | null;
  before: JsonValue | null;
  after: JsonValue | null;
  reason: string | null;
  ipAddress: string | null;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
};

export const AUDIT_PAGE_SIZE = 50;

export type AuditQuery = {
  /** Words in the reason, the snapshots (names), the actor, or an exact entity id. Diacritics optional. */
  q?: string;
  action?: string;
  entityType?: string;
  /** The actor's id, or words of their name or email. */
  actor?: string;
  /** YYYY-MM-DD, Vietnam time, inclusive. */
  from?: string;
  to?: string;
  entityId?: string;
  page?: number;
  pageSize?: number;
};

export type AuditPage = { entries: AuditEntry[]; total: number; page: number; pageCount: number; pageSize: number };

type AuditRow = {
  id: bigint;
  action: string;
  entity_type: string;
  entity_id: string;
  before: JsonValue | null;
  after: JsonValue | null;
  reason: string | null;
  ip_address: string | null;
  created_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_email: string | null;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first instant of a Vietnamese calendar day (UTC+7, no daylight saving). */
export function vietnamDayStart(day: string): Date | null {
  if (!DAY.test(day)) return null;
  const date = new Date(`${day}T00:00:00+07:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function labelOf(before: JsonValue | null, after: JsonValue | null): string | null {
  for (const snap of [after, before]) {
    if (snap && typeof snap === "object" && !Array.isArray(snap)) {
      for (const key of ["name", "decisionNumber", "email"]) {
        const value = snap[key];
        if (typeof value === "string" && value) return value;
      }
    }
  }
  return null;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id.toString(),
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    label: labelOf(row.before, row.after),
    before: row.before,
    after: row.after,
    reason: row.reason,
    ipAddress: row.ip_address,
    createdAt: row.created_at,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? "", email: row.actor_email ?? "" } : null,
  };
}

/** The audit log, newest first, filtered and paginated. */
export async function searchAuditLog(query: AuditQuery = {}): Promise<AuditPage> {
  const pageSize = Math.min(Math.max(query.pageSize ?? AUDIT_PAGE_SIZE, 1), 200);
  const conditions: Prisma.Sql[] = [];
  const q = query.q?.trim();
  if (q) {
    const p = likePattern(q.toLowerCase());
    conditions.push(Prisma.sql`(
      a.entity_id = ${q}
      OR a.action = ${q}
      OR lower(f_unaccent(coalesce(a.reason, ''))) LIKE '%' || lower(f_unaccent(${p})) || '%'
      OR lower(f_unaccent(coalesce(a.before::text, '') || ' ' || coalesce(a.after::text, ''))) LIKE '%' || lower(f_unaccent(${p})) || '%'
      OR lower(f_unaccent(coalesce(u.name, ''))) LIKE '%' || lower(f_unaccent(${p})) || '%'
      OR lower(coalesce(u.email, '')) LIKE '%' || ${p} || '%')`);
  }
  if (query.action) conditions.push(Prisma.sql`a.action = ${query.action}`);
  if (query.entityType) conditions.push(Prisma.sql`a.entity_type = ${query.entityType}`);
  if (query.entityId) conditions.push(Prisma.sql`a.entity_id = ${query.entityId}`);
  const actor = query.actor?.trim();
  if (actor) {
    const p = likePattern(actor.toLowerCase());
    conditions.push(Prisma.sql`(
      a.actor_id = ${actor}
      OR lower(f_unaccent(coalesce(u.name, ''))) LIKE '%' || lower(f_unaccent(${p})) || '%'
      OR lower(coalesce(u.email, '')) LIKE '%' || ${p} || '%')`);
  }
  const from = query.from ? vietnamDayStart(query.from) : null;
  if (from) conditions.push(Prisma.sql`a.created_at >= ${from}`);
  const to = query.to ? vietnamDayStart(query.to) : null;
  if (to) conditions.push(Prisma.sql`a.created_at < ${new Date(to.getTime() + 86_400_000)}`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(Math.trunc(query.page ?? 1) || 1, 1), pageCount);
  const rows = await prisma.$queryRaw<AuditRow[]>`
    SELECT a.id, a.action, a.entity_type, a.entity_id, a.before, a.after, a.reason, a.ip_address, a.created_at,
           u.id AS actor_id, u.name AS actor_name, u.email AS actor_email
    FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
    ${where}
    ORDER BY a.created_at DESC, a.id DESC
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  return { entries: rows.map(toEntry), total, page, pageCount, pageSize };
}

/** The latest entries about one entity (for its admin page). */
export async function listAuditForEntity(entityType: string, entityId: string, limit = 20): Promise<AuditEntry[]> {
  const result = await searchAuditLog({ entityType, entityId, pageSize: limit });
  return result.entries;
}
