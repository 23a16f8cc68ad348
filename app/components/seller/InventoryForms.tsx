import { Form, useNavigation } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { ADJUSTMENT_REASONS_FOR_SELLERS } from "~/modules/products/stock-reasons";
import { FieldErrors, FormErrors, inputClass } from "./FormField";

/** The part of a Conform reply these plain forms read. */
export type FormReply = { initialValue?: Record<string, unknown> | null; error?: Record<string, string[] | null> | null } | null | undefined;

function value(reply: FormReply, name: string): string | undefined {
  const v = reply?.initialValue?.[name];
  return typeof v === "string" ? v : undefined;
}

/**
 * Adjust one variant's stock: a reason and a quantity whose meaning the reason gives (added,
 * removed, ± correction, or the counted total), plus a note.
 */
export function AdjustStockForm({ variantId, action, reply, disabled, idPrefix }: { variantId: string; action: string; reply?: FormReply; disabled: boolean; idPrefix: string }) {
  const { t } = useT("seller");
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("variantId") === variantId && navigation.formData?.get("intent") === "adjust";
  const errors = reply?.error ?? {};
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <Form method="post" action={action} className="space-y-3" preventScrollReset>
      <fieldset disabled={disabled} className="grid gap-3 sm:grid-cols-3">
        <input type="hidden" name="intent" value="adjust" />
        <input type="hidden" name="variantId" value={variantId} />
        <FormErrors errors={errors[""] ?? undefined} />
        <div>
          <label htmlFor={id("reason")} className="block text-sm font-medium text-stone-800">
            {t("inventory.reason")}
          </label>
          <select id={id("reason")} name="reason" defaultValue={value(reply, "reason") ?? "RESTOCK"} className={inputClass} aria-invalid={errors.reason ? true : undefined}>
            {ADJUSTMENT_REASONS_FOR_SELLERS.map((r) => (
              <option key={r} value={r}>
                {t(`movementReason.${r}`)}
              </option>
            ))}
          </select>
          <FieldErrors errors={errors.reason ?? undefined} />
        </div>
        <div>
          <label htmlFor={id("quantity")} className="block text-sm font-medium text-stone-800">
            {t("inventory.quantity")}
          </label>
          <input
            id={id("quantity")}
            name="quantity"
            type="number"
            step={1}
            inputMode="numeric"
            required
            defaultValue={value(reply, "quantity")}
            aria-invalid={errors.quantity ? true : undefined}
            aria-describedby={`${id("quantity")}-hint`}
            className={inputClass}
          />
          <p id={`${id("quantity")}-hint`} className="mt-1 text-xs text-stone-500">
            {t("inventory.quantityHint")}
          </p>
          <FieldErrors errors={errors.quantity ?? undefined} />
        </div>
        <div>
          <label htmlFor={id("note")} className="block text-sm font-medium text-stone-800">
            {t("inventory.note")}
          </label>
          <input id={id("note")} name="note" type="text" maxLength={300} defaultValue={value(reply, "note")} className={inputClass} />
          <FieldErrors errors={errors.note ?? undefined} />
        </div>
        <div className="sm:col-span-3">
          <button type="submit" disabled={busy} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-70">
            {busy ? t("inventory.saving") : t("inventory.adjustSubmit")}
          </button>
        </div>
      </fieldset>
    </Form>
  );
}

export function ThresholdForm({ variantId, action, threshold, reply, disabled, idPrefix }: { variantId: string; action: string; threshold: number; reply?: FormReply; disabled: boolean; idPrefix: string }) {
  const { t } = useT("seller");
  const errors = reply?.error ?? {};
  const id = `${idPrefix}-threshold`;
  return (
    <Form method="post" action={action} className="flex flex-wrap items-end gap-3" preventScrollReset>
      <fieldset disabled={disabled} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="intent" value="threshold" />
        <input type="hidden" name="variantId" value={variantId} />
        <div>
          <label htmlFor={id} className="block text-sm font-medium text-stone-800">
            {t("inventory.threshold")}
          </label>
          <input
            id={id}
            name="lowStockThreshold"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            required
            defaultValue={value(reply, "lowStockThreshold") ?? String(threshold)}
            aria-invalid={errors.lowStockThreshold ? true : undefined}
            className={`${inputClass} w-32`}
          />
          <FieldErrors errors={errors.lowStockThreshold ?? undefined} />
        </div>
        <button type="submit" className="rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-50">
          {t("inventory.thresholdSubmit")}
        </button>
      </fieldset>
    </Form>
  );
}
