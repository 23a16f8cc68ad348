// Form schemas for login and registration, checked by the actions only (the pages read the
// reply with components/forms/useServerForm; their HTML constraints come from the loaders). Messages are keys of the "auth" dictionary, translated
// where they are shown, so the same schema serves Vietnamese and English.
import { z } from "zod";

export const EMAIL_MAX = 254;
export const NAME_MAX = 100;
export const PASSWORD_MIN = 8;
// Long enough for any passphrase; short enough that hashing cannot be abused with megabytes.
export const PASSWORD_MAX = 200;

/** Trim + lower-case: the one form an email is stored, looked up and throttled in. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// A few passwords that pass the length rule but are the first ones any attacker tries.
const COMMON_PASSWORDS = new Set([
  "password",
  "password1",
  "password123",
  "matkhau",
  "matkhau1",
  "matkhau123",
  "qwerty123",
  "qwertyuiop",
  "abc12345",
  "abcd1234",
  "iloveyou",
  "admin123",
  "12345678a",
  "a12345678",
  "11111111a",
]);

/** Why a password is refused (an "auth" dictionary key), or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return "errors.passwordTooShort";
  if (password.length > PASSWORD_MAX) return "errors.passwordTooLong";
  if (/^[\d\s]+$/.test(password)) return "errors.passwordOnlyDigits";
  if (new Set(password).size < 3) return "errors.passwordRepetitive";
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return "errors.passwordCommon";
  return null;
}

const email = z
  .string({ error: "errors.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, "errors.emailRequired")
  .max(EMAIL_MAX, "errors.emailTooLong")
  .pipe(z.email({ error: "errors.emailInvalid" }));

/** Where to go after logging in; sanitised with `safeRedirect` before use. */
const redirectTo = z.string().max(2000).optional();

export const loginSchema = z.object({
  email,
  // No rules on login beyond presence: an old password may predate today's rules.
  password: z.string({ error: "errors.passwordRequired" }).max(PASSWORD_MAX, "errors.passwordTooLong"),
  redirectTo,
});

export const registerSchema = z.object({
  name: z
    .string({ error: "errors.nameRequired" })
    .trim()
    .min(1, "errors.nameRequired")
    .max(NAME_MAX, "errors.nameTooLong"),
  email,
  password: z.string({ error: "errors.passwordRequired" }).superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  redirectTo,
});

export type LoginInput = z.output<typeof loginSchema>;
export type RegisterInput = z.output<typeof registerSchema>;
