// A seller adds its OCOP certificates (decision, authority, date, stars,
// group, scan); an admin verifies or rejects them (review.server.ts). The
// scan is a legal document, not a public picture: it is kept under the
// uploads volume in `.private/` (server.js serves /media with dotfiles
// denied, so no URL reaches it) and is served only by a route that checks
// membership or the admin role (getCertificateScan).
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { CertificateStatus } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { CERTIFICATE_VALIDITY_MONTHS } from "~/lib/ocop";
import { uploadsDir } from "~/lib/storage.server";
import { TIME_ZONE } from "~/lib/format";
import { SCAN_MAX_BYTES, type CertificateFormInput } from "./schemas";

export const EXPIRY_WARNING_DAYS = 60;

// ───────────────────────────── private files ─────────────────────────────

const PRIVATE_DIR = ".private";
const KEY = /^certificates\/[A-Za-z0-9_-]{1,40}\/[A-Za-z0-9_-]{8,40}\.(pdf|jpg|png|webp)$/;
const CONTENT_TYPES = { pdf: "application/pdf", jpg: "image/jpeg", png: "image/png", webp: "image/webp" } as const;
type ScanExt = keyof typeof CONTENT_TYPES;

/** The absolute path of a private scan key; refuses anything but the one shape scans have. */
export function scanPath(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid scan key: ${JSON.stringify(key)}`);
  const root = path.join(uploadsDir(), PRIVATE_DIR);
  const full = path.resolve(root, ...key.split("/"));
  if (!full.startsWith(root + path.sep)) throw new Error(`invalid scan key: ${JSON.stringify(key)}`);
  return full;
}

export type ScanProblem = "errors.scanTooLarge" | "errors.scanType" | "errors.scanRequired";

/** PDF (by its header) or a JPEG/PNG/WebP picture (by sharp); anything else is refused. */
export async function inspectScan(file: File | undefined): Promise<{ ok: true; buffer: Buffer; ext: ScanExt } | { ok: false; problem: ScanProblem }> {
  if (!file || file.size === 0) return { ok: false, problem: "errors.scanRequired" };
  if (file.size > SCAN_MAX_BYTES) return { ok: false, problem: "errors.scanTooLarge" };
  const buffer = Buffer.from(await file.arrayBuffer());
  // The PDF header may follow a little junk, but must be within the first kilobyte.
  if (buffer.subarray(0, 1024).includes("%PDF-")) return { ok: true, buffer, ext: "pdf" };
  try {
    const meta = await sharp(buffer, { limitInputPixels: 100_000_000 }).metadata();
    const ext = meta.format === "jpeg" ? "jpg" : meta.format === "png" ? "png" : meta.format === "webp" ? "webp" : null;
    if (ext && meta.width && meta.height) return { ok: true, buffer, ext };
  } catch {
    // not an image
  }
  return { ok: false, problem: "errors.scanType" };
}

async function writeScan(key: string, data: Buffer): Promise<void> {
  const target = scanPath(key);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temp, data);
  await fs.rename(temp, target);
}

// ───────────────────────────── dates ─────────────────────────────

function addMonthsUtc(isoDate: string, months: number): Date {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // 29 Feb + 36 months → 28 Feb (not 1 March).
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** Today in Vietnam as YYYY-MM-DD (certificates expire at the start of their expiry date there). */
export function vietnamToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export type Validity = { state: "valid" | "expiring" | "expired"; daysLeft: number };

export function validity(expiresAt: Date | string, now = new Date()): Validity {
  const expiry = typeof expiresAt === "string" ? expiresAt.slice(0, 10) : expiresAt.toISOString().slice(0, 10);
  const today = vietnamToday(now);
  const daysLeft = Math.round((Date.parse(`${expiry}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return { state: daysLeft <= 0 ? "expired" : daysLeft <= EXPIRY_WARNING_DAYS ? "expiring" : "valid", daysLeft };
}

// ───────────────────────────── reads ─────────────────────────────

export type SellerCertificate = {
  id: string;
  productName: string;
  decisionNumber: string;
  issuingAuthority: string;
  issuedAt: string;
  expiresAt: string;
  stars: number;
  groupSlug: string;
  status: CertificateStatus;
  statusReason: string | null;
  hasScan: boolean;
  productCount: number;
  validity: Validity;
};

