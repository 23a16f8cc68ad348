import { Form, useNavigation } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { OrderStatusValue } from "~/modules/orders/status";

/**
 * "Cancel order" with a confirmation step that needs no JavaScript: the
 * button opens a <details> with the consequence and the real submit.
 */
export function CancelOrder({ code, status, paymentMethod }: { code: string; status: OrderStatusValue; paymentMethod: "vietqr" | "card" }) {
  const { t } = useT("orders");
  const navigation = useNavigation();
  const busy = navigation.state !== "idle" && navigation.formData?.get("intent") === "cancel";
  const note = status === "paid" ? (paymentMethod === "card" ? t("cancel.paidCardNote") : t("cancel.paidBankNote")) : t("cancel.unpaidNote");
  return (
    <details className="group rounded-lg border border-stone-200 bg-white p-3">
      <summary className="cursor-pointer list-none font-medium text-red-700 marker:hidden">{t("cancel.button")}</summary>
      <div className="mt-3 space-y-2 text-sm">
        <p className="font-medium text-stone-900">{t("cancel.question", { code })}</p>
        <p className="text-stone-600">{note}</p>
        <Form method="post" className="flex flex-wrap gap-2">
          <button type="submit" name="intent" value="cancel" disabled={busy} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-70">
            {t("cancel.confirm")}
          </button>
        </Form>
      </div>
    </details>
  );
}
