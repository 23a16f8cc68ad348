// The seller's actions on one order: each a plain form posting an `intent`
// (works without JavaScript); errors from the server sit next to their field.
import { Form, useNavigation } from "@remix-run/react";
import { inputClass } from "~/components/seller/FormField";
import { useT } from "~/lib/i18n/react";

export type FulfilmentReply = { intent: string | null; fieldErrors?: Record<string, string[]>; values?: Record<string, string> } | null | undefined;

const button = "rounded-md px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60";

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useT("fulfilment");
  if (!errors?.length) return null;
  return (
    <div id={id} className="mt-1 text-sm text-red-700">
      {errors.map((e) => (
        <p key={e}>{t(e)}</p>
      ))}
    </div>
  );
}

export function FulfilmentForms({
  action,
  can,
  carriers,
  reply,
  disabled,
}: {
  action: string;
  can: { confirm: boolean; ship: boolean; deliver: boolean; cancel: boolean };
  carriers: readonly string[];
  reply: FulfilmentReply;
  disabled: boolean;
}) {
  const { t } = useT("fulfilment");
  const navigation = useNavigation();
  const busy = navigation.state !== "idle" || disabled;
  const shipErrors = reply?.intent === "ship" ? reply.fieldErrors : undefined;
  const cancelErrors = reply?.intent === "cancel" ? reply.fieldErrors : undefined;
  const values = reply?.values ?? {};

  return (
    <div className="space-y-4">
      {can.confirm ? (
        <Form method="post" action={action} className="space-y-2">
          <input type="hidden" name="intent" value="confirm" />
          <p className="text-sm text-stone-600">{t("confirmHint")}</p>
          <button type="submit" disabled={busy} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
            {t("confirm")}
          </button>
        </Form>
      ) : null}

      {can.ship ? (
        <Form method="post" action={action} className="space-y-3" noValidate>
          <input type="hidden" name="intent" value="ship" />
          <div>
            <label htmlFor="carrier" className="block text-sm font-medium text-stone-800">
              {t("carrier")}
            </label>
            <select
              id="carrier"
              name="carrier"
              defaultValue={values.carrier ?? ""}
              required
              aria-invalid={shipErrors?.carrier ? true : undefined}
              aria-describedby={shipErrors?.carrier ? "carrier-error" : undefined}
              className={inputClass}
            >
              <option value="">{t("carrierPick")}</option>
              {carriers.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            <Errors id="carrier-error" errors={shipErrors?.carrier} />
          </div>
          <div>
            <label htmlFor="trackingNumber" className="block text-sm font-medium text-stone-800">
              {t("trackingNumber")}
            </label>
            <input
              id="trackingNumber"
              name="trackingNumber"
              defaultValue={values.trackingNumber ?? ""}
              required
              autoCapitalize="characters"
              autoComplete="off"
              maxLength={60}
              aria-invalid={shipErrors?.trackingNumber ? true : undefined}
              aria-describedby={`trackingNumber-hint${shipErrors?.trackingNumber ? " trackingNumber-error" : ""}`}
              className={inputClass}
            />
            <p id="trackingNumber-hint" className="mt-1 text-xs text-stone-500">
              {t("trackingHint")}
            </p>
            <Errors id="trackingNumber-error" errors={shipErrors?.trackingNumber} />
          </div>
          <button type="submit" disabled={busy} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
            {t("ship")}
          </button>
        </Form>
      ) : null}

      {can.deliver ? (
        <Form method="post" action={action} className="space-y-2">
          <input type="hidden" name="intent" value="deliver" />
          <p className="text-sm text-stone-600">{t("deliverHint")}</p>
          <button type="submit" disabled={busy} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
            {t("deliver")}
          </button>
        </Form>
      ) : null}

      {can.cancel ? (
        <Form method="post" action={action} className="space-y-2 border-t border-stone-200 pt-4" noValidate>
          <input type="hidden" name="intent" value="cancel" />
          <label htmlFor="reason" className="block text-sm font-medium text-stone-800">
            {t("cancelReasonLabel")}
          </label>
          <textarea
            id="reason"
            name="reason"
            rows={2}
            maxLength={500}
            defaultValue={values.reason ?? ""}
            aria-invalid={cancelErrors?.reason ? true : undefined}
            aria-describedby={`reason-hint${cancelErrors?.reason ? " reason-error" : ""}`}
            className={inputClass}
          />
          <p id="reason-hint" className="text-xs text-stone-500">
            {t("cancelHint")}
          </p>
          <Errors id="reason-error" errors={cancelErrors?.reason} />
          <button type="submit" disabled={busy} className={`${button} border border-red-300 bg-white text-red-700 hover:bg-red-50`}>
            {t("cancel")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
