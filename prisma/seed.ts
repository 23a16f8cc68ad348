// Demo data: `tsx prisma/seed.ts` or `npm run db:seed` (prisma db seed).
// Builds accounts, sellers, certificates, products with stock (and its ledger)
// and generated product pictures with the same factories the tests use.
// Refuses to run on a database that already has users. Deterministic: a seeded
// PRNG, and every date is an offset from a base date (today, or SEED_BASE_DATE
// = YYYY-MM-DD) so certificates are valid, a couple expire soon and one has
// expired whenever the seed runs. See docs/decisions/0008-demo-data-and-images.md.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Prisma } from "@prisma/client";
import { prisma, type Db, type Tx } from "~/lib/db.server";
import { writeProductIllustration, writeSellerLogo } from "~/lib/images.server";
import { removeTree, uploadsDir } from "~/lib/storage.server";
import { CERTIFICATE_VALIDITY_MONTHS } from "~/lib/ocop";
import { slugify } from "~/lib/slug";
import { hashPassword } from "~/modules/accounts/password.server";
import { enqueueProducts, getSearchClient, reindexProducts } from "~/modules/search/index.server";
import { DEMO_ACCOUNTS } from "./demo-data/accounts";
import { DEMO_PRODUCTS, type DemoCertificate, type DemoProduct } from "./demo-data/products";
import { DEMO_SELLERS, NATIONAL_AUTHORITY, PROVINCE_AUTHORITY } from "./demo-data/sellers";
import { addDays, addMonths, categoryGroup, createProduct, createSeller, createUser, DEFAULT_PASSWORD, type CertificateInput } from "./factories";
import { seedDemoReviews } from "./seed-reviews";

const DAY = 86_400_000;

/** mulberry32: a small, fast, seedable PRNG (same sequence on every run). */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Midnight UTC of SEED_BASE_DATE, or of today. */
export function seedBaseDate(value = process.env.SEED_BASE_DATE): Date {
  if (value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`SEED_BASE_DATE must be YYYY-MM-DD, got ${value}`);
    return new Date(`${value}T00:00:00Z`);
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The certificate's dates and authority, from the demo description. */
export function certificateFields(cert: DemoCertificate, provinceCode: string, base: Date): Omit<CertificateInput, "sellerId"> {
  let issuedAt: Date;
  if (cert.expiresInDays !== undefined) issuedAt = addMonths(addDays(base, cert.expiresInDays), -CERTIFICATE_VALIDITY_MONTHS);
  else if (cert.expiredDaysAgo !== undefined) issuedAt = addMonths(addDays(base, -cert.expiredDaysAgo), -CERTIFICATE_VALIDITY_MONTHS);
  else issuedAt = addMonths(base, -(cert.monthsAgo ?? 14));
  const authority = cert.authority ?? (cert.stars === 5 ? NATIONAL_AUTHORITY : PROVINCE_AUTHORITY[provinceCode]);
  if (!authority) throw new Error(`no OCOP authority for province ${provinceCode}`);
  return {
    stars: cert.stars,
    decisionNumber: cert.decision,
    issuingAuthority: authority,
    issuedAt,
    expiresAt: addMonths(issuedAt, CERTIFICATE_VALIDITY_MONTHS),
    status: cert.status ?? "VERIFIED",
    statusReason: cert.statusReason,
  };
}

/** At most `limit` tasks at a time; the rest wait their turn. */
function createLimiter(limit: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    active -= 1;
    queue.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      next();
    }
  };
}

export type SeedOptions = {
  /** Draw pictures and logos (default true). Tests of the data alone skip them. */
  images?: boolean;
  /** Rebuild the Meilisearch index when search is configured (default true). */
  reindex?: boolean;
  base?: Date;
  log?: (message: string) => void;
};

export type SeedResult =
  | { skipped: true; reason: string }
  | { skipped: false; users: number; sellers: number; products: number; variants: number; images: number; ms: number };