export async function listSellerCertificates(sellerId: string, now = new Date()): Promise<SellerCertificate[]> {
  const rows = await prisma.ocopCertificate.findMany({
    where: { sellerId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      productName: true,
      decisionNumber: true,
      issuingAuthority: true,
      issuedAt: true,
      expiresAt: true,
      stars: true,
      groupSlug: true,
      status: true,
      statusReason: true,
      scanPath: true,
      _count: { select: { products: { where: { sellerId } } } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    productName: c.productName,
    decisionNumber: c.decisionNumber,
    issuingAuthority: c.issuingAuthority,
    issuedAt: c.issuedAt.toISOString().slice(0, 10),
    expiresAt: c.expiresAt.toISOString().slice(0, 10),
    stars: c.stars,
    groupSlug: c.groupSlug,
    status: c.status,
    statusReason: c.statusReason,
    hasScan: Boolean(c.scanPath),
    productCount: c._count.products,
    validity: validity(c.expiresAt, now),
  }));
}

// ───────────────────────────── write ─────────────────────────────

export type SubmitResult = { ok: true; certificateId: string } | { ok: false; fieldErrors: Partial<Record<keyof CertificateFormInput, string[]>> };

/** Adds a PENDING certificate with its scan; expiry = issue date + 36 months. */
export async function submitCertificate({ sellerId, input, now = new Date() }: { sellerId: string; input: CertificateFormInput; now?: Date }): Promise<SubmitResult> {
  const fieldErrors: Partial<Record<keyof CertificateFormInput, string[]>> = {};
  const today = vietnamToday(now);
  const expiresAt = addMonthsUtc(input.issuedAt, CERTIFICATE_VALIDITY_MONTHS);
  if (input.issuedAt > today) fieldErrors.issuedAt = ["errors.issuedAtFuture"];
  else if (expiresAt.toISOString().slice(0, 10) <= today) fieldErrors.issuedAt = ["errors.certificateExpired"];
  const scan = await inspectScan(input.scan);
  if (!scan.ok) fieldErrors.scan = [scan.problem];
  if (Object.keys(fieldErrors).length || !scan.ok) return { ok: false, fieldErrors };

  const key = `certificates/${sellerId}/${crypto.randomBytes(12).toString("base64url").replace(/[^A-Za-z0-9]/g, "x")}.${scan.ext}`;
  await writeScan(key, scan.buffer);
  try {
    const certificate = await prisma.ocopCertificate.create({
      data: {
        sellerId,
        productName: input.productName,
        decisionNumber: input.decisionNumber,
        issuingAuthority: input.issuingAuthority,
        issuedAt: new Date(`${input.issuedAt}T00:00:00Z`),
        expiresAt,
        stars: input.stars,
        groupSlug: input.groupSlug,
        scanPath: key,
        status: "PENDING",
      },
      select: { id: true },
    });
    return { ok: true, certificateId: certificate.id };
  } catch (error) {
    await fs.rm(scanPath(key), { force: true }).catch(() => undefined);
    throw error;
  }
}

// ───────────────────────────── serving the scan ─────────────────────────────

export type ScanFile = { body: Buffer; contentType: string; filename: string };

/**
 * The scan of a certificate, for a member of its seller or an admin; null when the
 * certificate is not theirs (or has no scan) — the route answers 404 either way.
 */
export async function getCertificateScan(certificateId: string, viewer: { isAdmin: boolean; sellerIds: string[] }): Promise<ScanFile | null> {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(certificateId)) return null;
  if (!viewer.isAdmin && viewer.sellerIds.length === 0) return null;
  const certificate = await prisma.ocopCertificate.findFirst({
    where: { id: certificateId, ...(viewer.isAdmin ? {} : { sellerId: { in: viewer.sellerIds } }) },
    select: { scanPath: true, decisionNumber: true },
  });
  if (!certificate?.scanPath || !KEY.test(certificate.scanPath)) return null;
  try {
    const body = await fs.readFile(scanPath(certificate.scanPath));
    const ext = certificate.scanPath.split(".").pop() as ScanExt;
    const safeName = certificate.decisionNumber.normalize("NFD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "giay-chung-nhan";
    return { body, contentType: CONTENT_TYPES[ext], filename: `ocop-${safeName}.${ext}` };
  } catch {
    return null;
  }
}
