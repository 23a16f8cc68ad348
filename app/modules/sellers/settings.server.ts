// /seller/settings: the seller profile its members may keep up to date (phone,
// contact email, address line, story) and the payout bank account, which only an
// OWNER may change — and whose change is announced by email to the seller's
// contact address and every owner, so a hijacked account can't quietly redirect
// payouts. Name, province and ward are not editable here: the operator approved
// them. None of these fields is in a search document (documents.server.ts reads
// the seller's name, slug and kind), so no search outbox row is needed.
// docs/decisions/0017-seller-team-and-settings.md.
import type { SellerRole } from "@prisma/client";
import { bankByBin } from "~/data/banks";
import { prisma } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { recordAudit } from "~/modules/audit/index.server";
import { deliverEmail, queueEmail } from "~/modules/notifications/index.server";
import { maskAccountNo, type BankInput, type ProfileInput } from "./team-schemas";

export type SellerSettings = {
  name: string;
  provinceName: string;
  wardName: string;
  profile: { phone: string; email: string; addressLine: string; story: string };
  bank: { bankBin: string; bankName: string; bankAccountNo: string; bankAccountName: string };
};

/**
 * The settings page's data. The bank account number is whole only for an OWNER; a STAFF member
 * sees it masked (payout details are the owner's business).
 */
export async function getSellerSettings(sellerId: string, role: SellerRole): Promise<SellerSettings | null> {
  const seller = await prisma.seller.findFirst({
    where: { id: sellerId },
    select: { name: true, phone: true, email: true, addressLine: true, story: true, bankBin: true, bankAccountNo: true, bankAccountName: true, wardCode: true, province: { select: { name: true } } },
  });
  if (!seller) return null;
  const ward = await prisma.ward.findUnique({ where: { code: seller.wardCode }, select: { name: true } });
  const bank = bankByBin(seller.bankBin);
  return {
    name: seller.name,
    provinceName: seller.province.name,
    wardName: ward?.name ?? "",
    profile: { phone: seller.phone, email: seller.email, addressLine: seller.addressLine, story: seller.story },
    bank: {
      bankBin: seller.bankBin,
      bankName: bank ? `${bank.shortName} — ${bank.name}` : seller.bankBin,
      bankAccountNo: role === "OWNER" ? seller.bankAccountNo : maskAccountNo(seller.bankAccountNo),
      bankAccountName: seller.bankAccountName,
    },
  };
}

export type SettingsResult = { ok: true; changed: boolean } | { ok: false; reason: "not_member" | "not_owner" };

/** Any member (the route has already refused a suspended seller). */
export async function updateSellerProfile(input: { sellerId: string; actorId: string; profile: ProfileInput; ipAddress?: string | null }): Promise<SettingsResult> {
  return prisma.$transaction(async (tx) => {
    const member = await tx.sellerMember.findFirst({ where: { sellerId: input.sellerId, userId: input.actorId }, select: { id: true } });
    if (!member) return { ok: false as const, reason: "not_member" as const };
    const { phone, email, addressLine, story } = input.profile;
    const before = await tx.seller.findFirstOrThrow({ where: { id: input.sellerId }, select: { name: true, phone: true, email: true, addressLine: true, story: true } });
    const { count } = await tx.seller.updateMany({
      where: { id: input.sellerId, NOT: { phone, email, addressLine, story } },
      data: { phone, email, addressLine, story },
    });
    if (count === 1) {
      await recordAudit(tx, {
        actorId: input.actorId,
        action: "seller.update_profile",
        entityType: "seller",
        entityId: input.sellerId,
        before,
        after: { name: before.name, phone, email, addressLine, story },
        ipAddress: input.ipAddress,
      });
    }
    return { ok: true as const, changed: count === 1 };
  });
}

function bankLabel(bin: string): string {
  const bank = bankByBin(bin);
  return bank ? bank.shortName : bin;
}

/**
 * The owner changes the payout account. In the same transaction: the security notice to the
 * seller's contact email and every owner's account email (sent after commit).
 */
export async function updateSellerBank(input: { sellerId: string; actorId: string; bank: BankInput; now?: Date; ipAddress?: string | null }): Promise<SettingsResult> {
  const now = input.now ?? new Date();
  const outcome = await prisma.$transaction(async (tx) => {
    const actor = await tx.sellerMember.findFirst({ where: { sellerId: input.sellerId, userId: input.actorId }, select: { role: true, user: { select: { name: true, email: true } } } });
    if (!actor) return { ok: false as const, reason: "not_member" as const };
    if (actor.role !== "OWNER") return { ok: false as const, reason: "not_owner" as const };
    const before = await tx.seller.findFirstOrThrow({ where: { id: input.sellerId }, select: { name: true, email: true, bankBin: true, bankAccountNo: true, bankAccountName: true } });
    const { bankBin, bankAccountNo, bankAccountName } = input.bank;
    if (before.bankBin === bankBin && before.bankAccountNo === bankAccountNo && before.bankAccountName === bankAccountName) {
      return { ok: true as const, changed: false, emailIds: [] as string[] };
    }
    await tx.seller.updateMany({ where: { id: input.sellerId }, data: { bankBin, bankAccountNo, bankAccountName } });
    // In full: operators see the account on the seller's page anyway, and need it to check a payout.
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "seller.update_bank",
      entityType: "seller",
      entityId: input.sellerId,
      before: { name: before.name, bankBin: before.bankBin, bankAccountNo: before.bankAccountNo, bankAccountName: before.bankAccountName },
      after: { name: before.name, bankBin, bankAccountNo, bankAccountName },
      ipAddress: input.ipAddress,
    });
    const owners = await tx.sellerMember.findMany({ where: { sellerId: input.sellerId, role: "OWNER" }, select: { user: { select: { email: true } } } });
    const recipients = [...new Set([before.email, ...owners.map((o) => o.user.email)].map((e) => e.trim().toLowerCase()))];
    const t = getFixedT("vi", "team");
    const params = {
      seller: before.name,
      actor: actor.user.name,
      actorEmail: actor.user.email,
      when: formatDateTime(now),
      before: `${bankLabel(before.bankBin)} ${maskAccountNo(before.bankAccountNo)} (${before.bankAccountName})`,
      after: `${bankLabel(bankBin)} ${maskAccountNo(bankAccountNo)} (${bankAccountName})`,
    };
    const emailIds: string[] = [];
    for (const to of recipients) {
      emailIds.push((await queueEmail(tx, { to, subject: t("email.bankChanged.subject", params), text: t("email.bankChanged.text", params) })).id);
    }
    return { ok: true as const, changed: true, emailIds };
  });
  if (!outcome.ok) return outcome;
  for (const id of outcome.emailIds) await deliverEmail(id);
  return { ok: true, changed: outcome.changed };
}
