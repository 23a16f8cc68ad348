import { Price } from "~/components/catalog/Price";
import { useT } from "~/lib/i18n/react";
import { withElements } from "~/lib/i18n/with-elements";
import type { CartLineView } from "~/modules/cart/types";

/** What changed since the line was added, in words ("Giá đã thay đổi từ 150.000 ₫ thành 165.000 ₫"). */
export function CartProblems({ line, id }: { line: Pick<CartLineView, "problems" | "priceSeen" | "unitPrice" | "available">; id?: string }) {
  const { t } = useT("cart");
  if (line.problems.length === 0) return null;
  return (
    <ul id={id} className="mt-2 space-y-1 text-sm">
      {line.problems.map((problem) => (
        <li key={problem} data-problem={problem} className={`rounded px-2 py-1 ${problem === "quantity_capped" ? "bg-amber-50 text-amber-900" : "bg-red-50 text-red-800"}`}>
          {problem === "price_changed" ? (
            withElements(t("problems.price_changed"), { before: <Price amount={line.priceSeen} />, after: <Price amount={line.unitPrice} /> })
          ) : problem === "quantity_capped" ? (
            t("problems.quantity_capped", { count: line.available })
          ) : (
            t(`problems.${problem}`)
          )}
        </li>
      ))}
    </ul>
  );
}
