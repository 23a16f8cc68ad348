import { FieldErrors } from "~/components/forms/Field";
import type { FieldState } from "~/components/forms/useServerForm";
import { useT } from "~/lib/i18n/react";
import type { PaymentMethodValue } from "~/modules/checkout/constants";

/** VietQR bank transfer (default), and card only when Stripe is configured. */
export function PaymentMethodFields({ field, cardEnabled }: { field: FieldState; cardEnabled: boolean }) {
  const { t } = useT("checkout");
  const chosen = (field.initialValue as PaymentMethodValue | undefined) ?? "vietqr";
  const options: { value: PaymentMethodValue; label: string; hint: string }[] = [
    { value: "vietqr", label: t("payment.vietqr"), hint: t("payment.vietqrHint") },
    ...(cardEnabled ? [{ value: "card" as const, label: t("payment.card"), hint: t("payment.cardHint") }] : []),
  ];
  return (
    <fieldset
      className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
      aria-invalid={field.errors?.length ? true : undefined}
      aria-describedby={field.errors?.length ? field.errorId : undefined}
    >
      <legend className="float-left mb-2 w-full text-lg font-semibold text-stone-900">{t("payment.heading")}</legend>
      <div className="clear-both space-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex cursor-pointer gap-3 rounded-lg border border-stone-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name={field.name} value={o.value} defaultChecked={chosen === o.value || (chosen === "card" && !cardEnabled && o.value === "vietqr")} className="mt-1 h-4 w-4" />
            <span className="text-sm">
              <span className="block font-medium text-stone-900">{o.label}</span>
              <span className="block text-stone-600">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldErrors id={field.errorId} errors={field.errors} ns="checkout" />
    </fieldset>
  );
}
