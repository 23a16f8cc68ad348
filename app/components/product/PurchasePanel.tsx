import { Form } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import type { ProductVariantData } from "~/modules/catalog/product.server";
import { useT } from "~/lib/i18n/react";
import { Availability } from "./Availability";
import { availabilityOf } from "./selection";
import { VariantPicker } from "./VariantPicker";

/**
 * Price, availability, the variant picker (only with more than one variant),
 * quantity and "add to cart". The cart form posts to /cart (intent=add).
 */
export function PurchasePanel({ variants, chosen, priceRange }: { variants: ProductVariantData[]; chosen: ProductVariantData | null; priceRange: { min: number; max: number } }) {
  const { t } = useT("product");
  const availability = availabilityOf(variants, chosen);
  const max = chosen ? chosen.available : Math.max(0, ...variants.map((v) => v.available));
  const canAdd = chosen !== null && chosen.inStock;

  return (
    <div>
      {/* A status region: the price is announced when another variant is chosen. */}
      <p role="status" aria-label={t("price")} className="text-2xl font-bold text-brand-700 sm:text-3xl">
        {chosen ? <Price amount={chosen.price} /> : <Price amount={priceRange.min} from={priceRange.min !== priceRange.max} />}
      </p>
      <div className="mt-1" aria-live="polite">
        <Availability availability={availability} />
      </div>

      {variants.length > 1 ? <VariantPicker variants={variants} chosenId={chosen?.id ?? null} /> : null}

      <Form method="post" action="/cart" className="mt-4 flex flex-wrap items-end gap-3">
        <input type="hidden" name="intent" value="add" />
        {chosen ? <input type="hidden" name="variantId" value={chosen.id} /> : null}
        <div>
          <label htmlFor="quantity" className="block text-sm font-semibold text-stone-800">
            {t("quantity")}
          </label>
          <input
            key={chosen?.id ?? "none"}
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(max, 1)}
            step={1}
            defaultValue={1}
            required
            aria-describedby={chosen && max > 0 ? "quantity-hint" : undefined}
            className="mt-1 w-24 rounded-md border border-stone-300 px-3 py-2 text-base"
          />
        </div>
        <button
          type="submit"
          disabled={!canAdd}
          aria-describedby={chosen ? undefined : "choose-first"}
          className="min-h-11 flex-1 rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-stone-300 disabled:text-stone-600 sm:flex-none"
        >
          {chosen && !chosen.inStock ? t("soldOut") : t("addToCart")}
        </button>
        {chosen && max > 0 ? (
          <p id="quantity-hint" className="w-full text-xs text-stone-600">
            {t("quantityHint", { count: max })}
          </p>
        ) : null}
        {chosen ? null : (
          <p id="choose-first" className="w-full text-sm text-stone-700">
            {t("variants.chooseFirst")}
          </p>
        )}
      </Form>
    </div>
  );
}
