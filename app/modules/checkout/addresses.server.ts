// Delivery addresses: Vietnam's administrative units since 1 July 2025 (34
// provinces/cities, each with its wards, communes and special zones — no
// districts) and the addresses an account saved for re-use.
import { prisma } from "~/lib/db.server";
import { normalizeVietnamesePhone } from "./schemas";
import type { DeliveryAddress, ProvinceOption, SavedAddressView, WardOption } from "./types";

export type { DeliveryAddress, ProvinceOption, SavedAddressView, WardOption };

/** The 34 provinces and cities, in display order (Mekong Delta first). */
export async function listProvinces(): Promise<ProvinceOption[]> {
  return prisma.province.findMany({ select: { code: true, name: true, region: true }, orderBy: [{ position: "asc" }, { name: "asc" }] });
}

/** A province's wards, communes and special zones, alphabetically (Vietnamese collation). */
export async function listWards(provinceCode: string): Promise<WardOption[]> {
  const wards = await prisma.ward.findMany({ where: { provinceCode }, select: { code: true, name: true } });
  const collator = new Intl.Collator("vi");
  return wards.sort((a, b) => collator.compare(a.name, b.name));
}

/** True when the ward exists and belongs to the province. */
export async function wardBelongsToProvince(wardCode: string, provinceCode: string): Promise<boolean> {
  const ward = await prisma.ward.findFirst({ where: { code: wardCode, provinceCode }, select: { code: true } });
  return ward !== null;
}

/** "Phường Tân An, Thành phố Cần Thơ" parts for showing an address. */
export async function placeNames(provinceCode: string, wardCode: string): Promise<{ provinceName: string; wardName: string }> {
  const [province, ward] = await Promise.all([
    prisma.province.findUnique({ where: { code: provinceCode }, select: { name: true } }),
    prisma.ward.findUnique({ where: { code: wardCode }, select: { name: true } }),
  ]);
  return { provinceName: province?.name ?? provinceCode, wardName: ward?.name ?? wardCode };
}

export async function listSavedAddresses(userId: string): Promise<SavedAddressView[]> {
  const rows = await prisma.savedAddress.findMany({
    where: { userId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }],
    take: 20,
  });
  const [provinces, wards] = await Promise.all([
    prisma.province.findMany({ where: { code: { in: rows.map((r) => r.provinceCode) } }, select: { code: true, name: true } }),
    prisma.ward.findMany({ where: { code: { in: rows.map((r) => r.wardCode) } }, select: { code: true, name: true } }),
  ]);
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const wardName = new Map(wards.map((w) => [w.code, w.name]));
  return rows.map((r) => ({
    id: r.id,
    isDefault: r.isDefault,
    fullName: r.fullName,
    phone: r.phone,
    provinceCode: r.provinceCode,
    wardCode: r.wardCode,
    addressLine: r.addressLine,
    provinceName: provinceName.get(r.provinceCode) ?? r.provinceCode,
    wardName: wardName.get(r.wardCode) ?? r.wardCode,
  }));
}

/** One of this account's saved addresses (null for anyone else's). */
export async function getSavedAddress(userId: string, addressId: string): Promise<(DeliveryAddress & { id: string }) | null> {
  const row = await prisma.savedAddress.findFirst({ where: { id: addressId, userId } });
  if (!row) return null;
  return { id: row.id, fullName: row.fullName, phone: row.phone, provinceCode: row.provinceCode, wardCode: row.wardCode, addressLine: row.addressLine };
}

/**
 * Saves an address for re-use, unless the account already has the same one.
 * The first address an account saves becomes its default.
 */
export async function saveAddress(userId: string, address: DeliveryAddress): Promise<{ id: string; created: boolean }> {
  const phone = normalizeVietnamesePhone(address.phone) ?? address.phone;
  const value = { ...address, phone, fullName: address.fullName.trim(), addressLine: address.addressLine.trim() };
  return prisma.$transaction(async (tx) => {
    // Serialise one account's saves, so a double submit cannot store the address twice.
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
    const same = await tx.savedAddress.findFirst({ where: { userId, ...value }, select: { id: true } });
    if (same) return { id: same.id, created: false };
    const count = await tx.savedAddress.count({ where: { userId } });
    const row = await tx.savedAddress.create({ data: { userId, ...value, isDefault: count === 0 } });
    return { id: row.id, created: true };
  });
}
