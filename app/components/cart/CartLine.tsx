import { Form, Link } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import { useT } from "~/lib/i18n/react";
import { MAX_LINE_QUANTITY } from "~/modules/cart/constants";
import type { CartLineView } from "~/modules/cart/types";
import type { CartActionError } from "./CartMessages";
import { CartProblems } from "./CartProblems";

/**
 * One line: photo, names, unit price, what changed since it was added, the
 * quantity form and the remove form (plain posts to /cart), and the line total.
 * A refused change to this line shows here, with what was typed kept.
 */
export function CartLine({ line, error, formAction }: { line: CartLineView; error: CartActionError | null; formAction: string }) {
  const { t } = useT("cart");
  const name = line.variantLabel ? `${line.productName} (${line.variantLabel})` : line.productName;
  const nameId = `line-${line.id}-name`;
  const quantityId = `line-${line.id}-quantity`;
  const errorId = `line-${line.id}-error`;

  return (
    <li>
      <article aria-labelledby={nameId} className={`flex gap-3 py-4 ${line.purchasable ? "" : "opacity-90"}`}>
        <div className="h-20 w-20 shrink-0 overflow-hidden rounded-md bg-stone-100 sm:h-24 sm:w-24">
          {line.image ? (
            <img src={line.image.src} srcSet={line.image.srcSet} sizes="96px" width={line.image.width} height={line.image.height} alt="" loading="lazy" decoding="async" className="h-full w-full object-cover" />
          ) : null}
        </div>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
            <div className="min-w-0">
              <h3 id={nameId} className="font-medium text-stone-900">
                <Link to={`/products/${line.productSlug}?variant=${encodeURIComponent(line.variantId)}`} className="hover:text-brand-700">
                  {line.productName}
                </Link>
              </h3>
              <p className="text-sm text-stone-600">{t("line.variant", { label: line.variantLabel })}</p>
              <p className="text-xs text-stone-500">{t("line.sku", { sku: line.sku })}</p>
              {line.isService ? <p className="text-xs text-stone-500">{t("line.service")}</p> : null}
            </div>
            <p className="text-sm text-stone-700">
              <span className="sr-only">{t("line.unitPrice")}: </span>
              <Price amount={line.unitPrice} />
            </p>
          </div>

          <CartProblems line={line} />

          <div className="mt-3 flex flex-wrap items-end justify-between gap-3">
            <div className="flex flex-wrap items-end gap-2">
              {line.purchasable ? (
                <Form method="post" action={formAction} preventScrollReset noValidate className="flex items-end gap-2">
                  <input type="hidden" name="intent" value="update" />
                  <input type="hidden" name="variantId" value={line.variantId} />
                  <div>
                    <label htmlFor={quantityId} className="block text-xs font-medium text-stone-700">
                      {t("line.quantity")}
                      <span className="sr-only"> {name}</span>
                    </label>
                    <input
                      // A new key when the stored quantity or the error changes, so defaultValue is applied again.
                      key={`${line.quantity}-${error ? error.quantity : ""}`}
                      id={quantityId}
                      name="quantity"
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={Math.min(Math.max(line.available, 1), MAX_LINE_QUANTITY)}
                      step={1}
                      defaultValue={error?.quantity ?? line.quantity}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      className="mt-1 w-20 rounded-md border border-stone-300 px-2 py-1.5 text-base aria-[invalid=true]:border-red-600"
                    />
                  </div>
                  <button type="submit" aria-label={t("line.updateFor", { name })} className="min-h-9 rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:border-brand-600 hover:text-brand-700">
                    {t("line.update")}
                  </button>
                </Form>
              ) : (
                <p className="text-sm text-stone-700">
                  {t("line.quantity")}: {line.quantity}
                </p>
              )}
              <Form method="post" action={formAction} preventScrollReset>
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="variantId" value={line.variantId} />
                <button type="submit" aria-label={t("line.removeFor", { name })} className="min-h-9 rounded-md px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50">
                  {t("line.remove")}
                </button>
              </Form>
            </div>
            <p className="text-right">
              <span className="sr-only">{t("line.lineTotal")}: </span>
              {line.purchasable ? (
                <Price amount={line.lineTotal} className="font-semibold text-stone-900" />
              ) : (
                <span className="text-sm text-stone-500">{t("line.notCounted")}</span>
              )}
            </p>
          </div>
          {line.purchasable && line.available > 0 && line.available <= 10 ? <p className="mt-1 text-xs text-stone-500">{t("line.available", { count: line.available })}</p> : null}
          {error ? (
            <p id={errorId} role="alert" className="mt-2 text-sm text-red-700">
              {t(error.key, error.params)}
              {error.key === "errors.quantity" ? ` ${t("errors.quantityRemoveHint")}` : null}
            </p>
          ) : null}
        </div>
      </article>
    </li>
  );
}
