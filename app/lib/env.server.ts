// process.env is parsed once, here, at start-up; the rest of the app imports `env`.
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");
const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  DATABASE_POOL_SIZE: int(10),
  MEILISEARCH_URL: z.string().url().optional(),
  MEILISEARCH_KEY: z.string().optional(),
  SESSION_SECRET: z.string().min(16, "SESSION_SECRET must be at least 16 characters"),
  APP_URL: z.string().url().optional(),
  PORT: int(3000),
  TRUST_PROXY: bool,
  // Login throttling (docs/decisions/0006-login-throttling.md).
  LOGIN_MAX_FAILURES_PER_EMAIL: int(10),
  LOGIN_MAX_ATTEMPTS_PER_IP: int(50),
  LOGIN_WINDOW_MINUTES: int(15),
  LOGIN_LOCK_MINUTES: int(15),
  SESSION_TTL_DAYS: int(30),
});

export type Env = z.infer<typeof schema>;

function parseEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}\nStart the app with \`npm start\` (it provides defaults on the embedded setup) or set these variables.`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();

/** Served over HTTPS (APP_URL https://…): cookies are Secure and HSTS is sent. */
export const isHttps = env.APP_URL?.startsWith("https://") ?? false;
