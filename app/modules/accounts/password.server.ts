import { hash, verify } from "@node-rs/argon2";

/**
 * Argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1), the library's defaults
 * spelled out so a dependency upgrade cannot silently change them. Each hash costs 19 MiB and one
 * core for ~7 ms (build machine) to a few tens of ms (small VPS): slow enough to make offline
 * guessing expensive, cheap enough that a web process handling a burst of logins does not run out
 * of memory. Parameters are stored inside
 * each hash (PHC string), so raising them later only affects new hashes.
 * See docs/decisions/0005-sessions-and-guards.md.
 */
const ARGON2ID = 2; // Algorithm.Argon2id — a const enum, not importable under isolatedModules
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export async function hashPassword(plain: string): Promise<string> {
  return hash(plain, PASSWORD_HASH_OPTIONS);
}

/** False (never throws) for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for logins with an email that has no account,
 * so response time does not reveal whether the account exists.
 */
export async function verifyDummyPassword(plain: string): Promise<false> {
  dummyHash ??= hashPassword("dummy-password-for-timing-only");
  await verifyPassword(await dummyHash, plain);
  return false;
}
