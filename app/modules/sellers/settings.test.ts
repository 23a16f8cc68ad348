// Seller settings against real PostgreSQL: members edit the profile; only an owner
// changes the payout account (a security email follows); staff see it masked and
// a crafted staff POST with bank fields writes nothing; another seller's owner
// changes nothing — through the module and through /seller/settings.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { addSellerMember, createTestUser, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { createSeller } from "../../../prisma/factories";
import * as settingsRoute from "../../routes/seller.settings";
import { getSellerSettings, updateSellerBank, updateSellerProfile } from "./index.server";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loaders and actions
const call = <T = unknown,>(fn: (args: any) => Promise<unknown>, request: Request) => runRoute<T>(() => fn({ request, params: {}, context: {} }));

let n = 0;
async function shop(status: "APPROVED" | "SUSPENDED" = "APPROVED") {
  const i = ++n;
  const owner = await createTestUser({ name: "Chủ Gian Hàng", email: `chu-${process.pid}-${Date.now()}-${i}@example.com` });
  const staff = await createTestUser({ name: "Nhân Viên" });
  const seller = await createSeller({
    status,
    owner: owner.user,
    name: `Hợp tác xã Cài Đặt ${i}`,
    email: `lienhe-caidat-${process.pid}-${Date.now()}-${i}@example.com`,
    bankBin: "970405",
    bankAccountNo: "1234567890123",
    bankAccountName: "HTX CAI DAT",
    story: "Câu chuyện cũ",
  });
  await addSellerMember(staff.user.id, seller.id, "STAFF");
  return { seller, owner, staff };
}

const BANK = { bankBin: "970436", bankAccountNo: "0071000123456", bankAccountName: "HTX CAI DAT MOI" };
const PROFILE = { phone: "0912345678", email: "moi@example.com", addressLine: "Ấp Mỹ Hòa, số 12", story: "Câu chuyện mới" };
const sellerRow = (id: string) => prisma.seller.findUniqueOrThrow({ where: { id } });

let a: Awaited<ReturnType<typeof shop>>;
let b: Awaited<ReturnType<typeof shop>>;
beforeAll(async () => {
  [a, b] = await Promise.all([shop(), shop()]);
});

describe("module", () => {
  it("shows the whole account number to an owner and a masked one to staff", async () => {
    const asOwner = await getSellerSettings(a.seller.id, "OWNER");
    expect(asOwner?.bank).toMatchObject({ bankBin: "970405", bankAccountNo: "1234567890123", bankAccountName: "HTX CAI DAT" });
    expect(asOwner?.bank.bankName).toContain("Agribank");
    const asStaff = await getSellerSettings(a.seller.id, "STAFF");
    expect(asStaff?.bank.bankAccountNo).toBe("•••••••••0123");
    expect(asStaff?.profile.story).toBe("Câu chuyện cũ");
  });

  it("any member updates the profile; a second identical save changes nothing; a non-member changes nothing", async () => {
    const s = await shop();
    expect(await updateSellerProfile({ sellerId: s.seller.id, actorId: s.staff.user.id, profile: PROFILE })).toEqual({ ok: true, changed: true });
    expect(await sellerRow(s.seller.id)).toMatchObject(PROFILE);
    expect(await updateSellerProfile({ sellerId: s.seller.id, actorId: s.owner.user.id, profile: PROFILE })).toEqual({ ok: true, changed: false });
    expect(await updateSellerProfile({ sellerId: s.seller.id, actorId: b.owner.user.id, profile: { ...PROFILE, story: "Của người khác" } })).toEqual({ ok: false, reason: "not_member" });
    expect((await sellerRow(s.seller.id)).story).toBe(PROFILE.story);
  });

  it("the owner changes the bank account; the contact email and the owner get a security notice", async () => {
    const s = await shop();
    expect(await updateSellerBank({ sellerId: s.seller.id, actorId: s.owner.user.id, bank: BANK })).toEqual({ ok: true, changed: true });
    expect(await sellerRow(s.seller.id)).toMatchObject(BANK);
    const mails = await prisma.emailMessage.findMany({ where: { to: { in: [s.seller.email, s.owner.user.email] } } });
    expect(mails.map((m) => m.to).sort()).toEqual([s.seller.email, s.owner.user.email].sort());
    for (const mail of mails) {
      expect(mail.subject).toContain(s.seller.name);
      expect(mail.text).toContain("Vietcombank");
      expect(mail.text).toContain("3456"); // the new account's last digits…
      expect(mail.text).not.toContain(BANK.bankAccountNo); // …never the whole number
    }
    // Saving the same account again sends nothing more.
    expect(await updateSellerBank({ sellerId: s.seller.id, actorId: s.owner.user.id, bank: BANK })).toEqual({ ok: true, changed: false });
    expect(await prisma.emailMessage.count({ where: { to: { in: [s.seller.email, s.owner.user.email] } } })).toBe(2);
  });

  it("bank and profile changes land in the audit log with who, from where, before and after; refusals and no-ops add nothing", async () => {
    const s = await shop();
    const audit = () => prisma.auditLog.findMany({ where: { entityType: "seller", entityId: s.seller.id }, orderBy: { id: "asc" } });
    const before = await sellerRow(s.seller.id);
    await updateSellerBank({ sellerId: s.seller.id, actorId: s.owner.user.id, bank: BANK, ipAddress: "203.0.113.7" });
    await updateSellerBank({ sellerId: s.seller.id, actorId: s.owner.user.id, bank: BANK }); // unchanged
    await updateSellerBank({ sellerId: s.seller.id, actorId: s.staff.user.id, bank: { ...BANK, bankAccountNo: "999999999" } }); // refused
    await updateSellerProfile({ sellerId: s.seller.id, actorId: s.staff.user.id, profile: PROFILE });
    await updateSellerProfile({ sellerId: s.seller.id, actorId: s.staff.user.id, profile: PROFILE }); // unchanged
    const rows = await audit();
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ["seller.update_bank", s.owner.user.id],
      ["seller.update_profile", s.staff.user.id],
    ]);
    expect(rows[0]).toMatchObject({
      ipAddress: "203.0.113.7",
      before: { bankBin: before.bankBin, bankAccountNo: before.bankAccountNo, bankAccountName: before.bankAccountName },
      after: { name: s.seller.name, ...BANK },
    });
    expect(rows[1].after).toMatchObject(PROFILE);
  });

  it("staff and another seller's owner can't change the bank account", async () => {
    expect(await updateSellerBank({ sellerId: a.seller.id, actorId: a.staff.user.id, bank: BANK })).toEqual({ ok: false, reason: "not_owner" });
    expect(await updateSellerBank({ sellerId: a.seller.id, actorId: b.owner.user.id, bank: BANK })).toEqual({ ok: false, reason: "not_member" });
    expect(await sellerRow(a.seller.id)).toMatchObject({ bankBin: "970405", bankAccountNo: "1234567890123", bankAccountName: "HTX CAI DAT" });
    expect(await prisma.emailMessage.count({ where: { to: a.seller.email } })).toBe(0);
  });
});

