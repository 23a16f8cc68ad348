import { Form, useNavigation, useSearchParams, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { Price } from "~/components/catalog/Price";
import type { ProductVariantData } from "~/modules/catalog/product.server";
import { useT } from "~/lib/i18n/react";
import { useHydrated } from "./useHydrated";

const FORM_ID = "variant-picker";

/** The variant whose radio is checked in the page as it is now (the shopper's, not React's, state). */
function checkedInDocument(variants: ProductVariantData[]): string | null {
  if (typeof document === "undefined") return null;
  const form = document.getElementById(FORM_ID);
  const checked = form?.querySelector<HTMLInputElement>('input[name="variant"]:checked');
  return checked && variants.some((v) => v.id === checked.value) ? checked.value : null;
}

/**
 * Radio buttons in a GET form: choosing submits ?variant=<id>, which the page
 * renders with that variant's price and availability. Without JavaScript the
 * shopper confirms with the button; with it the choice submits on change and
 * the route skips reloading its data (shouldRevalidate), so it switches in place.
 * A radio checked while the scripts were still loading (no change event reaches
 * React then) is applied once the page has hydrated.
 * Render it only for products with more than one variant.
 */
export function VariantPicker({ variants, chosenId }: { variants: ProductVariantData[]; chosenId: string | null }) {
  const { t } = useT("product");
  const submit = useSubmit();
  const hydrated = useHydrated();
  const [searchParams] = useSearchParams();
  const image = searchParams.get("image");
  // The radios are controlled by the URL, but a click shows at once: the shopper's pick is kept
  // in state (set in the change event, so React never puts the old radio back while the
  // navigation starts), then the choice being loaded, then the loaded one.
  const [picked, setPicked] = useState<string | null>(null);
  const navigation = useNavigation();
  const pending = navigation.location ? new URLSearchParams(navigation.location.search).get("variant") : null;
  // A pick stops counting once another choice is loaded (it arrived, or the shopper went back).
  const [pickedOver, setPickedOver] = useState(chosenId);
  if (pickedOver !== chosenId) {
    setPickedOver(chosenId);
    setPicked(null);
  }
  const shownId = picked ?? pending ?? chosenId;

  // The shopper's radio is read twice: while hydrating, before React gives the radios the checked
  // state the server rendered (a browser may let that undo the click), and once mounted. A choice
  // found either way is applied as if its change event had been heard.
  const [checkedBeforeHydration] = useState(() => checkedInDocument(variants));
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const early = [checkedBeforeHydration, checkedInDocument(variants)].find((id) => id !== null && id !== shownId);
    if (!early || !formRef.current) return;
    const data = new FormData(formRef.current);
    data.set("variant", early);
    submit(data, { replace: true, preventScrollReset: true });
    // Once, on mount: later choices arrive as change events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Form id={FORM_ID} ref={formRef} method="get" replace preventScrollReset className="mt-4">
      {/* Keep the chosen photo (see withParam for why nothing else). */}
      {image ? <input type="hidden" name="image" value={image} /> : null}
      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-stone-800">{t("variants.legend")}</legend>
        <div className="flex flex-wrap gap-2">
          {variants.map((variant) => (
            <label
              key={variant.id}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-600"
            >
              <input
                type="radio"
                name="variant"
                value={variant.id}
                checked={variant.id === shownId}
                onChange={(event) => {
                  setPicked(variant.id);
                  submit(event.currentTarget.form, { replace: true, preventScrollReset: true });
                }}
                className="h-4 w-4 shrink-0 accent-brand-600"
              />
              <span className="flex flex-col">
                <span className={`font-medium ${variant.inStock ? "text-stone-900" : "text-stone-500"}`}>{variant.label}</span>
                <span className="text-xs text-stone-600">
                  <Price amount={variant.price} />
                  {variant.inStock ? null : <> · {t("variants.soldOut")}</>}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {hydrated ? null : (
        <button type="submit" className="mt-2 rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
          {t("variants.choose")}
        </button>
      )}
    </Form>
  );
}
