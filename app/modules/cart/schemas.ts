// The cart form's fields (one action switching on `intent`). Messages are
// i18n keys in the "cart" namespace; the route translates them.
// Components import the constants from ./constants (zod-free); they are re-exported here for server code.
import { z } from "zod";
import { CART_INTENTS, MAX_LINE_QUANTITY, type CartIntent } from "./constants";

export { CART_INTENTS, MAX_LINE_QUANTITY, type CartIntent } from "./constants";

// A cuid (or any id the catalog hands out): letters, digits, - and _.
const VARIANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type CartFormError = "errors.intent" | "errors.variantRequired" | "errors.notFound" | "errors.quantity";

/** "3" → 3; anything that is not a whole number from 1 to MAX_LINE_QUANTITY → null. */
export function parseQuantity(raw: string | null | undefined): number | null {
  const text = (raw ?? "").trim();
  if (!/^\d{1,7}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_LINE_QUANTITY ? n : null;
}

export type CartCommand =
  | { intent: "add"; variantId: string; quantity: number }
  | { intent: "update"; variantId: string; quantity: number }
  | { intent: "remove"; variantId: string }
  | { intent: "acknowledge"; seen: { variantId: string; price: number }[] };

const text = z.string().optional();
const fieldsSchema = z.object({ intent: text, variantId: text, quantity: text });

export type CartParse = { ok: true; command: CartCommand } | { ok: false; error: CartFormError };

/**
 * Parses the posted fields. `seen` (acknowledge) holds "<variantId>:<price>"
 * pairs: only the prices the shopper was shown are accepted, not ones that
 * changed again since the page was rendered.
 */
export function parseCartForm(formData: FormData): CartParse {
  const single = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const fields = fieldsSchema.parse({ intent: single("intent"), variantId: single("variantId"), quantity: single("quantity") });
  const intent = (CART_INTENTS as readonly string[]).includes(fields.intent ?? "") ? (fields.intent as CartIntent) : null;
  if (!intent) return { ok: false, error: "errors.intent" };

  if (intent === "acknowledge") {
    const seen = formData
      .getAll("seen")
      .filter((v): v is string => typeof v === "string")
      .map((v) => /^([A-Za-z0-9_-]{1,64}):(\d{1,12})$/.exec(v))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ variantId: m[1], price: Number(m[2]) }));
    return { ok: true, command: { intent, seen } };
  }

  const variantId = (fields.variantId ?? "").trim();
  if (!variantId) return { ok: false, error: "errors.variantRequired" };
  if (!VARIANT_ID.test(variantId)) return { ok: false, error: "errors.notFound" };
  if (intent === "remove") return { ok: true, command: { intent, variantId } };

  // The product page always sends a quantity; a bare "add" means one.
  const rawQuantity = fields.quantity === undefined && intent === "add" ? "1" : fields.quantity;
  const quantity = parseQuantity(rawQuantity);
  if (quantity === null) return { ok: false, error: "errors.quantity" };
  return { ok: true, command: { intent, variantId, quantity } };
}
