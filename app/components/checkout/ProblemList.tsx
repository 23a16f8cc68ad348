import { Link } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import { useT } from "~/lib/i18n/react";
import { withElements } from "~/lib/i18n/with-elements";
import type { OrderProblem } from "~/modules/checkout/types";

/** Why the order could not be placed, line by line, with the way back to the cart. */
export function ProblemList({ problems, cartChanged }: { problems: OrderProblem[]; cartChanged: boolean }) {
  const { t } = useT("checkout");
  if (problems.length === 0 && !cartChanged) return null;
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      {problems.length > 0 ? (
        <>
          <p className="font-semibold">{t("problems.heading")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {problems.map((p) => (
              <li key={p.variantId} data-variant-id={p.variantId} data-reason={p.reason}>
                <ProblemMessage problem={p} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("problems.cartChanged")}</p>
      )}
      <p className="mt-2">
        <Link to="/cart" className="font-medium underline">
          {t("problems.reviewCart")}
        </Link>
      </p>
    </div>
  );
}

/** One line's problem, in words ("… the price changed from 150.000 ₫ to 165.000 ₫"). */
export function ProblemMessage({ problem: p }: { problem: OrderProblem }) {
  const { t } = useT("checkout");
  const values = { product: p.productName, variant: p.variantLabel, available: p.available, quantity: p.quantity };
  if (p.reason === "price_changed") {
    return <>{withElements(t("problems.price_changed", values), { before: <Price amount={p.priceSeen} />, after: <Price amount={p.price} /> })}</>;
  }
  if (p.reason === "insufficient") return <>{p.available > 0 ? t("problems.insufficient", values) : t("problems.soldOut", values)}</>;
  return <>{t(`problems.${p.reason}`, values)}</>;
}
