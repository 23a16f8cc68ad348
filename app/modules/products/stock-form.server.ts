// The inventory pages' two forms (adjust stock, set the low-stock threshold),
// shared by /seller/inventory and /seller/inventory/:variantId.
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { adjustmentSchema, thresholdSchema } from "./schemas";
import { adjustVariantStock, setLowStockThreshold } from "./stock.server";

export type InventoryIntent = "adjust" | "threshold";

type Reply = SubmissionResult<string[]>;

export type InventoryActionResult =
  | { ok: true; intent: InventoryIntent; variantId: string; delta?: number }
  | { ok: false; notFound: true }
  | { ok: false; notFound?: false; intent: InventoryIntent; variantId: string; result: Reply };

export async function runInventoryIntent(sellerId: string, actorId: string, formData: FormData): Promise<InventoryActionResult> {
  const intent: InventoryIntent = formData.get("intent") === "threshold" ? "threshold" : "adjust";
  const variantId = String(formData.get("variantId") ?? "").slice(0, 40);
  if (intent === "threshold") {
    const submission = parseWithZod(formData, { schema: thresholdSchema });
    if (submission.status !== "success") return { ok: false, intent, variantId, result: submission.reply() };
    const saved = await setLowStockThreshold(sellerId, submission.value.variantId, submission.value.lowStockThreshold);
    return saved ? { ok: true, intent, variantId } : { ok: false, notFound: true };
  }
  const submission = parseWithZod(formData, { schema: adjustmentSchema });
  if (submission.status !== "success") return { ok: false, intent, variantId, result: submission.reply() };
  const outcome = await adjustVariantStock({ sellerId, actorId, input: submission.value });
  if (!outcome.ok) {
    if (outcome.notFound) return { ok: false, notFound: true };
    return { ok: false, intent, variantId, result: submission.reply({ fieldErrors: outcome.fieldErrors }) };
  }
  return { ok: true, intent, variantId, delta: outcome.delta };
}
