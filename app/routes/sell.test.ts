import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, createTestUser, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { file, listFiles, multipartRequest, pngBytes, useTemporaryUploads } from "~/modules/products/testing.server";
import { taxCodeWithCheckDigit } from "../../prisma/factories";
import { action, loader } from "./sell";

type Reply = { result: { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } };

let uploads: Awaited<ReturnType<typeof useTemporaryUploads>>;
beforeAll(async () => {
  uploads = await useTemporaryUploads();
});
afterAll(() => uploads.restore());

async function place(provinceCode = "86") {
  const ward = await db.ward.findFirstOrThrow({ where: { provinceCode }, orderBy: { code: "asc" } });
  return { provinceCode, wardCode: ward.code };
}

let n = 0;
/** A valid tax code no other test in this file uses. */
function freshTaxCode(): string {
  for (;;) {
    const code = taxCodeWithCheckDigit(`31${String(process.pid % 1000).padStart(3, "0")}${String(++n).padStart(4, "0")}`);
    if (code) return code;
  }
}

async function validFields(overrides: Record<string, string> = {}) {
  return {
    businessName: "Hợp tác xã Dừa Sáp Cầu Kè",
    kind: "cooperative",
    taxCode: freshTaxCode(),
    representative: "Thạch Văn Sơn",
    phone: "0912 345 678",
    email: "htx-dua@example.com",
    ...(await place()),
    addressLine: "Ấp Trà Mẹt",
    story: "Dừa sáp trồng trên đất giồng cát.",
    bankBin: "970405",
    bankAccountNo: "7606201004512",
    bankAccountName: "HTX DUA SAP CAU KE",
    ...overrides,
  };
}

const submit = (fields: Record<string, string | File>, cookie: string) => runRoute<Reply>(() => action({ request: multipartRequest("/sell", fields, cookie), context: {}, params: {} }));
const load = (cookie?: string, url = "/sell") => runRoute<Awaited<ReturnType<typeof loader>>["data"]>(() => loader({ request: getRequest(url, cookie), context: {}, params: {} }));

