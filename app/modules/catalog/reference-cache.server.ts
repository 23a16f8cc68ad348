// Reference data the listing pages label things with (OCOP groups, categories,
// provinces), kept in memory: it changes only with a migration.
import { prisma } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/config";

export type GroupRef = { slug: string; nameVi: string; nameEn: string; position: number };
export type CategoryRef = { slug: string; nameVi: string; nameEn: string; groupSlug: string; position: number };
export type ProvinceRef = { code: string; name: string; shortName: string; slug: string; region: string; position: number };

export type Reference = {
  groups: GroupRef[];
  categories: CategoryRef[];
  provinces: ProvinceRef[];
  groupBySlug: Map<string, GroupRef>;
  categoryBySlug: Map<string, CategoryRef>;
  provinceByCode: Map<string, ProvinceRef>;
  provinceBySlug: Map<string, ProvinceRef>;
};

let reference: Promise<Reference> | null = null;

async function loadReference(): Promise<Reference> {
  const [groups, categories, provinces] = await Promise.all([
    prisma.ocopGroup.findMany({ orderBy: { position: "asc" }, select: { slug: true, nameVi: true, nameEn: true, position: true } }),
    prisma.category.findMany({ orderBy: { position: "asc" }, select: { slug: true, nameVi: true, nameEn: true, groupSlug: true, position: true } }),
    prisma.province.findMany({ orderBy: { position: "asc" }, select: { code: true, name: true, shortName: true, slug: true, region: true, position: true } }),
  ]);
  return {
    groups,
    categories,
    provinces,
    groupBySlug: new Map(groups.map((g) => [g.slug, g])),
    categoryBySlug: new Map(categories.map((c) => [c.slug, c])),
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    provinceBySlug: new Map(provinces.map((p) => [p.slug, p])),
  };
}

/**
 * OCOP groups, categories and provinces. They change only with a migration
 * (reference data), so one copy per process is kept; a failed load is retried.
 */
export function getReference(): Promise<Reference> {
  reference ??= loadReference().catch((error: unknown) => {
    reference = null;
    throw error;
  });
  return reference;
}

/** For tests that change reference rows. */
export function clearReferenceCache(): void {
  reference = null;
}

export function refLabel(ref: { nameVi: string; nameEn: string }, locale: Locale): string {
  return locale === "en" ? ref.nameEn : ref.nameVi;
}

/** /c/:slug is an OCOP group or a category (the two sets of slugs do not overlap). */
export type CatalogSection =
  | { kind: "group"; group: GroupRef; categories: CategoryRef[] }
  | { kind: "category"; category: CategoryRef; group: GroupRef };

export async function findCatalogSection(slug: string): Promise<CatalogSection | null> {
  const ref = await getReference();
  const group = ref.groupBySlug.get(slug);
  if (group) return { kind: "group", group, categories: ref.categories.filter((c) => c.groupSlug === slug) };
  const category = ref.categoryBySlug.get(slug);
  if (category) return { kind: "category", category, group: ref.groupBySlug.get(category.groupSlug)! };
  return null;
}

export async function findProvinceBySlug(slug: string): Promise<ProvinceRef | null> {
  return (await getReference()).provinceBySlug.get(slug) ?? null;
}
