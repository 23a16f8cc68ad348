// The operator's view of orders: search every order by code, buyer or seller,
// filter by status; one order with its parts, money and full timeline.
import type { OrderStatus, Prisma } from "@prisma/client";
import { prisma } from "~/lib/db.server";

export const ADMIN_ORDERS_PAGE_SIZE = 25;

export type AdminOrderRow = {
  id: string;
  code: string;
  status: OrderStatus;
  paymentMethod: string;
  total: number;
  createdAt: Date;
  buyer: { id: string; name: string; email: string };
  sellers: string[];
};

export type AdminOrderPage = { orders: AdminOrderRow[]; total: number; page: number; pageCount: number };

export type AdminOrderQuery = { q?: string; status?: OrderStatus; page?: number; pageSize?: number };

/** Orders, newest first. `q` matches the order code, the buyer's email or name, or a seller's name. */
export async function searchOrdersForAdmin(query: AdminOrderQuery = {}): Promise<AdminOrderPage> {
  const pageSize = Math.min(Math.max(query.pageSize ?? ADMIN_ORDERS_PAGE_SIZE, 1), 100);
  const q = query.q?.trim();
  const where: Prisma.OrderWhereInput = {
    ...(query.status ? { status: query.status } : {}),
    ...(q
      ? {
          OR: [
            // Codes are typed in any case, with spaces or dashes.
            { code: { contains: q.toUpperCase().replace(/[^A-Z0-9]/g, "") || q } },
            { buyer: { email: { contains: q, mode: "insensitive" } } },
            { buyer: { name: { contains: q, mode: "insensitive" } } },
            { fullName: { contains: q, mode: "insensitive" } },
            { sellerOrders: { some: { seller: { name: { contains: q, mode: "insensitive" } } } } },
          ],
        }
      : {}),
  };
  const total = await prisma.order.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(Math.trunc(query.page ?? 1) || 1, 1), pageCount);
  const orders = await prisma.order.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      code: true,
      status: true,
      paymentMethod: true,
      total: true,
      createdAt: true,
      buyer: { select: { id: true, name: true, email: true } },
      sellerOrders: { orderBy: { createdAt: "asc" }, select: { seller: { select: { name: true } } } },
    },
  });
  return {
    orders: orders.map(({ sellerOrders, ...o }) => ({ ...o, sellers: sellerOrders.map((so) => so.seller.name) })),
    total,
    page,
    pageCount,
  };
}

export type AdminTimelineEntry = {
  id: string;
  status: string;
  note: string | null;
  createdAt: Date;
  sellerName: string | null;
  actor: { id: string; name: string; email: string } | null;
};

/** One order as the operator sees it: everything, with the timeline (who did what, when). Null when unknown. */
export async function getOrderForAdmin(id: string) {
  const order = await prisma.order.findUnique({
    where: { id },
    include: {
      buyer: { select: { id: true, name: true, email: true } },
      sellerOrders: {
        orderBy: { createdAt: "asc" },
        include: { seller: { select: { id: true, name: true, slug: true } }, lines: { orderBy: { id: "asc" } } },
      },
      payments: { orderBy: { createdAt: "asc" } },
      bankTransfers: { orderBy: { transactionAt: "asc" } },
      refunds: { orderBy: { createdAt: "asc" } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { sellerOrder: { select: { seller: { select: { name: true } } } } } },
    },
  });
  if (!order) return null;
  const actorIds = [...new Set(order.events.map((e) => e.actorId).filter((a): a is string => a !== null))];
  const actors = actorIds.length ? await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }) : [];
  const byId = new Map(actors.map((a) => [a.id, a]));
  const timeline: AdminTimelineEntry[] = order.events.map((e) => ({
    id: e.id.toString(),
    status: e.status,
    note: e.note,
    createdAt: e.createdAt,
    sellerName: e.sellerOrder?.seller.name ?? null,
    actor: e.actorId ? (byId.get(e.actorId) ?? { id: e.actorId, name: "", email: "" }) : null,
  }));
  const { events: _events, ...rest } = order;
  return { ...rest, timeline };
}

export type AdminOrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderForAdmin>>>;

/** An order's id from its code as an operator types it (any case, spaces or dashes). */
export async function findOrderIdByCode(code: string): Promise<string | null> {
  const squashed = code.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (!squashed) return null;
  const order = await prisma.order.findUnique({ where: { code: squashed }, select: { id: true } });
  return order?.id ?? null;
}