export async function seed(db: Db = prisma, options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const log = options.log ?? console.log;
  const base = options.base ?? seedBaseDate();
  const drawImages = options.images ?? true;

  const existingUsers = await db.user.count();
  if (existingUsers > 0) {
    const reason = `the database already has ${existingUsers} user(s); the seed only fills an empty database (npm run db:reset starts over)`;
    log(`Seed skipped: ${reason}.`);
    return { skipped: true, reason };
  }
  const provinces = await db.province.findMany({ select: { code: true, shortName: true } });
  if (provinces.length === 0) throw new Error("no reference data: run the migrations first (npm run db:migrate)");
  const provinceName = new Map(provinces.map((p) => [p.code, p.shortName]));

  const random = createRandom(20260115);
  const passwordHash = await hashPassword(DEFAULT_PASSWORD);
  const sellersByKey = new Map(DEMO_SELLERS.map((s) => [s.key, s]));

  // Pictures are drawn while the rows are written; three in flight keep two cores busy (sharp runs off the JS thread).
  const limit = createLimiter(3);
  const imageTasks: Promise<Prisma.ProductImageCreateManyInput[]>[] = [];
  const logoTasks: Promise<{ sellerId: string; key: string }>[] = [];
  const writtenPrefixes: string[] = [];

  try {
    const counts = await db.$transaction(
      async (tx: Tx) => {
        // Accounts.
        const accounts = new Map<string, string>();
        for (const [i, account] of DEMO_ACCOUNTS.entries()) {
          const user = await createUser({ email: account.email, name: account.name, role: account.role, passwordHash, createdAt: new Date(base.getTime() - (500 - i * 60) * DAY) }, tx);
          accounts.set(account.email, user.id);
          if (account.address) await tx.savedAddress.create({ data: { userId: user.id, ...account.address, isDefault: true } });
        }
        const adminId = accounts.get("admin@example.com")!;

        // Sellers and their owners.
        const sellerIds = new Map<string, string>();
        const ownerIds = new Map<string, string>();
        for (const [i, s] of DEMO_SELLERS.entries()) {
          const submittedAt = new Date(base.getTime() - s.submittedDaysAgo * DAY + (9 + (i % 8)) * 3_600_000);
          const seller = await createSeller(
            {
              name: s.name,
              slug: s.slug,
              kind: s.kind,
              status: s.status,
              statusReason: s.statusReason,
              provinceCode: s.provinceCode,
              wardCode: s.wardCode,
              addressLine: s.addressLine,
              taxCode: s.taxCode,
              representative: s.representative,
              phone: s.phone,
              email: s.email,
              story: s.story,
              bankBin: s.bankBin,
              bankAccountNo: s.bankAccountNo,
              submittedAt,
              approvedAt: s.status === "APPROVED" || s.status === "SUSPENDED" ? addDays(submittedAt, 3) : null,
              createdAt: submittedAt,
              owner: { email: s.owner.email, name: s.owner.name, passwordHash, createdAt: addDays(submittedAt, -1) },
            },
            tx,
          );
          sellerIds.set(s.key, seller.id);
          if (seller.ownerId) ownerIds.set(s.key, seller.ownerId);
          if (drawImages) {
            const key = `sellers/${seller.id}/logo`;
            writtenPrefixes.push(`sellers/${seller.id}`);
            logoTasks.push(limit(() => writeSellerLogo(key, s.name, i).then(() => ({ sellerId: seller.id, key }))));
          }
        }

        // Products, certificates, stock and its ledger.
        let variants = 0;
        for (const [i, p] of DEMO_PRODUCTS.entries()) {
          const s = sellersByKey.get(p.seller);
          if (!s) throw new Error(`product ${p.name}: unknown seller ${p.seller}`);
          const sellerId = sellerIds.get(p.seller)!;
          // Listed after the seller was approved, at a daytime hour.
          const daysAgo = 1 + Math.floor(random() * Math.max(1, s.submittedDaysAgo - 5));
          const createdAt = new Date(base.getTime() - daysAgo * DAY + Math.floor(random() * 12) * 3_600_000);
          const certificate = p.certificate && certificateFields(p.certificate, s.provinceCode, base);
          const product = await createProduct(
            {
              sellerId,
              name: p.name,
              slug: demoProductSlug(p),
              description: p.description,
              categorySlug: p.category,
              status: p.status ?? "ACTIVE",
              hiddenReason: p.hiddenReason,
              variants: p.variants.map(([label, price, onHand, weightGrams], v) => ({ label, price, onHand, weightGrams, sku: `${s.slug.split("-").map((w) => w[0]).join("").toUpperCase()}-${String(i + 1).padStart(3, "0")}-${v + 1}` })),
              certificate: certificate && {
                ...certificate,
                productName: p.name,
                createdAt: addDays(certificate.issuedAt!, 10),
                verifiedAt: certificate.status === "VERIFIED" || certificate.status === "REVOKED" ? addDays(certificate.issuedAt!, 20) : null,
                verifiedById: certificate.status === "VERIFIED" || certificate.status === "REVOKED" ? adminId : null,
              },
              createdAt,
              actorId: ownerIds.get(p.seller) ?? null,
            },
            tx,
          );
          variants += product.variants.length;
          if (drawImages) {
            const count = p.images ?? (p.certificate?.stars === 5 ? 3 : random() < 0.45 ? 2 : 1);
            writtenPrefixes.push(`products/${product.id}`);
            imageTasks.push(
              Promise.all(
                Array.from({ length: count }, (_, n) =>
                  limit(async () => {
                    const key = `products/${product.id}/${n + 1}`;
                    const size = await writeProductIllustration(key, {
                      title: p.shortName,
                      subtitle: provinceName.get(s.provinceCode),
                      groupSlug: categoryGroup(p.category),
                      categorySlug: p.category,
                      variant: n + 1,
                      seed: i,
                    });
                    return { productId: product.id, sellerId, key, width: size.width, height: size.height, alt: n === 0 ? p.name : `${p.name} – hình ${n + 1}`, position: n, createdAt };
                  }),
                ),
              ),
            );
          }
        }

        const images = (await Promise.all(imageTasks)).flat();
        if (images.length) await tx.productImage.createMany({ data: images });
        for (const logo of await Promise.all(logoTasks)) await tx.seller.update({ where: { id: logo.sellerId }, data: { logoPath: logo.key } });

        // Through the search outbox, like any other change (the reindex below is the fast path).
        const productIds = await tx.product.findMany({ select: { id: true } });
        await enqueueProducts(tx, productIds.map((p) => p.id));

        return { users: accounts.size + DEMO_SELLERS.length, sellers: DEMO_SELLERS.length, products: DEMO_PRODUCTS.length, variants, images: images.length };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    // Reviews need delivered orders, placed through the order and payment code after the catalogue is committed.
    await seedDemoReviews(db, { base, log });
    if ((options.reindex ?? true) && getSearchClient()) {
      try {
        const r = await reindexProducts();
        log(`Search index rebuilt: ${r.documents} products in ${r.ms} ms.`);
      } catch (error) {
        // The rows are committed; the worker indexes them from the outbox, or run npm run search:reindex.
        log(`Search index not rebuilt (${error instanceof Error ? error.message : String(error)}); the search worker will index from the outbox.`);
      }
    }
    const ms = Math.round(performance.now() - started);
    log(
      `Seeded ${counts.users} users, ${counts.sellers} sellers, ${counts.products} products (${counts.variants} variants), ${counts.images} images in ${ms} ms.` +
        (drawImages ? ` Images: ${uploadsDir()}` : ""),
    );
    log(`Log in as admin@example.com, seller@example.com or shopper@example.com with the password ${DEFAULT_PASSWORD}.`);
    return { skipped: false, ...counts, ms };
  } catch (error) {
    // Nothing was committed: remove the pictures drawn for rows that do not exist.
    await Promise.allSettled([...imageTasks, ...logoTasks]);
    await Promise.allSettled(writtenPrefixes.map((prefix) => removeTree(prefix)));
    throw error;
  }
}

/** Demo URLs are stable: /products/<slug of the name>. */
export function demoProductSlug(p: Pick<DemoProduct, "name">): string {
  return slugify(p.name);
}

// `tsx prisma/seed.ts`
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    await seed();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}
