import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { CartFlash } from "~/modules/cart/types";

/** What the cart action answers when it refuses a change (keys are in the "cart" namespace). */
export type CartActionError = {
  intent: string | null;
  variantId: string | null;
  /** What the shopper typed, shown again. */
  quantity: string | null;
  key: string;
  params: Record<string, string | number>;
  /** The product to go back to, when it is for sale. */
  product: { slug: string; variantId: string } | null;
};

/** "Added … to your cart" after a change (announced politely). */
export function CartFlashMessage({ flash }: { flash: CartFlash }) {
  const { t } = useT("cart");
  const text = flash.kind === "acknowledged" ? t("flash.acknowledged") : t(`flash.${flash.kind}`, { name: flash.name });
  const capped = flash.kind !== "acknowledged" && flash.cappedTo !== undefined ? t("flash.capped", { count: flash.cappedTo }) : null;
  return (
    <div role="status" className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-800">
      <p>{text}</p>
      {capped ? <p className="mt-1 font-medium text-amber-800">{capped}</p> : null}
    </div>
  );
}

/** A refused change that belongs to no line on the page (an add from the product page, an unknown id). */
export function CartErrorMessage({ error }: { error: CartActionError }) {
  const { t } = useT("cart");
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      <p className="font-semibold">{t("errors.title")}</p>
      <p className="mt-1">{t(error.key, error.params)}</p>
      {error.quantity !== null && error.key === "errors.quantity" ? <p className="mt-1">{t("errors.youTyped", { value: error.quantity })}</p> : null}
      {error.product ? (
        <p className="mt-2">
          <Link to={`/products/${error.product.slug}?variant=${encodeURIComponent(error.product.variantId)}`} className="font-medium underline">
            {t("errors.backToProduct")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