describe("/seller/settings", () => {
  type Reply = { refusal?: string | null; result?: { error?: Record<string, string[]> } };
  const post = (cookie: string, fields: Record<string, string>, query = "") => call<Reply>(settingsRoute.action, formRequest(`/seller/settings${query}`, fields, { cookie }));

  it("staff see the bank account masked and no bank form", async () => {
    const r = await call<{ isOwner: boolean; settings: { bank: { bankAccountNo: string } } }>(settingsRoute.loader, getRequest("/seller/settings", a.staff.cookie));
    expect(r.status).toBe(200);
    expect(r.data?.isOwner).toBe(false);
    expect(r.data?.settings.bank.bankAccountNo).toBe("•••••••••0123");
    const owner = await call<{ isOwner: boolean; settings: { bank: { bankAccountNo: string } } }>(settingsRoute.loader, getRequest("/seller/settings", a.owner.cookie));
    expect(owner.data?.isOwner).toBe(true);
    expect(owner.data?.settings.bank.bankAccountNo).toBe("1234567890123");
  });

  it("a crafted staff POST with bank fields is refused with 403 and writes nothing, not even the profile part", async () => {
    const before = await sellerRow(a.seller.id);
    const asBank = await post(a.staff.cookie, { intent: "bank", ...BANK });
    expect(asBank.status).toBe(403);
    expect(asBank.data?.refusal).toBe("not_owner");
    const smuggled = await post(a.staff.cookie, { intent: "profile", ...PROFILE, bankAccountNo: BANK.bankAccountNo });
    expect(smuggled.status).toBe(403);
    const after = await sellerRow(a.seller.id);
    expect(after).toMatchObject({ bankBin: before.bankBin, bankAccountNo: before.bankAccountNo, bankAccountName: before.bankAccountName, phone: before.phone, story: before.story });
  });

  it("staff save the profile; errors come back next to the fields", async () => {
    const s = await shop();
    const ok = await post(s.staff.cookie, { intent: "profile", ...PROFILE, phone: "+84 912 345 678" });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/seller/settings?done=profile");
    expect(await sellerRow(s.seller.id)).toMatchObject(PROFILE);
    const bad = await post(s.staff.cookie, { intent: "profile", ...PROFILE, phone: "12345", email: "sai" });
    expect(bad.status).toBe(400);
    expect(bad.data?.result?.error).toMatchObject({ phone: ["errors.phoneInvalid"], email: ["errors.emailInvalid"] });
  });

  it("the owner changes the bank account through the form (validated against the NAPAS list)", async () => {
    const s = await shop();
    const unknownBank = await post(s.owner.cookie, { intent: "bank", ...BANK, bankBin: "999999" });
    expect(unknownBank.status).toBe(400);
    expect(unknownBank.data?.result?.error?.bankBin).toEqual(["errors.bankRequired"]);
    const ok = await post(s.owner.cookie, { intent: "bank", ...BANK, bankAccountNo: "0071 0001 23456", bankAccountName: "htx cai dat moi" });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/seller/settings?done=bank");
    expect(await sellerRow(s.seller.id)).toMatchObject(BANK);
    expect(await prisma.emailMessage.count({ where: { to: s.seller.email } })).toBe(1);
  });

  it("another seller's owner can't reach A's settings; a suspended seller is read-only", async () => {
    const viaQuery = await post(b.owner.cookie, { intent: "profile", ...PROFILE }, `?seller=${a.seller.slug}`);
    expect(viaQuery.status).toBe(404);
    expect((await sellerRow(a.seller.id)).story).toBe("Câu chuyện cũ");

    const s = await shop("SUSPENDED");
    expect((await call(settingsRoute.loader, getRequest("/seller/settings", s.owner.cookie))).status).toBe(200);
    const r = await post(s.owner.cookie, { intent: "bank", ...BANK });
    expect(r.status).toBe(403);
    expect((await sellerRow(s.seller.id)).bankAccountNo).toBe("1234567890123");
  });
});
