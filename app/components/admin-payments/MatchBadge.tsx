import { useT } from "~/lib/i18n/react";

const TONE: Record<string, string> = {
  UNMATCHED: "bg-red-100 text-red-900",
  UNDERPAID: "bg-amber-100 text-amber-900",
  OVERPAID: "bg-orange-100 text-orange-900",
  LATE: "bg-orange-100 text-orange-900",
  MATCHED: "bg-emerald-100 text-emerald-900",
  MANUAL: "bg-emerald-100 text-emerald-900",
};

/** How a bank transfer matched its order, in words. */
export function MatchBadge({ match }: { match: string }) {
  const { t } = useT("admin-payments");
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONE[match] ?? "bg-stone-100 text-stone-800"}`}>
      {t(`payments.match.${match}`, { defaultValue: match })}
    </span>
  );
}

/** An order's status in the buyer-facing words of the orders dictionary. */
export function OrderStatusBadge({ status }: { status: string }) {
  const { t } = useT("orders");
  const value = status.toLowerCase();
  const tone = value === "paid" || value === "delivered" ? "bg-emerald-100 text-emerald-900" : value === "pending_payment" || value === "underpaid" ? "bg-amber-100 text-amber-900" : "bg-stone-100 text-stone-800";
  return <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone}`}>{t(`status.${value}`, { defaultValue: status })}</span>;
}
