import { formatVnd } from "~/lib/format";
import { useT } from "~/lib/i18n/react";

/**
 * The one way money reaches the screen: an integer number of đồng, formatted
 * "150.000 ₫" (formatVnd). `from` prefixes "Từ …" for products whose variants
 * have different prices. The machine-readable amount is kept in <data value>.
 */
export function Price({ amount, from = false, className }: { amount: number; from?: boolean; className?: string }) {
  const { t } = useT();
  const text = formatVnd(amount);
  return (
    <data value={amount} className={className}>
      {from ? t("product.from", { price: text }) : text}
    </data>
  );
}