describe("/sell", () => {
  it("anonymous visitors are sent to log in", async () => {
    const res = await load();
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2Fsell");
  });

  it("creates a PENDING seller with the applicant as OWNER, and shows it as waiting", async () => {
    const { user, cookie } = await createTestUser();
    const res = await submit({ ...(await validFields({ taxCode: "0100109106" })), logo: file(await pngBytes(200), "logo.png", "image/png") }, cookie);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/sell?submitted=1");

    const seller = await db.seller.findFirstOrThrow({ where: { members: { some: { userId: user.id } } }, include: { members: true } });
    expect(seller).toMatchObject({ status: "PENDING", kind: "COOPERATIVE", taxCode: "0100109106", phone: "0912345678", bankAccountName: "HTX DUA SAP CAU KE", slug: "hop-tac-xa-dua-sap-cau-ke" });
    expect(seller.members).toEqual([expect.objectContaining({ userId: user.id, role: "OWNER" })]);
    // The logo was re-encoded into WebP sizes under the seller's folder.
    expect(seller.logoPath).toMatch(new RegExp(`^sellers/${seller.id}/`));
    expect(await listFiles(uploads.dir)).toEqual(expect.arrayContaining([`${seller.logoPath}-96.webp`, `${seller.logoPath}-192.webp`]));

    const page = await load(cookie);
    expect(page.data?.application).toMatchObject({ status: "PENDING", editable: true, name: "Hợp tác xã Dừa Sáp Cầu Kè" });
  });

  it("refuses a ward outside the chosen province, keeping what was typed", async () => {
    const { user, cookie } = await createTestUser();
    const elsewhere = await place("96");
    const fields = await validFields({ wardCode: elsewhere.wardCode });
    const res = await submit(fields, cookie);
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toEqual({ wardCode: ["errors.wardNotInProvince"] });
    expect(res.data?.result.initialValue).toMatchObject({ businessName: fields.businessName, bankAccountNo: fields.bankAccountNo });
    expect(await db.seller.count({ where: { members: { some: { userId: user.id } } } })).toBe(0);
  });

  it.each([
    ["cooperative", "2200734154", "errors.taxCodeCheckDigit"],
    ["enterprise", "096082005318", "errors.taxCodeFormat"],
    ["household", "12345", "errors.taxCodeHouseholdFormat"],
  ])("refuses a %s with tax code %s", async (kind, taxCode, error) => {
    const { cookie } = await createTestUser();
    const res = await submit(await validFields({ kind, taxCode }), cookie);
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toEqual({ taxCode: [error] });
  });

  it("accepts a household business's 12-digit personal ID and a branch's 13-digit code", async () => {
    const a = await createTestUser();
    expect((await submit(await validFields({ kind: "household", taxCode: "079203004512", businessName: "Hộ kinh doanh Bánh Tét Lá Cẩm" }), a.cookie)).status).toBe(302);
    const b = await createTestUser();
    expect((await submit(await validFields({ kind: "enterprise", taxCode: "2200734153001", businessName: "Chi nhánh Sóc Trăng" }), b.cookie)).status).toBe(302);
    expect(await db.seller.findFirst({ where: { taxCode: "2200734153-001" } })).not.toBeNull();
  });

  it("refuses a bad phone number and a text file passed off as a logo", async () => {
    const { cookie } = await createTestUser();
    const res = await submit({ ...(await validFields({ phone: "0123" })) }, cookie);
    expect(res.data?.result.error).toEqual({ phone: ["errors.phoneInvalid"] });
    const logo = await submit({ ...(await validFields({ taxCode: "2000618294" })), logo: file("not a picture", "logo.jpg", "image/jpeg") }, cookie);
    expect(logo.status).toBe(400);
    expect(logo.data?.result.error).toEqual({ logo: ["errors.imageType"] });
  });

  it("a tax code already used by a live seller is refused", async () => {
    const first = await createTestUser();
    await submit(await validFields({ taxCode: "1400825663" }), first.cookie);
    const second = await createTestUser();
    const res = await submit(await validFields({ taxCode: "1400825663" }), second.cookie);
    expect(res.data?.result.error).toEqual({ taxCode: ["errors.taxCodeTaken"] });
  });

  it("after a rejection the applicant sees the reason, corrects and resubmits → PENDING again", async () => {
    const { user, cookie } = await createTestUser();
    await submit(await validFields({ taxCode: "1600943512" }), cookie);
    const seller = await db.seller.findFirstOrThrow({ where: { members: { some: { userId: user.id } } } });
    await db.seller.update({ where: { id: seller.id }, data: { status: "REJECTED", statusReason: "Thiếu số tài khoản đúng tên hợp tác xã" } });

    const page = await load(cookie);
    expect(page.data?.application).toMatchObject({ status: "REJECTED", statusReason: "Thiếu số tài khoản đúng tên hợp tác xã", editable: true });
    // The form is filled with what was sent, to correct.
    expect(page.data?.defaults).toMatchObject({ taxCode: "1600943512", bankAccountNo: "7606201004512" });

    const res = await submit(await validFields({ taxCode: "1600943512", bankAccountNo: "123456789012" }), cookie);
    expect(res.status).toBe(302);
    const after = await db.seller.findUniqueOrThrow({ where: { id: seller.id } });
    expect(after).toMatchObject({ status: "PENDING", statusReason: null, bankAccountNo: "123456789012" });
    expect(after.submittedAt.getTime()).toBeGreaterThan(seller.submittedAt.getTime());
    // Still one seller, one owner.
    expect(await db.sellerMember.count({ where: { userId: user.id } })).toBe(1);
  });

  it("an approved seller's owner cannot file another application through the form", async () => {
    const { user, cookie } = await createTestUser();
    await submit(await validFields({ taxCode: "1600274886" }), cookie);
    await db.seller.updateMany({ where: { members: { some: { userId: user.id } } }, data: { status: "APPROVED" } });
    const res = await submit(await validFields({ taxCode: "1600274886", businessName: "Tên mới" }), cookie);
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toEqual({ "": ["errors.alreadySeller"] });
    expect(await db.seller.count({ where: { members: { some: { userId: user.id } } } })).toBe(1);
  });

  it("without JavaScript, choosing a province reloads with the typed values and that province's wards", async () => {
    const { cookie } = await createTestUser();
    const res = await load(cookie, "/sell?businessName=HTX+Th%E1%BB%AD&provinceCode=96&phone=0912");
    expect(res.data?.defaults).toMatchObject({ businessName: "HTX Thử", provinceCode: "96", phone: "0912" });
    const wards = await db.ward.count({ where: { provinceCode: "96" } });
    expect(res.data?.wards).toHaveLength(wards);
  });

  it("also accepts a url-encoded form (no logo)", async () => {
    const { cookie } = await createTestUser();
    const res = await runRoute<Reply>(() => action({ request: formRequest("/sell", { ...({} as Record<string, string>) }, { cookie }), context: {}, params: {} }));
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toMatchObject({ businessName: ["errors.businessNameRequired"], taxCode: ["errors.taxCodeRequired"] });
  });
});
