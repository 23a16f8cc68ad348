import { Field, FieldErrors, inputClass } from "~/components/forms/Field";
import { inputProps, type FieldState } from "~/components/forms/useServerForm";
import { useHydrated } from "~/components/product/useHydrated";
import { useT } from "~/lib/i18n/react";
import type { ProvinceOption, SavedAddressView, WardOption } from "~/modules/checkout/types";
import { NEW_ADDRESS } from "~/modules/checkout/constants";

type Fields = Record<"addressId" | "fullName" | "phone" | "provinceCode" | "wardCode" | "addressLine" | "saveAddress", FieldState>;

/**
 * Where to deliver: one of the saved addresses (radio) or a new one. Without
 * JavaScript, "load wards" re-requests the page by GET with everything typed
 * so far, and the chosen province's wards come back; with JavaScript the
 * province (or saved address) choice does that by itself.
 */
export function AddressFields({
  fields,
  saved,
  provinces,
  wards,
  provinceCode,
  onChoiceChange,
}: {
  fields: Fields;
  saved: SavedAddressView[];
  provinces: ProvinceOption[];
  wards: WardOption[];
  provinceCode: string;
  onChoiceChange?: () => void;
}) {
  const { t } = useT("checkout");
  // The choice posted last (after a refused order), else the page's default.
  const addressId = fields.addressId.initialValue ?? NEW_ADDRESS;
  // With JavaScript the choice reloads by itself; the button is the way without it.
  const hydrated = useHydrated() && onChoiceChange !== undefined;
  const newFields = (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field field={fields.fullName} label={t("address.fullName")} ns="checkout">
        <input {...inputProps(fields.fullName, { type: "text" })} autoComplete="name" className={inputClass} />
      </Field>
      <Field field={fields.phone} label={t("address.phone")} hint={t("address.phoneHint")} ns="checkout">
        <input {...inputProps(fields.phone, { type: "tel", ariaDescribedBy: `${fields.phone.id}-hint` })} autoComplete="tel" inputMode="tel" className={inputClass} />
      </Field>
      <Field field={fields.provinceCode} label={t("address.province")} ns="checkout">
        <select {...inputProps(fields.provinceCode)} onChange={onChoiceChange} className={inputClass}>
          <option value="">{t("address.chooseProvince")}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field field={fields.wardCode} label={t("address.ward")} ns="checkout">
        {/* Keyed by province: a new province's list starts unchosen. */}
        <select {...inputProps(fields.wardCode)} key={`wards-${provinceCode}`} className={inputClass}>
          <option value="">{provinceCode ? t("address.chooseWard") : t("address.chooseProvinceFirst")}</option>
          {wards.map((w) => (
            <option key={w.code} value={w.code}>
              {w.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2">
        <Field field={fields.addressLine} label={t("address.addressLine")} ns="checkout">
          <input {...inputProps(fields.addressLine, { type: "text" })} autoComplete="street-address" className={inputClass} />
        </Field>
      </div>
      {hydrated ? null : (
        <div className="sm:col-span-2 flex flex-wrap items-center gap-3">
          <button
            type="submit"
            formMethod="get"
            formAction="/checkout"
            formNoValidate
            className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50"
          >
            {t("address.updateWards")}
          </button>
          <p className="text-xs text-stone-500">{t("address.updateHint")}</p>
        </div>
      )}
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input {...inputProps(fields.saveAddress, { type: "checkbox" })} className="h-4 w-4" />
        {t("address.save")}
      </label>
    </div>
  );

  return (
    <section aria-labelledby="address-heading" className="group/address rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id="address-heading" className="text-lg font-semibold text-stone-900">
        {t("address.heading")}
      </h2>
      {saved.length > 0 ? (
        <fieldset
          className="mt-3"
          aria-invalid={fields.addressId.errors ? true : undefined}
          aria-describedby={fields.addressId.errors ? fields.addressId.errorId : undefined}
        >
          <legend className="sr-only">{t("address.savedLegend")}</legend>
          <ul className="space-y-2">
            {saved.map((a) => (
              <li key={a.id}>
                <label className="flex cursor-pointer gap-3 rounded-lg border border-stone-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                  <input type="radio" name={fields.addressId.name} value={a.id} defaultChecked={addressId === a.id} onChange={onChoiceChange} className="mt-1 h-4 w-4" />
                  <span className="text-sm">
                    <span className="font-medium text-stone-900">
                      {a.fullName} · {a.phone}
                    </span>
                    {a.isDefault ? <span className="ml-2 rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-700">{t("address.default")}</span> : null}
                    <span className="block text-stone-600">
                      {a.addressLine}, {a.wardName}, {a.provinceName}
                    </span>
                  </span>
                </label>
              </li>
            ))}
            <li>
              <label className="flex cursor-pointer gap-3 rounded-lg border border-stone-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" name={fields.addressId.name} value={NEW_ADDRESS} defaultChecked={addressId === NEW_ADDRESS} onChange={onChoiceChange} className="mt-1 h-4 w-4" />
                <span className="text-sm font-medium text-stone-900">{t("address.useNew")}</span>
              </label>
            </li>
          </ul>
          <FieldErrors id={fields.addressId.errorId} errors={fields.addressId.errors} ns="checkout" />
        </fieldset>
      ) : (
        <input type="hidden" name={fields.addressId.name} value={NEW_ADDRESS} />
      )}
      {saved.length > 0 ? (
        // Shown when "another address" is chosen (CSS :has, so also without JavaScript).
        <div className="mt-4 hidden border-t border-stone-100 pt-4 group-has-[input[value=new]:checked]/address:block">
          <h3 className="mb-3 font-medium text-stone-900">{t("address.newHeading")}</h3>
          {newFields}
        </div>
      ) : (
        <div className="mt-3">{newFields}</div>
      )}
    </section>
  );
}
