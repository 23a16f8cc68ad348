import fs from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { file, pdfBytes, pngBytes, useTemporaryUploads } from "~/modules/products/testing.server";
import { createSeller } from "../../../prisma/factories";
import { parseDayMonthYear } from "./schemas";
import { inspectScan, scanPath, submitCertificate, validity } from "./submit.server";

let uploads: Awaited<ReturnType<typeof useTemporaryUploads>>;
beforeAll(async () => {
  uploads = await useTemporaryUploads();
});
afterAll(() => uploads.restore());

describe("dates", () => {
  it.each([
    ["15/03/2024", "2024-03-15"],
    ["5/3/2024", "2024-03-05"],
    ["29/02/2024", "2024-02-29"],
    ["2024-03-15", "2024-03-15"],
    ["29/02/2023", null],
    ["31/04/2024", null],
    ["03-15-2024", null],
    ["hôm qua", null],
  ])("%s → %s", (raw, expected) => {
    expect(parseDayMonthYear(raw)).toBe(expected);
  });

  it("warns 60 days ahead and calls an expiry date expired from its first day (Vietnam time)", () => {
    const now = new Date("2026-01-01T03:00:00Z"); // 10:00 in Vietnam
    expect(validity("2026-03-03", now)).toEqual({ state: "valid", daysLeft: 61 });
    expect(validity("2026-03-02", now)).toEqual({ state: "expiring", daysLeft: 60 });
    expect(validity("2026-01-02", now)).toEqual({ state: "expiring", daysLeft: 1 });
    expect(validity("2026-01-01", now)).toEqual({ state: "expired", daysLeft: 0 });
    // 18:00 UTC on 31 Dec is already 1 January in Vietnam.
    expect(validity("2026-01-01", new Date("2025-12-31T18:00:00Z")).state).toBe("expired");
    expect(validity("2026-01-01", new Date("2025-12-31T16:00:00Z")).state).toBe("expiring");
  });
});

describe("scans", () => {
  it("accepts PDFs and pictures by their bytes, not their names", async () => {
    expect(await inspectScan(file(pdfBytes(), "qd.jpg"))).toMatchObject({ ok: true, ext: "pdf" });
    expect(await inspectScan(file(await pngBytes(), "qd.pdf"))).toMatchObject({ ok: true, ext: "png" });
    expect(await inspectScan(file("<script>alert(1)</script>", "qd.pdf"))).toEqual({ ok: false, problem: "errors.scanType" });
    expect(await inspectScan(file(Buffer.alloc(10 * 1024 * 1024 + 1), "big.pdf"))).toEqual({ ok: false, problem: "errors.scanTooLarge" });
    expect(await inspectScan(undefined)).toEqual({ ok: false, problem: "errors.scanRequired" });
  });

  it("keys cannot leave the private folder", () => {
    expect(() => scanPath("../../etc/passwd")).toThrow();
    expect(() => scanPath("certificates/abc/../../x.pdf")).toThrow();
    expect(() => scanPath("products/abc/12345678.pdf")).toThrow();
    expect(scanPath("certificates/abc/abcdefgh.pdf")).toBe(`${uploads.dir}/.private/certificates/abc/abcdefgh.pdf`);
  });
});

describe("submitCertificate", () => {
  it("stores a PENDING certificate expiring 36 months after its date, with the scan on disk", async () => {
    const seller = await createSeller();
    const now = new Date("2026-06-01T00:00:00Z");
    const result = await submitCertificate({
      sellerId: seller.id,
      now,
      input: { productName: "Trà mãng cầu", decisionNumber: "88/QĐ-UBND", issuingAuthority: "UBND tỉnh Tây Ninh", issuedAt: "2024-02-29", stars: 3, groupSlug: "do-uong", scan: file(pdfBytes(), "qd.pdf") },
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const cert = await prisma.ocopCertificate.findUniqueOrThrow({ where: { id: result.certificateId } });
    expect(cert.status).toBe("PENDING");
    expect(cert.expiresAt.toISOString().slice(0, 10)).toBe("2027-02-28");
    expect((await fs.readFile(scanPath(cert.scanPath!))).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("refuses a date in the future and a certificate already expired", async () => {
    const seller = await createSeller();
    const now = new Date("2026-06-01T00:00:00Z");
    const base = { productName: "X", decisionNumber: "1", issuingAuthority: "U", stars: 4, groupSlug: "thuc-pham" as const, scan: file(pdfBytes(), "a.pdf") };
    expect(await submitCertificate({ sellerId: seller.id, now, input: { ...base, issuedAt: "2026-06-02" } })).toEqual({ ok: false, fieldErrors: { issuedAt: ["errors.issuedAtFuture"] } });
    expect(await submitCertificate({ sellerId: seller.id, now, input: { ...base, issuedAt: "2023-06-01" } })).toEqual({ ok: false, fieldErrors: { issuedAt: ["errors.certificateExpired"] } });
    expect(await prisma.ocopCertificate.count({ where: { sellerId: seller.id } })).toBe(0);
  });
});
