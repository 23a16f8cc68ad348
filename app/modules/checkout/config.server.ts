// Checkout settings from the environment, parsed once (the shared env.server.ts
// holds what every process needs; these only matter to orders).
import { z } from "zod";

const schema = z.object({
  // How long a placed, unpaid order holds its stock (issue 4: default 30).
  ORDER_PAYMENT_TTL_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
  // The platform's commission when a seller has no rate of its own (basis points: 500 = 5%).
  PLATFORM_COMMISSION_BPS: z.coerce.number().int().min(0).max(10_000).default(500),
});

export type CheckoutConfig = z.output<typeof schema>;

function parse(): CheckoutConfig {
  const parsed = schema.safeParse({
    ORDER_PAYMENT_TTL_MINUTES: process.env.ORDER_PAYMENT_TTL_MINUTES || undefined,
    PLATFORM_COMMISSION_BPS: process.env.PLATFORM_COMMISSION_BPS || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  return parsed.data;
}

export const checkoutConfig: CheckoutConfig = parse();
