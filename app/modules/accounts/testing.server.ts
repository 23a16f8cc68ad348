// Helpers for tests that need users, sessions and route results (used here and by other modules'
// route tests). Not imported by application code.
import type { SellerRole, UserRole } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { hashPassword } from "./password.server";
import { createSession } from "./session.server";

export const TEST_PASSWORD = "ocop-demo-2026";

/** The database, for route tests' assertions (route files themselves never touch it). */
export { prisma as db };

let seq = 0;
/** A unique, already-normalised email. */
export function testEmail(prefix = "user"): string {
  return `${prefix}-${process.pid}-${Date.now()}-${++seq}@example.com`;
}

let cachedHash: Promise<string> | undefined;

/** A user (password TEST_PASSWORD) and a logged-in Cookie header value for them. */
export async function createTestUser(options: { role?: UserRole; email?: string; name?: string } = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = await prisma.user.create({
    data: { email: options.email ?? testEmail(), name: options.name ?? "Người dùng thử", passwordHash: await cachedHash, role: options.role ?? "SHOPPER" },
  });
  const session = await createSession(user.id, { ipAddress: "127.0.0.1", userAgent: "vitest" });
  return { user, session, cookie: cookieHeader(session.cookie) };
}

export async function addSellerMember(userId: string, sellerId: string, role: SellerRole = "OWNER") {
  return prisma.sellerMember.create({ data: { userId, sellerId, role } });
}

/** "__session=…; Path=/; HttpOnly…" (Set-Cookie) → "__session=…" (Cookie). */
export function cookieHeader(setCookie: string): string {
  return setCookie.split(";")[0];
}

export function formRequest(url: string, fields: Record<string, string>, init: { cookie?: string; headers?: Record<string, string> } = {}): Request {
  const body = new URLSearchParams(fields);
  return new Request(url.startsWith("http") ? url : `http://localhost${url}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(init.cookie ? { Cookie: init.cookie } : {}), ...init.headers },
  });
}

export function getRequest(url: string, cookie?: string): Request {
  return new Request(url.startsWith("http") ? url : `http://localhost${url}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export type RouteResult<T = unknown> = { status: number; headers: Headers; data: T | undefined; response: Response | null };

/**
 * Runs a loader/action and normalises what it returned or threw: a Response (redirect, error)
 * or Remix's `data(...)` object.
 */
export async function runRoute<T = unknown>(fn: () => Promise<unknown>): Promise<RouteResult<T>> {
  let value: unknown;
  try {
    value = await fn();
  } catch (error) {
    value = error;
    if (!(error instanceof Response) && !isDataWithInit(error)) throw error;
  }
  if (value instanceof Response) return { status: value.status, headers: value.headers, data: undefined, response: value };
  if (isDataWithInit(value)) {
    return { status: value.init?.status ?? 200, headers: new Headers(value.init?.headers), data: value.data as T, response: null };
  }
  return { status: 200, headers: new Headers(), data: value as T, response: null };
}

function isDataWithInit(value: unknown): value is { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null } {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}

/** A seller with the minimum a row needs; REJECTED/SUSPENDED get a reason (a CHECK constraint requires one). */
export async function createTestSeller(status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" = "APPROVED", statusReason?: string) {
  const ward = await prisma.ward.findFirstOrThrow({ select: { code: true, provinceCode: true } });
  const i = ++seq;
  return prisma.seller.create({
    data: {
      slug: `htx-test-${process.pid}-${Date.now()}-${i}`,
      name: `HTX Thử Nghiệm ${i}`,
      kind: "COOPERATIVE",
      taxCode: String(1_000_000_000 + i),
      representative: "Nguyễn Văn A",
      phone: "0901234567",
      email: `htx-${i}@example.com`,
      provinceCode: ward.provinceCode,
      wardCode: ward.code,
      addressLine: "Ấp Mỹ Phú",
      bankBin: "970436",
      bankAccountNo: "0123456789",
      bankAccountName: "HTX THU NGHIEM",
      status,
      statusReason: statusReason ?? (status === "REJECTED" || status === "SUSPENDED" ? "Giấy phép kinh doanh hết hạn" : null),
    },
  });
}
